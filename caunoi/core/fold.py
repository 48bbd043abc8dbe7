"""Folding of Vietnamese (and any Latin-script) text for search.

Users type "doi ngoai nhan dan ha noi" for "Đối ngoại nhân dân Hà Nội", old scans lose their
marks, and input may arrive composed (NFC) or decomposed (NFD). Every index and every query goes
through :func:`fold`, so both sides meet in the same plain form: lowercase, no combining marks,
đ/Đ as d, runs of white space as one space.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that carry no combining mark to strip but still need a plain Latin form.
_SPECIAL = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
    }
)
_SPACES = re.compile(r"\s+")


class _CombiningMarks(dict):
    """A ``str.translate`` table deleting every combining mark: filled as characters are
    met (one ``unicodedata.combining`` per distinct character, not one per character)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _CombiningMarks()


def fold(text: str | None) -> str:
    """Return ``text`` lowercased, without diacritics, with đ→d and collapsed white space."""
    if not text:
        return ""
    text = str(text).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = decomposed.translate(_MARKS)
    lowered = stripped.casefold().translate(_SPECIAL)
    return _SPACES.sub(" ", lowered).strip()


def fold_terms(query: str | None) -> list[str]:
    """Split a search query into folded terms; every term must match (AND)."""
    return [term for term in fold(query).split(" ") if term]
