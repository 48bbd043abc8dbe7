"""Mark the matched words in the original, accented text.

The query "ha noi" matches the folded title "ha noi"; the user must see "<mark>Hà</mark>
<mark>Nội</mark>". Each character of the original is folded on its own, keeping a map from every
folded character back to the character it came from, so a match found in the folded text is
marked on the original: composed (NFC) or decomposed (NFD) input, đ/Đ and upper case alike.
Everything outside the marks is HTML-escaped.
"""

from __future__ import annotations

import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from caunoi.core.fold import fold


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text (no white-space collapsing) and, per folded char, its original index."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if unicodedata.combining(char):
            continue  # a mark belongs to the letter before it
        piece = fold(char) if not char.isspace() else " "
        for folded in piece:
            chars.append(folded)
            origin.append(index)
    return "".join(chars), origin


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Original-text spans where a query word starts a word, merged and sorted."""
    folded, origin = _folded_with_map(text)
    found: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start != -1:
            if start == 0 or not folded[start - 1].isalnum():
                end = origin[start + len(word) - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1  # keep a decomposed letter whole: "Nộ" + marks
                found.append((origin[start], end))
            start = folded.find(word, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, words: list[str]) -> SafeString:
    """``text`` escaped, with every word start matching one of ``words`` in ``<mark>``."""
    if not text:
        return mark_safe("")
    pieces: list[str] = []
    position = 0
    for start, end in _spans(text, words) if words else []:
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
