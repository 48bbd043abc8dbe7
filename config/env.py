"""Strict readers for environment variables.

Every external value reaches the settings through these helpers. A bad value stops the process
at start-up with a message naming the variable, instead of surfacing later as odd behaviour.
A secret may also come from a file: ``NAME_FILE=/run/secrets/name`` is read when ``NAME`` is unset.
"""

from __future__ import annotations

import os
from pathlib import Path

_UNSET = object()


class EnvError(RuntimeError):
    """A required environment variable is missing or malformed."""


def _raw(name: str) -> str | None:
    if name in os.environ:
        return os.environ[name]
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise EnvError(f"{name}_FILE={file_name!r} cannot be read: {exc}") from exc
    return None


def env_str(name: str, default: str | object = _UNSET) -> str:
    value = _raw(name)
    if value is None or value == "":
        if default is _UNSET:
            raise EnvError(f"Environment variable {name} is required.")
        return default  # type: ignore[return-value]
    return value


def env_bool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise EnvError(f"Environment variable {name}={value!r} is not a boolean (use true/false).")


def env_int(name: str, default: int | object = _UNSET, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None or value == "":
        if default is _UNSET:
            raise EnvError(f"Environment variable {name} is required.")
        return default  # type: ignore[return-value]
    try:
        number = int(value)
    except ValueError as exc:
        raise EnvError(f"Environment variable {name}={value!r} is not a whole number.") from exc
    if minimum is not None and number < minimum:
        raise EnvError(f"Environment variable {name}={number} must be at least {minimum}.")
    return number


def env_list(name: str, default: list[str] | object = _UNSET) -> list[str]:
    value = _raw(name)
    if value is None or value == "":
        if default is _UNSET:
            raise EnvError(f"Environment variable {name} is required.")
        return list(default)  # type: ignore[arg-type]
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """Turn ``postgres://user:pass@host:port/name`` or ``sqlite:///path`` into a DATABASES entry."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        # sqlite:///relative/file.sqlite3 or sqlite:////absolute/file.sqlite3
        path = unquote(parts.path)[1:]
        if not path:
            raise EnvError(
                "DATABASE_URL for sqlite needs a file path: sqlite:///var/caunoi.sqlite3"
            )
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise EnvError("DATABASE_URL for PostgreSQL needs a database name.")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise EnvError(
        f"DATABASE_URL scheme {parts.scheme!r} is not supported (use postgres or sqlite)."
    )
