"""A reference for film_av_sync.py: a small square at the screen's right edge turns white
and a click is written to PulseAudio's own player (pacat, 10 ms of latency) in the same
moment, every 2 s, four times. Filmed beside the app, it shows how far the film's sound
and picture are from each other when nothing but the recording is in between."""

from __future__ import annotations

import array
import math
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

CLICK = array.array("h", (int(12_000 * math.sin(2 * math.pi * 1_000 * i / 44_100))
                          for i in range(441))).tobytes()
SILENCE = bytes(2 * 441)  # 10 ms


def main() -> None:
    app = QApplication(sys.argv)
    square = QWidget()
    square.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    square.setGeometry(1296, 300, 60, 60)
    square.setStyleSheet("background: black")
    square.show()
    player = subprocess.Popen(["pacat", "--raw", "--format=s16le", "--rate=44100",
                               "--channels=1", "--latency-msec=10"], stdin=subprocess.PIPE)
    ticks = [0]

    def tick() -> None:  # 10 ms of sound each 10 ms: the pipe never fills up
        ticks[0] += 1
        flash = ticks[0] % 200 == 0 and ticks[0] <= 800
        player.stdin.write(CLICK if flash else SILENCE)
        player.stdin.flush()
        if flash:
            square.setStyleSheet("background: white")
            square.repaint()
            QTimer.singleShot(300, lambda: square.setStyleSheet("background: black"))
        if ticks[0] > 900:
            app.quit()

    timer = QTimer(interval=10, timerType=Qt.TimerType.PreciseTimer, timeout=tick)
    timer.start()
    app.exec()
    player.terminate()


if __name__ == "__main__":
    main()
