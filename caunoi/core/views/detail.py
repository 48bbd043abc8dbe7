from __future__ import annotations

from django.core.paginator import Paginator
from django.views.generic import DetailView

from caunoi.core import changelog
from caunoi.core.display import field_rows
from caunoi.core.views.mixins import ScopedObjectMixin


class ObjectDetailView(ScopedObjectMixin, DetailView):
    template_name = "core/object_detail.html"
    detail_fields: list[str] | None = None
    tab = "detail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        opts = obj._meta
        context.update(
            opts=opts,
            rows=field_rows(obj, self.detail_fields),
            tab=self.tab,
            change_count=changelog.changes_for(obj).count(),
            change_perm=f"{opts.app_label}.change_{opts.model_name}",
            delete_perm=f"{opts.app_label}.delete_{opts.model_name}",
        )
        return context


class ObjectChangeLogView(ObjectDetailView):
    """The History tab of a record: every change, who made it, before and after."""

    template_name = "core/object_changelog.html"
    tab = "history"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(changelog.changes_for(self.object), 25)
        context["page_obj"] = paginator.get_page(self.request.GET.get("page"))
        return context
