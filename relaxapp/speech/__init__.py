"""Spoken guidance rendered ahead of time, out of the GUI's process (see worker.py)."""
