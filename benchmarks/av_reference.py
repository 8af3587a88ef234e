"""A reference for film_av_sync.py and hear_all.py: a small square at the screen's right
edge turns white, and a click is heard in the same moment, every 2 s, four times. Filmed
beside the app, it shows how far the film's sound and picture are from each other when
nothing but the recording is in between.

The click is placed by the sound server's own latency (pulse_reference.py), the square is
painted on its moment; the latencies are printed (stdout) for the record."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pulse_reference import ReferenceClicks

FLASHES = 4
EVERY_S = 2.0


def main() -> None:
    app = QApplication(sys.argv)
    square = QWidget()
    square.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    square.setGeometry(1296, 300, 60, 60)
    square.setStyleSheet("background: black")
    square.show()
    clicks = ReferenceClicks()
    clicks.start()
    first = time.monotonic() + EVERY_S
    moments = [first + EVERY_S * n for n in range(FLASHES)]
    for moment in moments:
        clicks.click_at(moment)
    late_ms = []

    def flash(moment: float) -> None:
        # the timer fires a little early or late: wait out the rest, note what is left
        while time.monotonic() < moment:
            pass
        square.setStyleSheet("background: white")
        square.repaint()
        late_ms.append(round(1000 * (time.monotonic() - moment), 1))
        QTimer.singleShot(300, lambda: square.setStyleSheet("background: black"))

    timers = []
    for moment in moments:
        timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda moment=moment: flash(moment))
        timer.start(max(0, int(1000 * (moment - time.monotonic())) - 5))
        timers.append(timer)
    QTimer.singleShot(int(1000 * (moments[-1] + 1 - time.monotonic())), app.quit)
    app.exec()
    clicks.close()
    print(f"reference: stream latency {clicks.latencies_ms} ms, {clicks.missed} missed; "
          f"squares painted {late_ms} ms after their moment", flush=True)


if __name__ == "__main__":
    main()
