"""The chosen heart-rate sensor during a session: connected as the session begins, its beats
kept in a HeartStream (relaxapp.heart.stream) on the session's clock, and let go at the end
with what the beats said. With no sensor chosen it does nothing, and the session is as ever.
A recording or a simulated heart may stand in for the strap (relaxapp --heart-from)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from relaxapp.heart.stream import HeartStream, HeartSummary
from relaxapp.ui.shell.settings import Settings


def chosen_device(settings: Settings):
    """The sensor chosen in Settings, as QtBluetooth connects to it (by its address)."""
    from PySide6.QtBluetooth import QBluetoothAddress, QBluetoothDeviceInfo

    from relaxapp.ui.heart.sensor import Device

    info = QBluetoothDeviceInfo(QBluetoothAddress(settings.heart_sensor),
                                settings.heart_sensor_name, 0)
    info.setCoreConfigurations(QBluetoothDeviceInfo.CoreConfiguration.LowEnergyCoreConfiguration)
    return Device(settings.heart_sensor, settings.heart_sensor_name, info)


class HeartMonitor(QObject):
    beat = Signal()  # new beats: the trace may be drawn again

    def __init__(self, settings: Settings, parent: QObject | None = None, make_sensor=None):
        super().__init__(parent)
        self.settings = settings
        self._make_sensor = make_sensor
        self.sensor = None
        self.stream: HeartStream | None = None
        self.stand_in = None  # with no strap, what stands in for it (relaxapp.heart.stand_in)
        self._now_s: Callable[[], float] = lambda: 0.0
        self._pace: Callable[[], float | None] = lambda: None

    @property
    def wanted(self) -> bool:
        return bool(self.settings.heart_sensor) or self.settings.heart_stand_in is not None

    def start(self, now_s: Callable[[], float], pace: Callable[[], float | None]) -> None:
        """Connect to the chosen sensor; ``now_s`` tells the session's time, ``pace`` the
        breathing pace at the moment (None outside paced breathing)."""
        self.stream = None
        if not self.wanted:
            return
        self._now_s, self._pace = now_s, pace
        self.stream = HeartStream()
        if self.settings.heart_stand_in is not None:  # no strap: its stand-in, asked each frame
            self.stand_in = self.settings.heart_stand_in.restarted(now_s())
            return
        if self.sensor is None:
            if self._make_sensor is not None:
                self.sensor = self._make_sensor(self)
            else:
                from relaxapp.ui.heart.sensor import HeartRateSensor  # QtBluetooth, only now

                self.sensor = HeartRateSensor(self)
            self.sensor.measured.connect(self._measured)
        self.sensor.connect_to(chosen_device(self.settings))

    def tick(self, fullness: float | None = None) -> None:
        """Each frame: the beats the stand-in has for the session's time, if one stands in
        (``fullness``: how full the breathing shape shows the lungs, 0-1)."""
        if self.stand_in is not None and self.stream is not None:
            for measurement in self.stand_in.due(self._now_s(), self._pace(), fullness):
                self._measured(measurement)

    def _measured(self, measurement) -> None:
        if self.stream is not None:
            self.stream.add(measurement, self._now_s(), self._pace())
            self.beat.emit()

    def stop(self) -> HeartSummary | None:
        """Let the sensor go; what the session's beats said (None: too few, or no sensor)."""
        if self.sensor is not None:
            self.sensor.forget()
        self.stand_in = None
        stream, self.stream = self.stream, None
        return stream.summary() if stream is not None else None
