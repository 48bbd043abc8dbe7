"""Keeping the search index in step with the records.

``ChangeLoggedModel.save()`` calls :func:`update` and ``delete()`` calls :func:`remove`, inside
the save's transaction, so the index changes exactly when the record does: a soft-deleted record
leaves the index, a restored one comes back. Records written around ``save()`` (``bulk_create``,
``QuerySet.update()``, data generators) are indexed with :func:`bulk_update` or the
``caunoi rebuild_search_index`` command (:func:`rebuild`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction

from caunoi.core.search.models import SearchEntry
from caunoi.core.search.registry import SearchSpec, spec_for, specs

UPDATED_COLUMNS = ["owner_unit", "title", "title_en", "subtitle", "text", "weight", "updated"]
BATCH_SIZE = 2000


def content_type_of(spec: SearchSpec) -> ContentType:
    return ContentType.objects.get_for_model(spec.model, for_concrete_model=False)


def _is_deleted(obj: models.Model) -> bool:
    return getattr(obj, "deleted_at", None) is not None


def _entry(spec: SearchSpec, ct: ContentType, obj: models.Model) -> SearchEntry:
    return SearchEntry(content_type=ct, object_id=obj.pk, **spec.entry_values(obj))


def update(obj: models.Model) -> None:
    """Index ``obj`` as it is now (or drop it when it is soft-deleted). One query."""
    spec = spec_for(type(obj))
    if spec is None or obj.pk is None:
        return
    if _is_deleted(obj):
        remove(obj)
        return
    _upsert([_entry(spec, content_type_of(spec), obj)])


def remove(obj: models.Model) -> None:
    """Drop ``obj`` from the index (deleted or soft-deleted)."""
    spec = spec_for(type(obj))
    if spec is None or obj.pk is None:
        return
    SearchEntry.objects.filter(content_type=content_type_of(spec), object_id=obj.pk).delete()


def bulk_update(objs: Iterable[models.Model], *, batch_size: int = BATCH_SIZE) -> int:
    """Index many records at once (after ``bulk_create``); returns how many are indexed.

    Records of models that are not registered are skipped; soft-deleted ones are removed.
    """
    indexed = 0
    entries: list[SearchEntry] = []
    for obj in objs:
        spec = spec_for(type(obj))
        if spec is None or obj.pk is None:
            continue
        if _is_deleted(obj):
            remove(obj)
            continue
        entries.append(_entry(spec, content_type_of(spec), obj))
        if len(entries) >= batch_size:
            indexed += _upsert(entries)
            entries = []
    return indexed + (_upsert(entries) if entries else 0)


def rebuild(
    model: type[models.Model] | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[SearchSpec, int], None] | None = None,
) -> dict[str, int]:
    """Re-index every live record of ``model`` (or of every registered model) from scratch.

    Each model is rebuilt in one transaction: its old entries are deleted and the records read
    back in primary-key batches. Returns ``{"app.model": count}``.
    """
    chosen = [s for s in specs() if model is None or s.model is model]
    counts: dict[str, int] = {}
    for spec in chosen:
        with transaction.atomic():
            ct = content_type_of(spec)
            SearchEntry.objects.filter(content_type=ct).delete()
            count = 0
            for batch in _batches(spec, batch_size):
                SearchEntry.objects.bulk_create(
                    [_entry(spec, ct, obj) for obj in batch], batch_size=batch_size
                )
                count += len(batch)
                if progress:
                    progress(spec, count)
        counts[spec.label] = count
    if connection.vendor == "sqlite":
        optimize()
    return counts


def optimize() -> None:
    """SQLite: rebuild the FTS5 table from the entries and merge its segments."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO core_searchentry_fts(core_searchentry_fts) VALUES('rebuild')")
        cursor.execute("INSERT INTO core_searchentry_fts(core_searchentry_fts) VALUES('optimize')")


def _batches(spec: SearchSpec, size: int):
    """Live records in primary-key order, ``size`` at a time (keyset, no OFFSET)."""
    queryset = spec.model._default_manager.order_by("pk")
    if spec.select_related:
        queryset = queryset.select_related(*spec.select_related)
    last = None
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        rows = list(page[:size])
        if not rows:
            return
        yield [obj for obj in rows if not _is_deleted(obj)]
        last = rows[-1].pk


def _upsert(entries: list[SearchEntry]) -> int:
    SearchEntry.objects.bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=UPDATED_COLUMNS,
    )
    return len(entries)
