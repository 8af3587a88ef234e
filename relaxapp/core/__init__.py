"""The Qt-free core: scripts, the timeline, statistics. Standard library only."""
