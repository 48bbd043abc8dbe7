"""Checking a zip container (Office files) before anything opens it: zip bombs, encryption.

The sizes a zip declares can lie, so after the declared sizes pass, every entry is inflated
in a streaming read that stops at the limit: nothing is written anywhere.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

MB = 1024 * 1024
CHUNK = 64 * 1024


class ZipRefused(Exception):
    """``reason`` is "broken", "encrypted" or "bomb"."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class ZipLimits:
    max_uncompressed: int = 100 * MB
    max_ratio: int = 100
    max_entries: int = 10_000


def check_zip(data: bytes, limits: ZipLimits, *, inflate: bool = True) -> set[str]:
    """The entry names of a safe zip; raise :class:`ZipRefused` otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ZipRefused("broken") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise ZipRefused("bomb")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise ZipRefused("encrypted")
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MB and ratio > limits.max_ratio:
                raise ZipRefused("bomb")
        if total > limits.max_uncompressed:
            raise ZipRefused("bomb")
        if inflate:
            _inflate_all(archive, infos, limits)
        return {info.filename for info in infos}


def _inflate_all(archive: zipfile.ZipFile, infos, limits: ZipLimits) -> None:
    total = 0
    for info in infos:
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    total += len(chunk)
                    if total > limits.max_uncompressed:
                        raise ZipRefused("bomb")
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise ZipRefused("broken") from exc
