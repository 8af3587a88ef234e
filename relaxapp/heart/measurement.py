"""The Bluetooth Heart Rate Measurement characteristic (0x2A37 of the Heart Rate service,
0x180D), read exactly as the Bluetooth SIG's GATT Specification Supplement (3.113) lays it out.
Standard library only.

Byte 0 is the flags:
- bit 0: the heart rate is a uint16 (else a uint8), in beats a minute;
- bit 1: sensor contact detected; bit 2: sensor contact supported (bit 1 means nothing without
  it);
- bit 3: an energy expended field follows (uint16, kilojoules);
- bit 4: RR intervals follow, each a uint16 in 1/1024 s, as many as fit;
- bits 5-7: reserved, ignored.
All fields are little-endian.
"""

from __future__ import annotations

from dataclasses import dataclass

RR_UNIT_S = 1 / 1024


class MeasurementError(ValueError):
    """A notification that does not hold what its flags say."""


@dataclass(frozen=True)
class HeartRateMeasurement:
    bpm: int
    contact: bool | None  # None: the sensor cannot tell
    energy_kj: int | None
    rr_s: tuple[float, ...]  # beat-to-beat intervals, oldest first


def parse_measurement(data: bytes) -> HeartRateMeasurement:
    """One notification's value; MeasurementError if it is cut short or has an odd byte
    where an RR interval should be."""
    data = bytes(data)
    if len(data) < 2:
        raise MeasurementError(f"{len(data)} bytes: a measurement has at least 2")
    flags = data[0]
    index = 1
    if flags & 0x01:
        if len(data) < 3:
            raise MeasurementError("the flags say a 16-bit heart rate, but only 1 byte follows")
        bpm = int.from_bytes(data[1:3], "little")
        index = 3
    else:
        bpm = data[1]
        index = 2
    contact = bool(flags & 0x02) if flags & 0x04 else None
    energy = None
    if flags & 0x08:
        if len(data) < index + 2:
            raise MeasurementError("the flags say an energy field, but it is cut short")
        energy = int.from_bytes(data[index:index + 2], "little")
        index += 2
    rr: list[float] = []
    if flags & 0x10:
        rest = data[index:]
        if len(rest) % 2:
            raise MeasurementError(f"{len(rest)} bytes of RR intervals: each takes 2")
        rr = [int.from_bytes(rest[i:i + 2], "little") * RR_UNIT_S
              for i in range(0, len(rest), 2)]
    return HeartRateMeasurement(bpm, contact, energy, tuple(rr))
