"""Fill a log with six months of realistic, generated practice (for screenshots and demos).

    .venv/bin/python scripts/fake_history.py DATA_DIR/relaxapp.db [DAYS]
"""
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from relaxapp.storage.log import Store, SessionRecord
def fill(path, days=180, seed=3, end=None, per_day=1.2, regions=True, heart_days=70):
    """Generated sessions; the breathing ones of the last ``heart_days`` days were measured
    with a heart-rate strap, the heart following the breath more as weeks go by."""
    rng = random.Random(seed)
    heart_rng = random.Random(seed + 1)  # apart: the rest stays as it was without a strap
    end = end or date.today()
    tz = timezone(timedelta(hours=1))
    scripts = [("resonance-6", "Resonance breathing, 6 a minute", "breathing", 640, 2.6),
               ("pmr-16-groups", "Progressive relaxation, 16 groups", "pmr", 1400, 3.1),
               ("box-breathing", "Box breathing, 4-4-4-4", "breathing", 276, 1.8),
               ("cyclic-sighing", "Cyclic sighing", "breathing", 320, 2.2),
               ("neck-shoulders-jaw", "Neck, shoulders and jaw", "pmr", 300, 1.5)]
    records = []
    for n in range(days):
        day = end - timedelta(days=days - 1 - n)
        if 60 < n < 75 and days > 120:  # a holiday without practice
            continue
        count = sum(1 for _ in range(3) if rng.random() < per_day / 3)
        for _ in range(count):
            sid, title, kind, planned, help_ = rng.choice(scripts[:4] if rng.random() < 0.9 else scripts)
            base = 7.2 - 3.0 * n / days + rng.gauss(0, 1.0)
            before = max(0, min(10, round(base)))
            after = max(0, min(10, round(before - help_ + rng.gauss(0, 1))))
            when = datetime.combine(day, datetime.min.time(), tzinfo=tz) + timedelta(hours=rng.choice([7, 8, 12, 18, 21]), minutes=rng.randint(0, 59))
            regions_after = {}
            if regions and rng.random() < 0.6:
                for region, bias in (("neck", 1.5), ("shoulders", 1.2), ("jaw", 0.8), ("upper_back", 0.5), ("right_calf", -1), ("lower_back", 0)):
                    if rng.random() < 0.7:
                        regions_after[region] = max(0, min(10, round(after + bias + rng.gauss(0, 1))))
            symptoms = []
            if rng.random() < 0.08: symptoms.append("twitching")
            if rng.random() < 0.05: symptoms.append("cramps")
            if rng.random() < 0.06: symptoms.append("stiffness")
            practiced = planned if rng.random() < 0.85 else planned // 2
            records.append(SessionRecord(uid=str(uuid.uuid4()), started_at=when.isoformat(), source="app",
                session_id=sid, title=title, kind=kind, planned_seconds=planned, practiced_seconds=practiced,
                status="completed" if practiced == planned else "stopped", pace=6.0 if kind == "breathing" else None,
                tension_before=before if rng.random() < 0.95 else None, tension_after=after,
                ended_at=(when + timedelta(seconds=practiced)).isoformat(), regions={"after": regions_after} if regions_after else {},
                symptoms=symptoms))
    if records and days > 30:
        records[-20].symptoms.append("numbness")
    first_measured = end - timedelta(days=heart_days - 1)
    for record in records:
        started = datetime.fromisoformat(record.started_at).date()
        if record.kind == "breathing" and started >= first_measured:
            weeks = (started - first_measured).days / 7
            record.heart = {
                "beats": record.practiced_seconds * 68 // 60,
                "mean_bpm": round(71 - 0.4 * weeks + heart_rng.gauss(0, 2.5), 1),
                "rmssd_ms": round(max(8.0, 34 + 1.2 * weeks + heart_rng.gauss(0, 6)), 1),
                "swing_bpm": round(max(1.0, 6.5 + 0.45 * weeks + heart_rng.gauss(0, 1.6)), 1),
                "corrected_share": round(abs(heart_rng.gauss(0, 0.01)), 3),
                "resonance_bpm": None}
    measured = [record for record in records if record.heart]
    if measured:
        measured[len(measured) // 3].heart["resonance_bpm"] = 5.5  # the resonance finder, once
    with Store(Path(path)) as store:
        store.add_records(records)
    return len(records)
if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", help="the log to fill, e.g. DATA_DIR/relaxapp.db")
    parser.add_argument("days", nargs="?", type=int, default=180, help="how many days (180)")
    arguments = parser.parse_args()
    print(fill(arguments.database, arguments.days))
