"""Screenshots of every view for the docs, on a fake clock (no screen needed).

    .venv/bin/python scripts/screenshots.py docs/screenshots [light|dark] [WIDTHxHEIGHT] [LANGUAGE|pseudo]
"""

from __future__ import annotations

import os
import sys
from datetime import date
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from relaxapp.core.clock import FakeClock  # noqa: E402
from relaxapp.ui.widgets import theme  # noqa: E402
from relaxapp.ui.shell.app import application, open_log  # noqa: E402
from relaxapp.ui.shell.main_window import MainWindow  # noqa: E402
from relaxapp.ui.shell.settings import Settings  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    mode = sys.argv[2] if len(sys.argv) > 2 else "light"
    width, height = map(int, (sys.argv[3] if len(sys.argv) > 3 else "1280x800").split("x"))
    code = sys.argv[4] if len(sys.argv) > 4 else "en"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="relaxapp-shots-"))
    (data / "sessions").mkdir()
    (data / "sessions" / "evening.json").write_text('{"format": 1, "id": "Evening", "title": "x"}')
    app = application()
    from relaxapp.ui.shell import languages

    if code == "pseudo":  # every text wrapped and 40% longer: where the room runs short
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.ui.pseudo import PseudoTranslator

        languages.apply("en", PseudoTranslator())
    else:
        languages.apply(code)
    settings = Settings(data)
    settings.theme = mode
    settings.sound = False
    theme.apply(app, mode)
    clock = FakeClock()
    window = MainWindow(data, open_log(data)[0], settings, clock=clock)
    window.resize(width, height)
    window.show()
    suffix = "" if (width, height) == (1280, 800) else f"-{width}x{height}"

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}-{mode}{suffix}.png"))

    def run_for(ms: int, frame_ms: int = 50) -> None:
        """Frame by frame, as the window runs: a session whose window was held up for
        seconds goes back to the moment it missed."""
        for _ in range(ms // frame_ms):
            clock.advance(frame_ms)
            window.player.tick()
        clock.advance(ms % frame_ms)
        window.player.tick()

    shot("home-first")
    window.show_history()
    shot("history-empty")
    window.show_library()
    shot("library")
    window.steps.open_start("pmr-16-groups")
    shot("start-pmr")
    window.steps.open_start("box-breathing")
    window.start_page.rating.set_value(7)
    shot("start")
    window.start_page.start_button.click()
    run_for(26_000 + 2 * 16_000 + 3_000)
    shot("breathing")
    window.player.stop()
    from relaxapp.heart.stand_in import StandIn  # noqa: E402

    settings.heart_stand_in = StandIn.from_choice("simulated")  # as --heart-from simulated
    window.steps.open_start("resonance-5-5")
    window.start_page.start_button.click()
    run_for(100_000)
    shot("breathing-heart")
    window.player.stop()
    settings.heart_stand_in = None
    window.steps.open_start("pmr-16-groups")
    window.start_page.start_button.click()
    run_for(64_000 + 3_000)  # the introductions, then 3 s into the first tense
    shot("pmr-tense")
    run_for(10_000)
    shot("pmr-release")
    window.player.set_eyes_closed(True)
    run_for(16)
    shot("eyes-closed")
    window.player.set_eyes_closed(False)
    window.player.stop()
    after = window.after_page
    after.rating.set_value(3)
    shot("after-short")
    after.show_details()
    after.body.select("neck")
    after.region_rating.set_value(6)
    after.body.select("jaw")
    after.region_rating.set_value(4)
    after.symptom_boxes["twitching"].setChecked(True)
    after.symptom_boxes["numbness"].setChecked(True)
    shot("after")
    # the safety note's tiers: an emergency, a doctor's check, and what else helps
    after.symptom_boxes["numbness"].setChecked(False)
    for code in ("sudden_one_side", "weakness", "cramps"):
        after.symptom_boxes[code].setChecked(True)
    app.processEvents()
    after.scroll.ensureWidgetVisible(after.safety_link)
    shot("safety")
    window.show_about()
    shot("about")
    window.session_files.edit("box-breathing")
    window.editor_page.steps.setCurrentRow(2)
    shot("editor-breathing")
    window.session_files.edit(None, "pmr")
    window.editor_page.steps.setCurrentRow(1)
    shot("editor-relaxation")
    from fake_history import fill  # noqa: E402 (beside this script)

    window.store.close()
    fill(data / "relaxapp.db", 180)
    window.attach_store(*open_log(data))
    window.show_home()
    shot("home")
    window.show_history()
    page = window.history_page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        shot(f"history-{page.current_tab()}")

    from relaxapp.ui.dialogs.log_dialog import LogDialog  # noqa: E402
    from relaxapp.ui.dialogs.report_dialog import ReportDialog  # noqa: E402
    from relaxapp.ui.shell.onboarding import WelcomeDialog  # noqa: E402
    from relaxapp.ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402

    sessions = [(s.id, s.script.title) for s in sorted(window.library.sessions,
                                                       key=lambda s: s.script.title)]
    for name, dialog in (("settings", SettingsDialog(settings, data, sessions, window)),
                         ("log", LogDialog(window)), ("welcome", WelcomeDialog(window)),
                         ("report", ReportDialog(window.store, date.today(), "3m", window))):
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"{name}-{mode}{suffix}.png"))
        dialog.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
