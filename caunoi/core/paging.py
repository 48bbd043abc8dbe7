"""The paginator of every list screen and API list: a kept total (:mod:`caunoi.core.counting`)
and, for a list with computed columns, the page's ids first.

A list may annotate values computed per row by subqueries (the partners' "last contact" is the
greatest of one subquery per activity source). Asked for ``LIMIT 25 OFFSET 6800``, the
database computes them for the 6,800 rows it skips as well. When the annotations are not what
the list is sorted by, the page is read in two steps instead: the 25 ids of the page (the
filters and the sort, nothing computed), then those rows with their annotations.
"""

from __future__ import annotations

from caunoi.core.counting import CachedCountPaginator, queryset_of


def computed_late(queryset) -> bool:
    """Whether ``queryset`` computes annotations its order does not need."""
    query = queryset.query
    if not query.annotations or query.is_sliced or query.combinator:
        return False
    ordering = [*query.order_by, *query.extra_order_by]
    if not ordering and query.default_ordering:
        ordering = list(queryset.model._meta.ordering)
    for key in ordering:
        if not isinstance(key, str) or key.lstrip("-").split("__")[0] in query.annotations:
            return False
    return True


def rows_by_ids(queryset, bottom: int, top: int) -> list:
    """``list(queryset[bottom:top])`` as two queries: the ids of the slice, then their rows."""
    ids = list(queryset.values_list("pk", flat=True)[bottom:top])
    found = {obj.pk: obj for obj in queryset.order_by().filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


class ListPaginator(CachedCountPaginator):
    def page(self, number):
        queryset = queryset_of(self.object_list)
        if queryset is None or not computed_late(queryset):
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = rows_by_ids(queryset, bottom, top)
        table_rows = self.object_list  # a django-tables2 table pages its BoundRows
        if hasattr(table_rows, "pinned_data"):
            rows = type(table_rows)(rows, table_rows.table, table_rows.pinned_data)
        return self._get_page(rows, number, self)
