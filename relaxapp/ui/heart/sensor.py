"""A Bluetooth LE heart-rate sensor (a chest strap: Polar H7/H9/H10, Garmin HRM, Wahoo TICKR),
through QtBluetooth: found by a scan for the Heart Rate service (0x180D), connected, subscribed
to its Heart Rate Measurement (0x2A37, read by relaxapp.heart.measurement), and connected
again when it drops.

QtBluetooth's objects are made through ``make_agent`` and ``make_controller``, so a test
gives fakes that behave as the real ones are documented to: no test here has a sensor. What
was and was not tried with a device is in docs/heart-rate.md."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from relaxapp.core.language import tr
from relaxapp.heart.measurement import MeasurementError, parse_measurement

SCAN_MS = 8_000  # a strap advertises every second or so
RECONNECT_MS = (1_000, 3_000, 10_000)  # after a drop, then every last one
ENABLE_NOTIFICATIONS = bytes.fromhex("0100")  # the Client Characteristic Configuration value


@dataclass(frozen=True)
class Device:
    address: str  # what a sensor is remembered by
    name: str
    info: object = None  # QBluetoothDeviceInfo, to connect to


def _uuids():
    from PySide6.QtBluetooth import QBluetoothUuid

    return (QBluetoothUuid(QBluetoothUuid.ServiceClassUuid.HeartRate),
            QBluetoothUuid(QBluetoothUuid.CharacteristicType.HeartRateMeasurement),
            QBluetoothUuid(QBluetoothUuid.DescriptorType.ClientCharacteristicConfiguration))


def real_agent(parent: QObject):
    from PySide6.QtBluetooth import QBluetoothDeviceDiscoveryAgent

    agent = QBluetoothDeviceDiscoveryAgent(parent)
    agent.setLowEnergyDiscoveryTimeout(SCAN_MS)
    return agent


def real_controller(info, parent: QObject):
    from PySide6.QtBluetooth import QLowEnergyController

    return QLowEnergyController.createCentral(info, parent)


class HeartRateSensor(QObject):
    found = Signal(object)  # a Device offering the Heart Rate service
    scan_finished = Signal()
    status = Signal(str)  # a sentence for the person: "Connected to Polar H10 ..."
    measured = Signal(object)  # a HeartRateMeasurement, as it arrives
    connected = Signal(bool)

    def __init__(self, parent: QObject | None = None, make_agent=real_agent,
                 make_controller=real_controller):
        super().__init__(parent)
        self._make_agent, self._make_controller = make_agent, make_controller
        self._agent = None
        self._controller = None
        self._service = None
        self.device: Device | None = None  # the one connected to, or being
        self.is_connected = False
        self._drops = 0  # in a row, for the wait before the next try
        self.reconnect = QTimer(self, singleShot=True)  # the next try after a drop
        self.reconnect.timeout.connect(self._connect)

    # ----------------------------------------------------------------- scan

    def scan(self) -> None:
        """Look for sensors: each found is given to ``found``, once."""
        from PySide6.QtBluetooth import QBluetoothDeviceDiscoveryAgent

        self.stop_scan()
        self._agent = self._make_agent(self)
        seen: set[str] = set()
        heart_rate = _uuids()[0]

        def discovered(info) -> None:
            address = info.address().toString() or info.deviceUuid().toString()
            if heart_rate in info.serviceUuids() and address not in seen:
                seen.add(address)
                self.found.emit(Device(address, info.name() or address, info))

        self._agent.deviceDiscovered.connect(discovered)
        self._agent.finished.connect(self.scan_finished)
        self._agent.errorOccurred.connect(lambda _error: self._scan_failed())
        self._agent.start(QBluetoothDeviceDiscoveryAgent.DiscoveryMethod.LowEnergyMethod)

    def _scan_failed(self) -> None:
        reason = self._agent.errorString() if self._agent is not None else ""
        self.status.emit(tr("Bluetooth cannot look for sensors: {reason}").format(
            reason=reason or tr("it is off or missing")))
        self.scan_finished.emit()

    def stop_scan(self) -> None:
        if self._agent is not None:
            self._agent.stop()
            self._agent.deleteLater()
            self._agent = None

    # -------------------------------------------------------------- connect

    def connect_to(self, device: Device) -> None:
        self.forget()
        self.device = device
        self._drops = 0
        self._connect()

    def forget(self) -> None:
        """Disconnect, and stop trying."""
        self.reconnect.stop()
        self.device = None
        self._drop_controller()
        self._set_connected(False)

    def _connect(self) -> None:
        if self.device is None or self.device.info is None:
            return
        self._drop_controller()
        self.status.emit(tr("Connecting to {name}…").format(name=self.device.name))
        controller = self._make_controller(self.device.info, self)
        self._controller = controller
        controller.connected.connect(controller.discoverServices)
        controller.discoveryFinished.connect(self._services_found)
        controller.disconnected.connect(self._dropped)
        controller.errorOccurred.connect(lambda _error: self._dropped())
        controller.connectToDevice()

    def _services_found(self) -> None:
        heart_rate = _uuids()[0]
        service = self._controller.createServiceObject(heart_rate, self._controller)
        if service is None:
            self.status.emit(tr("{name} does not offer a heart rate").format(
                name=self.device.name))
            self._drop_controller()
            return
        self._service = service
        service.stateChanged.connect(lambda state: self._service_state(state))
        service.characteristicChanged.connect(
            lambda _characteristic, value: self._notified(bytes(value)))
        service.discoverDetails()

    def _service_state(self, state) -> None:
        from PySide6.QtBluetooth import QLowEnergyService

        if state != QLowEnergyService.ServiceState.RemoteServiceDiscovered:
            return
        _, measurement, configuration = _uuids()
        characteristic = self._service.characteristic(measurement)
        descriptor = characteristic.descriptor(configuration) if characteristic.isValid() \
            else None
        if descriptor is None or not descriptor.isValid():
            self.status.emit(tr("{name} does not send its heart rate").format(
                name=self.device.name))
            return
        self._service.writeDescriptor(descriptor, ENABLE_NOTIFICATIONS)
        self._drops = 0
        self._set_connected(True)
        self.status.emit(tr("Connected to {name}.").format(name=self.device.name))

    def _notified(self, value: bytes) -> None:
        try:
            self.measured.emit(parse_measurement(value))
        except MeasurementError:
            pass  # one garbled notification: the next one counts

    def _dropped(self) -> None:
        if self.device is None:
            return
        was = self.is_connected
        self._set_connected(False)
        self._drop_controller()
        wait = RECONNECT_MS[min(self._drops, len(RECONNECT_MS) - 1)]
        self._drops += 1
        self.status.emit((tr("Lost {name}; trying again.") if was else
                          tr("{name} did not answer; trying again.")).format(
            name=self.device.name))
        self.reconnect.start(wait)

    def _drop_controller(self) -> None:
        controller, self._controller, self._service = self._controller, None, None
        if controller is not None:
            for signal in (controller.disconnected, controller.errorOccurred,
                           controller.discoveryFinished, controller.connected):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
            controller.disconnectFromDevice()
            controller.deleteLater()

    def _set_connected(self, value: bool) -> None:
        if value != self.is_connected:
            self.is_connected = value
            self.connected.emit(value)
