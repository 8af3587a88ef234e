"""Settings: sound and voice, look, breathing pace, reminders, and the data folder."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QListWidget, QSlider, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from relaxapp.core import pace
from relaxapp.core.reminders import DAY_NAMES, Reminder
from relaxapp.ui.shell.settings import BACKGROUNDS, THEME_NAMES, THEMES, VOICES, Settings
from relaxapp.ui.widgets.common import button, label
from relaxapp.core.language import LANGUAGES, QT_TR_NOOP, tr
from relaxapp.ui.shell import languages


def _slider(value: int, name: str, low: int = 0, high: int = 100) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setValue(value)
    slider.setAccessibleName(tr(name))
    return slider


def _choice(choices, current: str, name: str) -> QComboBox:
    """A drop-down of (value, text) pairs showing ``current``."""
    box = QComboBox()
    box.setAccessibleName(tr(name))
    for value, text in choices:
        box.addItem(tr(text), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class SettingsDialog(QDialog):
    """Every setting, each in a field of its own.

    More than 25 attributes: one a setting (the sound, the voice, the look, the pace,
    reminders, the data), read back when the dialog is accepted."""

    backup_requested = Signal()
    test_sound = Signal()

    def __init__(self, settings: Settings, data_dir: Path, sessions: list[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._before_test: dict | None = None  # the sound settings before a test
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(960)  # German labels are longer; 1366x768 has room
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()  # two columns: the dialog fits a 768-pixel-high screen
        layout = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(layout, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)
        layout.addStretch(0)

        sound = QGroupBox(tr("Sound and voice"))
        form = QFormLayout(sound)
        self.sound = QCheckBox(tr("Soft sound at each phase change"))
        self.sound.setChecked(settings.sound)
        self.volume = _slider(settings.volume, QT_TR_NOOP("Cue volume"))
        self.voice = QCheckBox(tr("Spoken guidance"))
        self.voice.setChecked(settings.voice)
        self.voice_name = _choice(VOICES, settings.voice_name, QT_TR_NOOP("Voice"))
        self.rate = _slider(round(settings.voice_rate * 100), QT_TR_NOOP("Speaking rate"), -50, 50)
        self.voice_volume = _slider(settings.voice_volume, QT_TR_NOOP("Voice volume"))
        self.background = _choice(BACKGROUNDS, settings.background, QT_TR_NOOP("Background sound"))
        self.background_volume = _slider(settings.background_volume, QT_TR_NOOP("Background volume"))
        self.count_in = QCheckBox(tr("Count 3, 2, 1 before a session starts"))
        self.count_in.setChecked(settings.count_in)
        self.reminder_sound = QCheckBox(tr("A soft chime with each reminder"))
        self.reminder_sound.setChecked(settings.reminder_sound)
        self.test_button = button(tr("Test sound and voice"))
        self.test_button.clicked.connect(self._test)
        form.addRow(self.sound)
        form.addRow(tr("Volume"), self.volume)
        form.addRow(self.voice)
        form.addRow(tr("Voice"), self.voice_name)
        form.addRow(tr("Speaking rate"), self.rate)
        form.addRow(tr("Voice volume"), self.voice_volume)
        form.addRow(tr("Background sound"), self.background)
        form.addRow(tr("Background volume"), self.background_volume)
        form.addRow(self.count_in)
        form.addRow(self.reminder_sound)
        form.addRow(self.test_button)
        layout.addWidget(sound)

        look = QGroupBox(tr("Look and pace"))
        form = QFormLayout(look)
        # A label too long beside its field (some languages' words are) goes above it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        for name in THEMES:
            self.theme.addItem(tr(THEME_NAMES[name]), name)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        self.reduced_motion = QCheckBox(tr("Reduced motion (no growing shape)"))
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.pace = QSpinBox()
        self.pace.setRange(round(pace.USUAL_MIN_STRETCH * 100), round(pace.USUAL_MAX_STRETCH * 100))
        self.pace.setSingleStep(5)
        self.pace.setSuffix(tr(" % of the written length"))
        self.pace.setValue(round(settings.pace_stretch * 100))
        self.pace.setAccessibleName(tr("Default breathing pace"))
        # The setting is relative (sessions are written at different paces): said in
        # breaths a minute for an example, as a person counts them.
        self.pace_example = label("", "muted", wrap=True)
        self.pace.valueChanged.connect(
            lambda value: self.pace_example.setText(pace.usual_pace_text(value / 100)))
        self.pace_example.setText(pace.usual_pace_text(self.pace.value() / 100))
        self.pace.setAccessibleDescription(tr("Breaths take this share of their written length"))
        form.addRow(tr("Theme"), self.theme)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        # Each language in its own name: a person looks for their own.
        self.language.addItem(tr("As the system: {language}").format(
            language=LANGUAGES[languages.system_language()]), languages.SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = label(tr("RelaxApp speaks it from its next start."), "muted")
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda _: self.language_note.setVisible(
            self.language.currentData() != settings.language))
        form.addRow(tr("Language"), self.language)
        form.addRow(self.language_note)
        form.addRow(self.reduced_motion)
        form.addRow(tr("Breaths start at"), self.pace)
        form.addRow(self.pace_example)
        right.addWidget(look)

        reminders = QGroupBox(tr("Reminders"))
        column = QVBoxLayout(reminders)
        self.reminder_list = QListWidget()
        self.reminder_list.setAccessibleName(tr("Reminders"))
        self.reminder_list.setMaximumHeight(100)
        self._reminders = list(settings.reminders)
        self._titles = dict(sessions)
        column.addWidget(self.reminder_list)
        add_row = QHBoxLayout()
        self.new_time = QTimeEdit(QTime(8, 0))
        self.new_time.setDisplayFormat("HH:mm")
        self.new_time.setAccessibleName(tr("Reminder time"))
        add_row.addWidget(self.new_time)
        self.day_boxes = []
        for name in DAY_NAMES:
            box = QCheckBox(tr(name))
            box.setChecked(True)
            self.day_boxes.append(box)
            add_row.addWidget(box)
        column.addLayout(add_row)
        session_row = QHBoxLayout()
        self.new_session = QComboBox()
        self.new_session.setAccessibleName(tr("Session for the reminder"))
        for session_id, title in sessions:
            self.new_session.addItem(title, session_id)
        add = button(tr("Add reminder"))
        remove = button(tr("Remove"))
        add.clicked.connect(self._add_reminder)
        remove.clicked.connect(self._remove_reminder)
        session_row.addWidget(self.new_session, 1)
        session_row.addWidget(add)
        session_row.addWidget(remove)
        column.addLayout(session_row)
        # Reminders come only while RelaxApp runs: it can start with the desktop, minimised.
        from relaxapp.desktop import autostart_entry_path

        self.data_dir = data_dir
        self.at_login = QCheckBox(tr("Open RelaxApp at login, minimised, so reminders come"))
        self.at_login.setChecked(autostart_entry_path().exists())
        column.addWidget(self.at_login)
        outer.addWidget(reminders)
        self._show_reminders()

        data = QGroupBox(tr("Your data"))
        column = QVBoxLayout(data)
        folder = label(str(data_dir), "muted", wrap=True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(folder)
        row = QHBoxLayout()
        open_folder = button(tr("Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        backup = button(tr("Back up now"))
        backup.clicked.connect(self.backup_requested)
        row.addWidget(open_folder)
        row.addWidget(backup)
        row.addStretch()
        column.addLayout(row)
        self.backup_result = label("", "muted", wrap=True)
        column.addWidget(self.backup_result)
        right.addWidget(data)
        right.addStretch()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        heart = button(tr("&Heart-rate sensor…"), name=tr("Heart-rate sensor: look for one, "
                                                          "choose it, forget it"))
        heart.clicked.connect(self.choose_heart_sensor)
        bottom = QHBoxLayout()  # beside OK and Cancel: the dialog is as tall as 768 allows
        bottom.addWidget(heart)
        bottom.addStretch()
        bottom.addWidget(buttons)
        outer.addLayout(bottom)

    def _show_reminders(self) -> None:
        self.reminder_list.clear()
        for reminder in self._reminders:
            days = tr("every day") if len(reminder.days) == 7 else \
                ", ".join(tr(DAY_NAMES[d]) for d in sorted(reminder.days))
            title = self._titles.get(reminder.session_id, reminder.session_id)
            self.reminder_list.addItem(f"{reminder.at.strftime('%H:%M')}, {days}: {title}")

    def _add_reminder(self) -> None:
        days = frozenset(i for i, box in enumerate(self.day_boxes) if box.isChecked())
        if not days or self.new_session.currentData() is None:
            return
        at = self.new_time.time()
        self._reminders.append(Reminder(time(at.hour(), at.minute()), days,
                                        self.new_session.currentData()))
        self._reminders.sort(key=lambda r: r.at)
        self._show_reminders()

    def _remove_reminder(self) -> None:
        row = self.reminder_list.currentRow()
        if 0 <= row < len(self._reminders):
            del self._reminders[row]
            self._show_reminders()

    SOUND_KEYS = ("sound", "volume", "voice", "voice_name", "voice_rate", "voice_volume",
                  "count_in", "background", "background_volume")

    def _test(self) -> None:
        """Try what the controls show now; Cancel puts the sound settings back."""
        if self._before_test is None:
            self._before_test = {key: getattr(self.settings, key) for key in self.SOUND_KEYS}
        self.save()
        self.test_sound.emit()

    def reject(self) -> None:
        if self._before_test is not None:
            for key, value in self._before_test.items():
                setattr(self.settings, key, value)
        super().reject()

    def choose_heart_sensor(self) -> None:
        from relaxapp.ui.dialogs.heart_sensor_dialog import HeartSensorDialog  # QtBluetooth

        HeartSensorDialog(self.settings, self).exec()

    def save(self) -> None:
        """Write what the dialog shows into the settings."""
        settings = self.settings
        settings.sound = self.sound.isChecked()
        settings.volume = self.volume.value()
        settings.voice = self.voice.isChecked()
        settings.voice_name = self.voice_name.currentData() or "auto"
        settings.voice_rate = self.rate.value() / 100
        settings.voice_volume = self.voice_volume.value()
        settings.count_in = self.count_in.isChecked()
        settings.reminder_sound = self.reminder_sound.isChecked()
        settings.background = self.background.currentData() or ""
        settings.background_volume = self.background_volume.value()
        settings.theme = self.theme.currentData()
        settings.language = self.language.currentData()
        settings.reduced_motion = self.reduced_motion.isChecked()
        settings.pace_stretch = self.pace.value() / 100
        settings.reminders = self._reminders
        self.login_result = self._set_login_start()

    def _set_login_start(self) -> str:
        """Write or remove the login entry as the box says; what to tell, if it failed."""
        from relaxapp.desktop import autostart_entry_path, set_autostart

        wanted = self.at_login.isChecked()
        if wanted == autostart_entry_path().exists():
            return ""
        try:
            set_autostart(wanted, self.data_dir)
        except OSError as error:
            text = tr("RelaxApp cannot add itself to the login programs: {reason}.") if wanted \
                else tr("RelaxApp cannot leave the login programs: {reason}.")
            return text.format(reason=error.strerror or error)
        return ""
