"""Keeping an uploaded file on the server between the preview and the confirmation.

The file is saved under ``MEDIA_ROOT/imports/`` with a random name (the token); the token is
kept in the user's session, and the confirmation reads the file again from disk and checks it
again from scratch: a second upload is never trusted, and the browser never names a path. Files
are deleted once used, and any left behind (abandoned previews) after
``CAUNOI_IMPORT_STASH_SECONDS`` (one hour by default).
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

from django.conf import settings

TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


def stash_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "imports"


def max_age() -> int:
    return getattr(settings, "CAUNOI_IMPORT_STASH_SECONDS", 3600)


def _path(token: str) -> Path | None:
    if not isinstance(token, str) or not TOKEN.match(token):
        return None
    return stash_dir() / f"{token}.upload"


def save(chunks) -> str:
    """Write the uploaded file's chunks to a new stash file; its token."""
    sweep()
    directory = stash_dir()
    directory.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    path = _path(token)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return token


def load(token: str) -> bytes | None:
    """The stashed bytes, or None when the token is unknown or the file has expired."""
    path = _path(token)
    if path is None or not path.is_file():
        return None
    if time.time() - path.stat().st_mtime > max_age():
        path.unlink(missing_ok=True)
        return None
    return path.read_bytes()


def discard(token: str) -> None:
    path = _path(token)
    if path is not None:
        path.unlink(missing_ok=True)


def sweep() -> int:
    """Delete stash files older than the maximum age; how many were deleted."""
    directory = stash_dir()
    if not directory.is_dir():
        return 0
    limit = time.time() - max_age()
    removed = 0
    for path in directory.glob("*.upload"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # another process swept it first
            continue
    return removed
