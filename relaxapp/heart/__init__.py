"""Heart-rate biofeedback, Qt-free: the Bluetooth heart-rate measurement read exactly, sources of
beat-to-beat (RR) intervals, and their analysis. Loaded only when a heart-rate sensor is used."""
