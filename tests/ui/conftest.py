"""A main window on a temporary data folder, a real log and a fake clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from relaxapp.core.clock import FakeClock
from relaxapp.storage.database import WINDOW_BUSY_TIMEOUT_MS
from relaxapp.storage.log import Store
from relaxapp.ui.widgets import theme
from relaxapp.ui.shell.main_window import MainWindow
from relaxapp.ui.shell.settings import Settings


@dataclass
class App:
    window: MainWindow
    clock: FakeClock
    store: Store
    data_dir: Path

    def frames(self, ms: int, frame_ms: int = 16) -> None:
        """Let ``ms`` of session time pass, one frame at a time (the timer is not relied on).
        Between frames, the work the player leaves for after a frame is done, as the event
        loop would; painting is left out, as it is slow and asserted elsewhere."""
        player = self.window.player
        for _ in range(ms // frame_ms):
            self.clock.advance(frame_ms)
            player.tick()
            QCoreApplication.sendPostedEvents(player.save_after_frame, 0)
        self.clock.advance(ms % frame_ms)
        player.tick()
        QCoreApplication.sendPostedEvents(player.save_after_frame, 0)


@pytest.fixture
def app(qtbot, qapp, tmp_path):
    data_dir = tmp_path / "data"
    (data_dir / "sessions").mkdir(parents=True)
    settings = Settings(data_dir)
    settings.sound = False  # no audio stack here: tests/ui/test_cues.py tests Cues itself
    settings.voice = False  # nor a speech worker: tests/ui/test_voice.py starts its own
    theme.apply(qapp, "light")
    store = Store(data_dir / "relaxapp.db", busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)  # as the app
    clock = FakeClock()
    window = MainWindow(data_dir, store, settings, clock=clock)
    window.player.timer.setInterval(10**6)  # frames come from App.frames, not the wall clock
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield App(window, clock, store, data_dir)
    window.close()
    store.close()
