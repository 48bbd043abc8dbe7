from __future__ import annotations

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.urls import NoReverseMatch, reverse
from django.views.generic import TemplateView
from django_tables2 import RequestConfig

from caunoi.core.export import export_response
from caunoi.core.paging import ListPaginator
from caunoi.core.views.mixins import ScopedModelMixin

EXPORT_FORMATS = ("csv", "xlsx")


class ObjectListView(ScopedModelMixin, TemplateView):
    """A filtered, searchable, sortable, paginated list with column choice and CSV/XLSX export."""

    table_class = None
    filterset_class = None
    template_name = "core/object_list.html"
    action = "view"

    def get_queryset(self):
        queryset = super().get_queryset()
        related = [*self._related_columns(), *getattr(self.model, "display_related", ())]
        return queryset.select_related(*related) if related else queryset

    def _related_columns(self) -> list[str]:
        opts = self.model._meta
        names = []
        for column_name, column in self.table_class.base_columns.items():
            accessor = str(column.accessor or column_name).split(".")[0].split("__")[0]
            try:
                field = opts.get_field(accessor)
            except FieldDoesNotExist:  # a computed column, not a model field
                continue
            if field.is_relation and (field.many_to_one or field.one_to_one):
                names.append(field.name)
        return names

    def columns_key(self) -> str:
        return f"columns:{self.model._meta.label_lower}"

    def chosen_columns(self) -> list[str] | None:
        session = self.request.session
        if "columns" in self.request.GET:
            chosen = [c for c in self.request.GET.getlist("columns") if c]
            session[self.columns_key()] = chosen
            return chosen or None
        if "reset_columns" in self.request.GET:
            session.pop(self.columns_key(), None)
        return session.get(self.columns_key())

    def get(self, request, *args, **kwargs):
        filterset = self.filterset_class(request.GET or None, self.get_queryset(), request=request)
        queryset = filterset.qs if filterset.is_bound else filterset.queryset
        if filterset.is_bound and not filterset.is_valid():
            queryset = queryset.none()
        table = self.table_class(queryset, request=request)
        table.show_only(self.chosen_columns())
        fmt = request.GET.get("export")
        if fmt in EXPORT_FORMATS:
            table.paginate = False
            RequestConfig(request, paginate=False).configure(table)
            header, rows = table.export_rows()
            limit = settings.CAUNOI_EXPORT_MAX_ROWS
            return export_response(
                fmt,
                self.model._meta.model_name,
                header,
                (row for i, row in enumerate(rows) if i < limit),
            )
        per_page = self._per_page()
        RequestConfig(
            request, paginate={"per_page": per_page, "paginator_class": ListPaginator}
        ).configure(table)
        table.page_sizes, table.per_page_value = settings.CAUNOI_PAGE_SIZES, per_page
        context = self.get_context_data(table=table, filterset=filterset, per_page=per_page)
        if request.htmx and request.htmx.target == "object-list":
            self.template_name = "core/object_list.html#results"
        return self.render_to_response(context)

    def _add_url(self, screen: str = "add") -> str:
        """The URL of the add (or import) screen, for users who may add; "" otherwise."""
        opts = self.model._meta
        if not self.request.user.has_perm(f"{opts.app_label}.add_{opts.model_name}"):
            return ""
        try:
            return reverse(f"{opts.app_label}:{opts.model_name}_{screen}")
        except NoReverseMatch:
            return ""

    def _per_page(self) -> int:
        sizes = settings.CAUNOI_PAGE_SIZES
        try:
            value = int(self.request.GET.get("per_page", sizes[0]))
        except ValueError:
            return sizes[0]
        return value if value in sizes else sizes[0]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        opts = self.model._meta
        context.update(
            model=self.model,
            opts=opts,
            title=opts.verbose_name_plural,
            page_sizes=settings.CAUNOI_PAGE_SIZES,
            export_formats=EXPORT_FORMATS,
            add_url=self._add_url(),
            import_url=self._add_url("import"),
        )
        return context
