"""The beats of one session as they come: the last minute for the trace under the breathing
shape, and at the end what they say, in words a person can check ("your heart rate rose and
fell with your breath by 12 beats a minute"), not scores. Qt-free; numpy only for the end."""

from __future__ import annotations

from dataclasses import dataclass

from relaxapp.core.language import decimal, tr
from relaxapp.heart.measurement import HeartRateMeasurement
from relaxapp.heart.sources import RRSample

TRACE_S = 60  # the trace shows the last minute
PLAUSIBLE_BPM = (30, 220)
FEWEST_BEATS = 60  # for a summary: about a minute of beats
RESONANCE_PACES = 3  # paces breathed long enough, to say which the heart followed most
RESONANCE_STRETCH_S = 90  # of the two minutes at each pace


@dataclass(frozen=True)
class HeartSummary:
    beats: int
    mean_bpm: float
    rmssd_ms: float
    swing_bpm: float | None  # peak to trough with each breath, where the breath's pace is known
    corrected_share: float  # of the intervals, put right as artefacts
    # Where several paces were breathed two minutes or so each (the resonance finder): the
    # pace the heart followed most (relaxapp.heart.analysis.assess_resonance), and by each
    # measure; None otherwise.
    resonance_bpm: float | None = None
    by_swing_bpm: float | None = None
    by_lf_bpm: float | None = None

    def fields(self) -> dict:
        """As the log keeps it (relaxapp.storage.log.HEART_COLUMNS)."""
        return {"beats": self.beats, "mean_bpm": round(self.mean_bpm, 2),
                "rmssd_ms": round(self.rmssd_ms, 2),
                "swing_bpm": None if self.swing_bpm is None else round(self.swing_bpm, 2),
                "corrected_share": round(self.corrected_share, 4),
                "resonance_bpm": self.resonance_bpm}

    def sentence(self) -> str:
        said = tr("Your heart beat {bpm} times a minute on average.").format(
            bpm=round(self.mean_bpm))
        if self.swing_bpm is not None:
            said += " " + tr("It rose and fell with your breath by {swing} beats a minute.").format(
                swing=decimal(self.swing_bpm))
        if self.resonance_bpm is not None:
            said += " " + tr("Of the paces you breathed, your heart followed the breath most at "
                             "{pace} breaths a minute (by its rise and fall: {by_swing}; by its "
                             "slow rhythm: {by_lf}).").format(
                pace=decimal(self.resonance_bpm), by_swing=decimal(self.by_swing_bpm),
                by_lf=decimal(self.by_lf_bpm))
        if self.corrected_share > 0.1:
            said += " " + tr("The sensor missed or added many beats, so these figures are rough.")
        return said

    def stand_in_sentence(self, source: str) -> str:
        """The figures of beats that were not the person's (relaxapp.heart.stand_in),
        ``source`` being what sent them: "The simulated heart"."""
        said = tr("{source} stood in for a heart-rate sensor: {bpm} beats a minute on "
                  "average").format(source=source, bpm=round(self.mean_bpm))
        if self.swing_bpm is not None:
            said += tr(", rising and falling with your breath by {swing} beats a minute").format(
                swing=decimal(self.swing_bpm))
        if self.resonance_bpm is not None:
            said += tr(", most at {pace} breaths a minute").format(
                pace=decimal(self.resonance_bpm))
        return said + ". " + tr("It is not your heart, so nothing of it is kept in your log.")


class HeartStream:
    def __init__(self):
        self.samples: list[RRSample] = []  # intervals, placed by when their beat was heard
        self.paces: list[float | None] = []  # the breathing pace as each came (None: not paced)
        self.points: list[tuple[float, float]] = []  # (seconds, beats a minute) for the trace

    def add(self, measurement: HeartRateMeasurement, at_s: float,
            pace_bpm: float | None = None) -> None:
        """A notification that arrived ``at_s`` seconds into the session, while breathing at
        ``pace_bpm`` (None: not a paced breathing step): its intervals end about then, the
        last one last."""
        if measurement.contact is False:  # off the skin: what it counts is not a heartbeat
            return
        ends = at_s
        placed = []
        for rr in reversed(measurement.rr_s):
            placed.append(RRSample(ends, rr, measurement.contact))
            ends -= rr
        self.samples += reversed(placed)
        self.paces += [pace_bpm] * len(placed)
        if measurement.rr_s:
            self.points += [(s.at_s, 60 / s.rr_s) for s in reversed(placed)
                            if PLAUSIBLE_BPM[0] <= 60 / s.rr_s <= PLAUSIBLE_BPM[1]]
        elif PLAUSIBLE_BPM[0] <= measurement.bpm <= PLAUSIBLE_BPM[1]:
            self.points.append((at_s, float(measurement.bpm)))
        while self.points and self.points[0][0] < at_s - 2 * TRACE_S:
            self.points.pop(0)

    def recent(self, now_s: float) -> list[tuple[float, float]]:
        return [point for point in self.points if point[0] >= now_s - TRACE_S]

    def summary(self) -> HeartSummary | None:
        """What the session's beats say; None with too few to say anything. The rise and
        fall with the breath is measured over the paced breathing alone, each stretch at its
        own pace, and weighed by its length."""
        if len(self.samples) < FEWEST_BEATS:
            return None
        from relaxapp.heart.analysis import correct_artefacts, peak_to_trough, rmssd_ms

        clean = correct_artefacts(self.samples)
        mean = 60 * len(clean.rr_s) / sum(clean.rr_s)
        swings, weights = [], []
        stretches = self._paced_stretches()
        for pace, stretch in stretches:
            fixed = correct_artefacts(stretch)
            breaths = (fixed.at_s[-1] - fixed.at_s[0]) * pace / 60
            if breaths >= 2:
                swings.append(peak_to_trough(fixed.at_s, fixed.rr_s, pace))
                weights.append(breaths)
        swing = sum(s * w for s, w in zip(swings, weights)) / sum(weights) if weights else None
        paces = _longest_of_each_pace(stretches)
        if len(paces) >= RESONANCE_PACES:
            from relaxapp.heart.analysis import assess_resonance

            found = assess_resonance(paces)
            return HeartSummary(len(clean.rr_s), mean, rmssd_ms(clean.rr_s), swing, clean.share,
                                found.chosen, found.by_peak_to_trough, found.by_lf)
        return HeartSummary(len(clean.rr_s), mean, rmssd_ms(clean.rr_s), swing, clean.share)

    def _paced_stretches(self) -> list[tuple[float, list[RRSample]]]:
        stretches: list[tuple[float, list[RRSample]]] = []
        for sample, pace in zip(self.samples, self.paces):
            if pace is None:
                continue
            if stretches and stretches[-1][0] == pace and \
                    sample.at_s - stretches[-1][1][-1].at_s < 5:
                stretches[-1][1].append(sample)
            else:
                stretches.append((pace, [sample]))
        return stretches


def _longest_of_each_pace(stretches) -> dict[float, list[RRSample]]:
    """Each pace breathed for most of two minutes, its beats (the longest stretch)."""
    found: dict[float, list[RRSample]] = {}
    for pace, stretch in stretches:
        if stretch[-1].at_s - stretch[0].at_s >= RESONANCE_STRETCH_S and \
                len(stretch) > len(found.get(pace, ())):
            found[pace] = stretch
    return found
