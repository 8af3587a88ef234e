"""A heart-rate strap's stand-in, for trying the heart-rate views without one: a recording
(a plain RR file, sources.read_rr_file) played back, or a simulated heart that follows the
pace being breathed (sources.SimulatedHeart). Asked each frame which beats have come by the
session's time, it answers as a strap's notifications would: one beat each, in contact.
Qt-free; the window starts it with ``relaxapp --heart-from FILE|simulated``."""

from __future__ import annotations

from pathlib import Path

from relaxapp.core.language import tr
from relaxapp.heart.measurement import HeartRateMeasurement
from relaxapp.heart.sources import RRSample, SimulatedHeart, read_rr_file

SIMULATED = "simulated"


class StandIn:
    """What stands in for the strap in one session; ``restarted()`` gives the next one."""

    def __init__(self, recording: list[RRSample] | None = None, name: str = "",
                 start_s: float = 0.0):
        self.recording = recording  # None: a simulated heart
        self.name = name
        self.start_s = start_s  # on the clock ``due`` is asked by: the session's start
        self._heart = SimulatedHeart(seed=7) if recording is None else None
        self._next = 0  # the recording's next beat
        self._beat_starts_s = 0.0  # the simulated heart's next beat begins
        self._pending_rr: float | None = None  # and lasts (drawn once, as it begins)

    @classmethod
    def from_choice(cls, choice: str) -> StandIn:
        """``choice`` as the command line gives it: "simulated", or a recording's path.
        RRFileError (a ValueError) names the file's line that is not an interval; OSError
        for a file that cannot be read."""
        if choice == SIMULATED:
            return cls(None, SIMULATED)
        recording = read_rr_file(Path(choice))
        if not recording:
            raise ValueError(tr("{path} holds no heartbeat intervals").format(path=choice))
        first = recording[0].at_s - recording[0].rr_s  # the recording's own start, at 0
        return cls([RRSample(s.at_s - first, s.rr_s, True) for s in recording], Path(choice).name)

    def title(self) -> str:
        """What a person reads for it: "The simulated heart", "The recording h10.rr"."""
        if self.recording is None:
            return tr("The simulated heart")
        return tr("The recording {name}").format(name=self.name)

    def restarted(self, start_s: float) -> StandIn:
        """Afresh for a session that starts at ``start_s`` (a monotonic clock, in s)."""
        return StandIn(self.recording, self.name, start_s)

    def due(self, now_s: float, pace_bpm: float | None,
            fullness: float | None = None) -> list[HeartRateMeasurement]:
        """The beats that ended by ``now_s`` (the clock ``start_s`` is on) since the last
        call, oldest first; the simulated heart follows ``pace_bpm``, the pace breathed,
        and ``fullness``, how full the lungs are now (0-1; None: not known)."""
        now_s -= self.start_s
        came: list[float] = []
        if self.recording is not None:
            while self._next < len(self.recording) and self.recording[self._next].at_s <= now_s:
                came.append(self.recording[self._next].rr_s)
                self._next += 1
        else:
            if self._pending_rr is None:
                self._pending_rr = self._heart.next_rr(self._beat_starts_s, pace_bpm, fullness)
            while self._beat_starts_s + self._pending_rr <= now_s:
                self._beat_starts_s += self._pending_rr
                came.append(self._pending_rr)
                self._pending_rr = self._heart.next_rr(self._beat_starts_s, pace_bpm, fullness)
        return [HeartRateMeasurement(round(60 / rr), True, None, (rr,)) for rr in came]
