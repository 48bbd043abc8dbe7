"""Global search (tìm kiếm chung) over every registered kind of record.

- :func:`register` (in ``AppConfig.ready()``): make a model searchable.
- :mod:`~caunoi.core.search.index`: ``update(obj)``, ``remove(obj)``, ``bulk_update(objs)``,
  ``rebuild(model)``. ``ChangeLoggedModel`` calls the first two on every save and delete.
- :func:`search_grouped` / :func:`search_flat`: what a user may find, scoped in SQL.

See docs/search.md and docs/decisions/0011-search-index.md.
"""

from caunoi.core.search.registry import register, spec_for, specs, unregister

__all__ = ["register", "search_flat", "search_grouped", "spec_for", "specs", "unregister"]


def __getattr__(name: str):
    # The query side imports models; load it on first use, not when apps register.
    if name in {"search_flat", "search_grouped"}:
        from caunoi.core.search import query

        return getattr(query, name)
    raise AttributeError(name)
