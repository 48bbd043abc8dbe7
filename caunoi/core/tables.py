"""Base table for every list: Tabler styling, row actions, column choice and export values."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _


class ActionsColumn(tables.Column):
    """The row's edit button, for those who may change that very record. Written in Python: a
    template per cell (and the page's whole context flattened for each) was a third of a list
    page's time."""

    def __init__(self, **kwargs):
        kwargs.setdefault("verbose_name", "")
        kwargs.setdefault("orderable", False)
        kwargs.setdefault("exclude_from_export", True)
        kwargs.setdefault("empty_values", ())
        kwargs.setdefault("attrs", {"td": {"class": "text-end text-nowrap"}})
        super().__init__(**kwargs)

    def render(self, record, table):
        from caunoi.core.templatetags.caunoi import icon, may, record_url

        # Configured tables carry their request; render_table lends others its context.
        request = getattr(table, "request", None) or getattr(table, "context", {}).get("request")
        edit_url = record_url(record, "edit")
        button = ""
        if edit_url and may(getattr(request, "user", None), record, "change"):
            label = _("Edit")
            button = format_html(
                '<a class="btn btn-sm btn-ghost-primary" href="{}" title="{}" aria-label="{}: {}">'
                "{}</a>",
                edit_url,
                label,
                label,
                record,
                icon("pencil"),
            )
        return format_html('<div class="btn-list flex-nowrap justify-content-end">{}</div>', button)


class BaseTable(tables.Table):
    actions = ActionsColumn()

    # Both may also be given in the table's ``class Meta`` (where most tables declare them).
    # Columns shown until the user picks their own; None shows all.
    default_columns: tuple[str, ...] | None = None
    # Columns that cannot be hidden.
    fixed_columns: tuple[str, ...] = ("actions",)

    def _option(self, name: str):
        meta = getattr(type(self), "Meta", None)
        return getattr(meta, name, getattr(type(self), name))

    class Meta:
        attrs = {"class": "table table-vcenter card-table table-hover"}
        template_name = "core/table.html"
        empty_text = _("Nothing here yet.")

    def choosable_columns(self) -> list[tuple[str, str, bool]]:
        return [
            (name, str(column.header), column.visible)
            for name, column in self.columns.items()
            if name not in self._option("fixed_columns")
        ]

    def show_only(self, names: list[str] | None) -> None:
        defaults = self._option("default_columns")
        chosen = set(names or defaults or [c.name for c in self.columns])
        for name, _label, _visible in self.choosable_columns():
            if name in chosen:
                self.columns.show(name)
            else:
                self.columns.hide(name)

    def export_rows(self):
        """(header, rows) with every visible data column, for the whole filtered list."""
        values = self.as_values(exclude_columns=self._option("fixed_columns"))
        header = next(values)
        return header, values


class MoneyColumn(tables.Column):
    """An amount with its currency, read through a ``MoneyProperty`` ("970,8 triệu USD").

    ``MoneyColumn(accessor="budget", order_by="budget_amount")``: sorts by the amount column;
    the export writes the full amount and currency ("1.234.567 VND").
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("attrs", {"td": {"class": "text-end text-nowrap"}})
        super().__init__(*args, **kwargs)

    def render(self, value):
        from caunoi.core.money import format_money

        return format_money(value)

    def value(self, value):
        from caunoi.core.money import format_money

        return format_money(value, compact=False)


def names(records) -> str:
    return ", ".join(str(r) for r in records)


class NamesColumn(tables.Column):
    """The names of a record's many-to-many links, comma-separated ("—" when none; the export
    writes them too). ``NamesColumn(verbose_name=_("Countries"))`` on a ``countries`` field, or
    ``NamesColumn(accessor="partners", …)`` under another column name. Prefetch the relation in
    the list's queryset so that a page costs one query per relation."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("orderable", False)
        kwargs.setdefault("empty_values", ())
        super().__init__(*args, **kwargs)

    def render(self, value):
        return names(value.all()) or "—"

    def value(self, value):
        return names(value.all())
