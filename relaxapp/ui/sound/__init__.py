"""The sound: chimes and the voice placed in one output (cues), the speech worker's lines
rendered ahead (narrator), and the output stream fed from a thread of its own (audio_out)."""
