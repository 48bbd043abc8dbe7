"""Words for the index and for queries, cut the same way on both databases.

The index stores the folded words of a record separated by single spaces, with a space before
the first and after the last (`` ha noi vieng chan ``): a word start is then always ``" word"``,
which PostgreSQL finds with ``LIKE '% word%'`` through a trigram index, and SQLite's FTS5
tokenizer (``unicode61``) sees exactly the same words. Punctuation and underscores separate
words, as they do in ``unicode61``: "Hà-Nội" is the two words "ha" and "noi".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from caunoi.core.fold import fold

_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 60
# One letter starts half the words of a registry: "h" would rank most of the index.
MIN_QUERY_CHARACTERS = 2


def words(text: str | None) -> list[str]:
    """The folded words of ``text``: lowercase, no diacritics, đ→d, no punctuation."""
    return _WORD.findall(fold(text))


def index_text(values: Iterable[object]) -> str:
    """The ``text`` column for a record whose searchable values are ``values``."""
    found = words(" ".join(str(v) for v in values if v not in (None, "")))
    return f" {' '.join(found)} " if found else " "


def query_words(query: str | None) -> list[str]:
    """The distinct words of a query, in order; each must start a word of the record (AND).

    Long queries are cut to :data:`MAX_QUERY_WORDS` words and over-long words to
    :data:`MAX_WORD_LENGTH` characters: enough for any name, and a bound on the SQL. A query of
    fewer than :data:`MIN_QUERY_CHARACTERS` letters and digits has no words (nothing is searched).
    """
    seen: list[str] = []
    for word in words(query):
        word = word[:MAX_WORD_LENGTH]
        if word not in seen:
            seen.append(word)
    seen = seen[:MAX_QUERY_WORDS]
    return seen if sum(len(word) for word in seen) >= MIN_QUERY_CHARACTERS else []
