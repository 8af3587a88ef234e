"""Settings → Heart-rate sensor: look for Bluetooth heart-rate straps, choose one, forget it.
While the dialog is open, a chosen strap is connected and its heart rate shown, so the person
sees it works. Nothing leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout,
)

from relaxapp.core.language import tr
from relaxapp.ui.heart.sensor import Device, HeartRateSensor
from relaxapp.ui.shell.settings import Settings
from relaxapp.ui.widgets.common import button, label, live


class HeartSensorDialog(QDialog):
    def __init__(self, settings: Settings, parent=None, sensor: HeartRateSensor | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Heart-rate sensor"))
        self.settings = settings
        self.sensor = sensor or HeartRateSensor(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("A chest strap that sends its heart rate over Bluetooth (Polar, "
                                  "Garmin, Wahoo and others). Wear it, moisten its contacts, then "
                                  "look for it. Its readings stay on this computer."),
                               wrap=True))
        self.chosen = label("", "heading", wrap=True)
        layout.addWidget(self.chosen)
        self.found = QListWidget()
        self.found.setAccessibleName(tr("Sensors found"))
        layout.addWidget(self.found, 1)
        row = QHBoxLayout()
        self.scan_button = button(tr("&Look for sensors"))
        self.use_button = button(tr("&Use this one"))
        self.forget_button = button(tr("&Forget the sensor"))
        for widget in (self.scan_button, self.use_button, self.forget_button):
            row.addWidget(widget)
        row.addStretch()
        layout.addLayout(row)
        self.said = label("", "muted", wrap=True)
        live(self.said, tr("What the sensor is doing"))
        layout.addWidget(self.said)
        self.reading = label("", "figure")
        live(self.reading, tr("Heart rate now"))
        layout.addWidget(self.reading)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.scan_button.clicked.connect(self.scan)
        self.use_button.clicked.connect(self.use_selected)
        self.forget_button.clicked.connect(self.forget)
        self.found.currentRowChanged.connect(lambda _row: self._enable())
        self.sensor.found.connect(self._add)
        self.sensor.scan_finished.connect(self._scan_done)
        self.sensor.status.connect(self.said.setText)
        self.sensor.measured.connect(self._show_reading)
        self._show_chosen()
        self.resize(520, 420)

    def scan(self) -> None:
        self.found.clear()
        self.said.setText(tr("Looking for sensors…"))
        self.scan_button.setEnabled(False)
        self.sensor.scan()

    def _add(self, device: Device) -> None:
        item = QListWidgetItem(f"{device.name} ({device.address})")
        item.setData(Qt.ItemDataRole.UserRole, device)
        self.found.addItem(item)
        if self.found.currentRow() < 0:
            self.found.setCurrentRow(0)

    def _scan_done(self) -> None:
        self.scan_button.setEnabled(True)
        if self.found.count() == 0 and self.said.text() == tr("Looking for sensors…"):
            self.said.setText(tr("No sensor was found. Is it worn, with its contacts moist, and "
                                 "not connected to a phone?"))
        self._enable()

    def use_selected(self) -> None:
        item = self.found.currentItem()
        if item is None:
            return
        device: Device = item.data(Qt.ItemDataRole.UserRole)
        self.sensor.stop_scan()
        self.settings.heart_sensor = device.address
        self.settings.heart_sensor_name = device.name
        self.sensor.connect_to(device)
        self._show_chosen()

    def forget(self) -> None:
        self.sensor.forget()
        self.settings.heart_sensor = ""
        self.settings.heart_sensor_name = ""
        self.reading.clear()
        self.said.setText(tr("The sensor is forgotten."))
        self._show_chosen()

    def _show_reading(self, measurement) -> None:
        text = tr("%n beat(s) a minute", None, measurement.bpm)
        if measurement.contact is False:
            text += " · " + tr("no skin contact")
        self.reading.setText(text)

    def _show_chosen(self) -> None:
        name = self.settings.heart_sensor_name
        self.chosen.setText(tr("Your sensor: {name}").format(name=name) if name
                            else tr("No sensor is chosen."))
        self._enable()

    def _enable(self) -> None:
        self.use_button.setEnabled(self.found.currentItem() is not None)
        self.forget_button.setEnabled(bool(self.settings.heart_sensor))

    def done(self, result: int) -> None:
        self.sensor.stop_scan()
        self.sensor.forget()  # the choice stays in the settings; the connection ends here
        super().done(result)
