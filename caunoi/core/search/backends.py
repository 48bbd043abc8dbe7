"""The part of the search SQL that differs between SQLite and PostgreSQL: matching and score.

Both find the entries where **every query word starts a word of the entry** (AND, prefix):
"vieng" finds " vieng chan ", "ha noi" finds " ha noi " but not " hanoi ".

Both score a hit by its weight, times 2 when the query's words appear together and in order
("ha noi" in "thu do ha noi"), times 3 when the entry starts with them (the name itself), and
by how well the words fit the entry:

- SQLite: the FTS5 table ``core_searchentry_fts`` (``unicode61 remove_diacritics 2``) with one
  ``"word"*`` prefix term per word; fit = BM25 (FTS5's ``rank``).
- PostgreSQL: ``text LIKE '% word%'`` per word, served by the GIN trigram index
  ``searchentry_text_trgm``; fit = shortness (100 / (length + 20)). Cheap on purpose: trigram
  similarity functions cost ~10 µs a row, 300 ms for a query matching 25,000 records.

Scores are only compared within one query on one database.
"""

from __future__ import annotations

from dataclasses import dataclass

FTS_TABLE = "core_searchentry_fts"


@dataclass(frozen=True)
class MatchSQL:
    """``SELECT <score> … FROM <source> WHERE <where>`` pieces and their parameters in order."""

    score: str
    score_params: list
    source: str
    where: str
    where_params: list


def match_sql(vendor: str, words: list[str]) -> MatchSQL:
    if vendor == "sqlite":
        return _sqlite(words)
    if vendor == "postgresql":
        return _postgresql(words)
    raise NotImplementedError(f"search: no backend for {vendor}")


def _phrase(words: list[str]) -> str:
    return " " + " ".join(words)


def _sqlite(words: list[str]) -> MatchSQL:
    # Words hold letters and digits only (text.words), so quoting them is enough for FTS5.
    expression = " ".join(f'"{word}"*' for word in words)
    phrase = _phrase(words)
    return MatchSQL(
        score=(
            f"(-{FTS_TABLE}.rank) * e.weight"
            " * (1 + (instr(e.text, %s) > 0) + (substr(e.text, 1, %s) = %s))"
        ),
        score_params=[phrase, len(phrase), phrase],
        # CROSS JOIN makes SQLite read the full-text match first. With a plain JOIN its planner
        # may walk the (type, unit) index and re-run the match for every row: seconds, not ms.
        source=f"{FTS_TABLE} CROSS JOIN core_searchentry e ON e.id = {FTS_TABLE}.rowid",
        where=f"{FTS_TABLE} MATCH %s",
        where_params=[expression],
    )


def _postgresql(words: list[str]) -> MatchSQL:
    phrase = _phrase(words)
    return MatchSQL(
        score=(
            "e.weight * (1 + (strpos(e.text, %s) > 0)::int + (left(e.text, %s) = %s)::int)"
            " * 100.0 / (length(e.text) + 20)"
        ),
        score_params=[phrase, len(phrase), phrase],
        source="core_searchentry e",
        where=" AND ".join("e.text LIKE %s" for _ in words),
        # No escaping needed: words hold no % or _ (text.words).
        where_params=[f"% {word}%" for word in words],
    )
