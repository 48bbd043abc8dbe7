"""Asking the index: what may this user find for these words?

Scope is applied in SQL, with the same rule as ``RestrictedQuerySet.restrict(user, "view")``:
a type is searched only when the user holds its view permission, and a scoped type only in the
units ``user.unit_scope(perm)`` reaches. Soft-deleted records are not in the index at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope
from caunoi.core.search.backends import match_sql
from caunoi.core.search.highlight import highlight
from caunoi.core.search.index import content_type_of
from caunoi.core.search.models import SearchEntry
from caunoi.core.search.registry import SearchSpec, specs
from caunoi.core.search.text import query_words


@dataclass
class Hit:
    """One found record, as the result lists show it."""

    spec: SearchSpec = field(repr=False)
    object_id: int
    title_vi: str
    title_en: str
    subtitle: str
    score: float
    words: list[str] = field(repr=False)

    @property
    def type(self) -> str:
        return self.spec.label

    @property
    def title(self) -> str:
        if self.title_en and get_language() == "en":
            return self.title_en
        return self.title_vi

    @cached_property
    def url(self) -> str:
        return self.spec.detail_url(self.object_id)

    @cached_property
    def title_html(self) -> SafeString:
        return highlight(self.title, self.words)

    @cached_property
    def subtitle_html(self) -> SafeString:
        return highlight(self.subtitle, self.words)


@dataclass
class Group:
    """The hits of one type: the best few, and how many there are in all."""

    spec: SearchSpec = field(repr=False)
    total: int
    query: str
    hits: list[Hit] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.spec.model._meta.verbose_name_plural

    @property
    def more(self) -> int:
        return self.total - len(self.hits)

    @cached_property
    def list_url(self) -> str:
        url = self.spec.list_url()
        return f"{url}?{urlencode({'q': self.query})}" if url else ""


def visible_types(user, types: list[str] | None = None) -> list[tuple[SearchSpec, int, object]]:
    """(spec, content type id, unit scope) of each registered type the user may search."""
    found = []
    for spec in specs():
        if types and spec.label not in types:
            continue
        perm = perm_name(spec.model, "view")
        if not user.has_perm(perm):
            continue
        # As RestrictedQuerySet.restrict(user, "view"): lookup tables and city-wide registries
        # are read wherever the permission is held.
        whole = spec.unit is None or getattr(spec.model, "shared_registry", False)
        scope = ALL_UNITS if whole else unit_scope(user, perm)
        if scope:
            found.append((spec, content_type_of(spec).pk, scope))
    return found


def _scope_sql(visible) -> tuple[str, list]:
    whole = [ct_id for _spec, ct_id, scope in visible if scope is ALL_UNITS]
    clauses, params = [], []
    if whole:
        clauses.append(f"e.content_type_id IN ({', '.join(['%s'] * len(whole))})")
        params.extend(whole)
    for _spec, ct_id, scope in visible:
        if scope is ALL_UNITS:
            continue
        units = sorted(scope)
        clauses.append(
            f"(e.content_type_id = %s AND e.owner_unit_id IN ({', '.join(['%s'] * len(units))}))"
        )
        params.extend([ct_id, *units])
    return " OR ".join(clauses), params


def _hits_sql(visible, words: list[str]) -> tuple[str, list]:
    """Every matching entry the user may see, with its score: ``hits`` in the queries below.

    Only ids and scores: the titles are read for the few rows shown, not for every match.
    The SQL is assembled from fixed fragments; every value (words, ids) is a parameter.
    """
    match = match_sql(connection.vendor, words)
    scope, scope_params = _scope_sql(visible)
    sql = (  # fixed fragments only: every value is a parameter
        f"SELECT e.id, e.content_type_id, {match.score} AS score"  # noqa: S608
        f" FROM {match.source} WHERE {match.where} AND ({scope})"
    )
    return sql, [*match.score_params, *match.where_params, *scope_params]


def _prepare(user, query: str, types):
    words = query_words(query)
    visible = visible_types(user, types) if words else []
    return words, visible


def _shown(rows: list[tuple], visible, words: list[str]) -> list[Hit]:
    """Hits for ``rows`` of (entry id, content type id, score), reading only their titles.

    A second, tiny query by primary key: joining inside the ranking query lets the planner
    hash-join the whole index when it misjudges how few rows survive the ranking.
    """
    by_type = {ct_id: spec for spec, ct_id, _scope in visible}
    shown = SearchEntry.objects.filter(id__in=[row[0] for row in rows]).values_list(
        "id", "object_id", "title", "title_en", "subtitle"
    )
    texts = {entry_id: rest for entry_id, *rest in shown}
    return [
        Hit(by_type[ct_id], *texts[entry_id], score, words)
        for entry_id, ct_id, score, *_ in rows
        if entry_id in texts
    ]


def search_grouped(user, query: str, *, per_type: int = 5, types=None) -> list[Group]:
    """The best ``per_type`` hits of each type, types ordered by their best hit. Two queries."""
    words, visible = _prepare(user, query, types)
    if not visible:
        return []
    hits_sql, params = _hits_sql(visible, words)
    sql = (  # fixed fragments only: every value is a parameter
        "SELECT id, content_type_id, score, total FROM ("  # noqa: S608
        " SELECT hits.*,"
        " ROW_NUMBER() OVER (PARTITION BY content_type_id ORDER BY score DESC, id) AS n,"
        " COUNT(*) OVER (PARTITION BY content_type_id) AS total"
        f" FROM ({hits_sql}) hits"
        ") ranked WHERE n <= %s ORDER BY score DESC, n"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, per_type])
        rows = cursor.fetchall()
    totals = {ct_id: total for _id, ct_id, _score, total in rows}
    groups: dict[int, Group] = {}
    for hit in _shown(rows, visible, words):
        ct_id = content_type_of(hit.spec).pk
        group = groups.setdefault(ct_id, Group(hit.spec, totals[ct_id], query))
        group.hits.append(hit)
    return list(groups.values())


def search_flat(
    user, query: str, *, limit: int = 20, offset: int = 0, types=None
) -> tuple[int, list[Hit]]:
    """(number of hits, one page of them ranked across types). Two queries."""
    words, visible = _prepare(user, query, types)
    if not visible:
        return 0, []
    hits_sql, params = _hits_sql(visible, words)
    sql = (  # fixed fragments only: every value is a parameter
        f"SELECT hits.*, COUNT(*) OVER () AS total FROM ({hits_sql}) hits"  # noqa: S608
        " ORDER BY score DESC, id LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit, offset])
        rows = cursor.fetchall()
        if not rows:
            cursor.execute(f"SELECT COUNT(*) FROM ({hits_sql}) hits", params)  # noqa: S608
            return cursor.fetchone()[0], []
    return rows[0][-1], _shown(rows, visible, words)
