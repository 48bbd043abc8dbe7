"""Counts kept for a short while: the total of a list page and the home page's tiles.

A list page counts every row its filters and the user's scope leave (``COUNT(*)`` over a
million events nationally) just to print "1–25 of 48,213" and the page links. The count is
kept in the cache for ``CAUNOI_COUNT_SECONDS`` (30; the test settings use 0), keyed by the
query's own SQL and parameters, so two users with the same scope and filters share it and any
other filter, scope or database is another key. Only large totals are kept (at least
``CAUNOI_COUNT_CACHE_MIN`` rows, 5,000): a unit's own lists, where counting is cheap and a user
who has just added a record expects the total to move, are always counted afresh. In a kept
total a record added meanwhile shows in the rows at once; the total catches up within the
half-minute.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.utils.functional import cached_property


def seconds() -> int:
    return getattr(settings, "CAUNOI_COUNT_SECONDS", 30)


def smallest_kept() -> int:
    return getattr(settings, "CAUNOI_COUNT_CACHE_MIN", 5000)


def cached_count(queryset) -> int:
    """``queryset.count()``, from the cache when the same query was counted lately."""
    keep = seconds()
    if not keep:
        return queryset.count()
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return 0
    raw = f"{queryset.db}|{queryset.model._meta.label}|{sql}|{params!r}"
    key = "caunoi:count:" + hashlib.sha256(raw.encode()).hexdigest()
    found = cache.get(key)
    if found is not None:
        return found
    total = queryset.count()
    if total >= smallest_kept():
        cache.set(key, total, keep)
    return total


def queryset_of(object_list):
    """The QuerySet behind a list, a django-tables2 table's rows, or None."""
    for candidate in (object_list, getattr(object_list, "data", None)):
        candidate = getattr(candidate, "data", candidate)
        if hasattr(candidate, "query") and hasattr(candidate, "count"):
            return candidate
    return None


class CachedCountPaginator(Paginator):
    """A paginator whose total comes from :func:`cached_count` when it pages a QuerySet."""

    @cached_property
    def count(self) -> int:
        queryset = queryset_of(self.object_list)
        if queryset is None:
            return Paginator.count.func(self)
        return cached_count(queryset)
