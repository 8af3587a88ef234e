"""The Heart Rate Measurement characteristic (0x2A37), read as the Bluetooth SIG's GATT
Specification Supplement (3.113) lays it out, and as sensors send it."""

from __future__ import annotations

import pytest

from relaxapp.heart.measurement import MeasurementError, parse_measurement
from relaxapp.heart.sources import from_measurements


def test_an_8_bit_rate_alone():
    reading = parse_measurement(bytes([0x00, 72]))
    assert (reading.bpm, reading.contact, reading.energy_kj, reading.rr_s) == (72, None, None, ())


def test_a_16_bit_rate():
    assert parse_measurement(bytes([0x01, 0x2C, 0x01])).bpm == 300


def test_contact_is_known_only_when_supported():
    assert parse_measurement(bytes([0x06, 60])).contact is True  # supported, detected
    assert parse_measurement(bytes([0x04, 60])).contact is False  # supported, not detected
    assert parse_measurement(bytes([0x02, 60])).contact is None  # bit 1 alone means nothing


def test_energy_comes_before_the_intervals():
    reading = parse_measurement(bytes([0x19, 0x48, 0x00, 0x10, 0x27, 0x00, 0x04]))
    assert (reading.bpm, reading.energy_kj, reading.rr_s) == (72, 10_000, (1.0,))


def test_rr_intervals_are_in_1024ths_of_a_second_as_many_as_fit():
    reading = parse_measurement(bytes([0x10, 60, 0x00, 0x04, 0x00, 0x02, 0x00, 0x06]))
    assert reading.rr_s == (1.0, 0.5, 1.5)


def test_reserved_bits_are_ignored():
    assert parse_measurement(bytes([0xE0, 55])).bpm == 55


@pytest.mark.parametrize("data", [b"", b"\x00", b"\x01\x48", b"\x08\x48\x01",
                                  b"\x10\x48\x00\x04\x00"])
def test_a_notification_cut_short_is_refused(data):
    with pytest.raises(MeasurementError):
        parse_measurement(data)


def test_a_chest_strap_as_another_project_recorded_it():
    """movisens/SmartGattLib, src/test/java/HeartRateMeasurementTest.java: "16485401EC02" is
    72 beats a minute, the sensor worn, no energy, and intervals of 0.33203125 and
    0.73046875 s."""
    reading = parse_measurement(bytes.fromhex("16485401EC02"))
    assert (reading.bpm, reading.contact, reading.energy_kj) == (72, True, None)
    assert reading.rr_s == (0.33203125, 0.73046875)


def test_a_polar_h7_as_another_project_logged_it():
    """cal-id/Polar-H7-Pi, README.md: a Polar H7's notifications through gatttool, "06 3c",
    then "16 3c 11 04" and "16 3c f5 03": 60 beats a minute, in contact, then intervals of
    1041 and 1013 1024ths of a second."""
    readings = [parse_measurement(bytes.fromhex(text))
                for text in ("063c", "163c1104", "163cf503")]
    assert [r.bpm for r in readings] == [60, 60, 60]
    assert all(r.contact for r in readings)
    assert [r.rr_s for r in readings] == [(), (1041 / 1024,), (1013 / 1024,)]
    samples = from_measurements(readings)
    assert [round(s.at_s, 4) for s in samples] == [round(1041 / 1024, 4),
                                                   round(2054 / 1024, 4)]
