"""Time zones of events: the event's own wall-clock time and the same moment in Hà Nội.

An event is stored as the date and time on the clock where it happens, with that place's IANA
zone (``Asia/Tokyo`` for Fukuoka); the moment itself is computed from them with ``zoneinfo``
(Debian's tz database, or the ``tzdata`` package). The zone a new event is given is suggested
from its partner's country, and for a country with several zones from the partner's
coordinates (the nearest zone in ``zone.tab``).
"""

from __future__ import annotations

import datetime
import functools
import math
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HANOI = "Asia/Ho_Chi_Minh"
# Countries with several zones, when no place is known: the capital's zone.
CAPITAL_ZONES = {
    "AR": "America/Argentina/Buenos_Aires",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "CL": "America/Santiago",
    "CN": "Asia/Shanghai",
    "DE": "Europe/Berlin",
    "ES": "Europe/Madrid",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "MN": "Asia/Ulaanbaatar",
    "MX": "America/Mexico_City",
    "NZ": "Pacific/Auckland",
    "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
}


def hanoi_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(HANOI)


@functools.cache
def available_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_zone(value: str) -> None:
    if value and value not in available_zones():
        raise ValidationError(
            _("“%(zone)s” is not a time zone name. Use a name such as Asia/Tokyo."),
            params={"zone": value},
            code="time_zone",
        )


def zone_choices() -> list[tuple[str, str]]:
    """Hà Nội first, then every zone by name ("Asia/Tokyo")."""
    names = sorted(z for z in available_zones() if "/" in z and not z.startswith("Etc/"))
    return [(HANOI, HANOI), *((n, n) for n in names if n != HANOI)]


@dataclass(frozen=True)
class Zone:
    name: str
    countries: tuple[str, ...]
    latitude: float
    longitude: float


def _tab_file() -> Path | None:
    for root in zoneinfo.TZPATH:
        candidate = Path(root) / "zone.tab"
        if candidate.exists():
            return candidate
    try:
        import tzdata

        candidate = Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab"
        return candidate if candidate.exists() else None
    except ImportError:  # pragma: no cover - tzdata is a dependency
        return None


def _coordinate(text: str, degree_digits: int) -> float:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:]
    degrees = int(digits[:degree_digits])
    minutes = int(digits[degree_digits : degree_digits + 2])
    seconds = int(digits[degree_digits + 2 :] or 0)
    return sign * (degrees + minutes / 60 + seconds / 3600)


def _parse_coordinates(text: str) -> tuple[float, float]:
    """ISO 6709 as in zone.tab: ±DDMM±DDDMM or ±DDMMSS±DDDMMSS."""
    split = max(text.rfind("+"), text.rfind("-"))
    lat, lon = text[:split], text[split:]
    return _coordinate(lat, 2), _coordinate(lon, 3)


@functools.cache
def zones_by_country() -> dict[str, list[Zone]]:
    path = _tab_file()
    found: dict[str, list[Zone]] = {}
    if path is None:
        return found
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        codes, coordinates, name = parts[0].split(","), parts[1], parts[2]
        lat, lon = _parse_coordinates(coordinates)
        zone = Zone(name, tuple(codes), lat, lon)
        for code in codes:
            found.setdefault(code, []).append(zone)
    return found


def suggest_zone(iso: str | None, latitude=None, longitude=None) -> str:
    """The zone of a country (its only one, or the one nearest the given place), else Hà Nội."""
    zones = zones_by_country().get((iso or "").upper(), [])
    if not zones:
        return HANOI
    if len(zones) == 1:
        return zones[0].name
    if latitude is None or longitude is None:
        capital = CAPITAL_ZONES.get(iso.upper(), "")
        return capital if capital in available_zones() else zones[0].name
    lat, lon = float(latitude), float(longitude)

    def distance(zone: Zone) -> float:
        dlon = (zone.longitude - lon) * math.cos(math.radians((zone.latitude + lat) / 2))
        return (zone.latitude - lat) ** 2 + dlon**2

    return min(zones, key=distance).name


def aware(day: datetime.date, time: datetime.time | None, zone: str) -> datetime.datetime:
    """The moment at ``time`` on ``day`` on the clocks of ``zone`` (midnight without a time)."""
    return datetime.datetime.combine(day, time or datetime.time.min, zoneinfo.ZoneInfo(zone))


def in_hanoi(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(hanoi_zone())


def utc_offset_label(moment: datetime.datetime) -> str:
    """ "UTC+9", "UTC+5:30", "UTC−3"."""
    offset = moment.utcoffset() or datetime.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
