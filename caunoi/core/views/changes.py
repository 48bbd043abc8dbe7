"""The change log for Auditors, and the recycle bin for Administrators."""

from __future__ import annotations

import django_filters
import django_tables2 as tables
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from caunoi.core.filters import BaseFilterSet
from caunoi.core.fold import fold
from caunoi.core.models import ObjectChange, PrimaryModel
from caunoi.core.tables import BaseTable
from caunoi.core.views.detail import ObjectDetailView
from caunoi.core.views.list import ObjectListView


def logged_content_types(request=None):
    return ContentType.objects.filter(pk__in=ObjectChange.objects.values("content_type").distinct())


class ChangeFilterSet(BaseFilterSet):
    time_after = django_filters.DateFilter(
        field_name="time", lookup_expr="date__gte", label=gettext_lazy("From")
    )
    time_before = django_filters.DateFilter(
        field_name="time", lookup_expr="date__lte", label=gettext_lazy("To")
    )
    content_type = django_filters.ModelChoiceFilter(
        queryset=logged_content_types, label=gettext_lazy("Record type")
    )

    filter_exempt = ("prechange", "postchange", "remote_addr", "object_version")

    class Meta:
        model = ObjectChange
        fields = [
            "user",
            "action",
            "source",
            "content_type",
            "object_id",
            "request_id",
            "owner_unit",
        ]

    def search(self, queryset, name, value):
        term = value.strip()
        return queryset.filter(
            Q(object_repr__icontains=term)
            | Q(user_name__icontains=term)
            | Q(object_repr__icontains=fold(term))
        )


class ChangeTable(BaseTable):
    time = tables.DateTimeColumn(linkify=lambda record: record.get_absolute_url())
    user_name = tables.Column(verbose_name=gettext_lazy("user"))
    action = tables.Column()
    content_type = tables.Column(verbose_name=gettext_lazy("record type"))
    object_repr = tables.Column(linkify=lambda record: record.object_url())
    source = tables.Column()
    actions = None

    class Meta(BaseTable.Meta):
        model = ObjectChange
        fields = (
            "time",
            "user_name",
            "action",
            "content_type",
            "object_repr",
            "source",
            "request_id",
        )
        fixed_columns = ()


class ChangeListView(ObjectListView):
    model = ObjectChange
    table_class = ChangeTable
    filterset_class = ChangeFilterSet
    template_name = "core/change_list.html"

    def get_queryset(self):
        return super().get_queryset().select_related("content_type", "user")


class ChangeDetailView(ObjectDetailView):
    model = ObjectChange
    template_name = "core/change_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        change = self.object
        context["diff"] = [
            {"field": label, "before": old, "after": new, "changed": changed}
            for label, old, new, changed in change.field_rows()
        ]
        context["related"] = ObjectChange.objects.filter(request_id=change.request_id).exclude(
            pk=change.pk
        )[:20]
        return context


def soft_deletable_models():
    return [m for m in apps.get_models() if issubclass(m, PrimaryModel)]


@login_required
def trash(request):
    """Soft-deleted records of every kind, newest first, each with a Restore button."""
    if not request.user.has_perm("core.restore_deleted"):
        raise PermissionDenied
    rows = []
    for model in soft_deletable_models():
        deleted = model.all_objects.deleted().select_related("deleted_by", "owner_unit")
        for obj in deleted.order_by("-deleted_at")[:500]:
            rows.append(
                {"obj": obj, "opts": model._meta, "ct": ContentType.objects.get_for_model(model)}
            )
    rows.sort(key=lambda r: r["obj"].deleted_at, reverse=True)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "core/trash.html", {"page_obj": page})


@login_required
@require_POST
def restore(request, ct_id: int, pk: int):
    if not request.user.has_perm("core.restore_deleted"):
        raise PermissionDenied
    try:
        model = ContentType.objects.get_for_id(ct_id).model_class()
    except ContentType.DoesNotExist as exc:
        raise Http404 from exc
    if model is None or not issubclass(model, PrimaryModel):
        raise Http404
    with transaction.atomic():
        obj = model.all_objects.deleted().filter(pk=pk).first()
        if obj is None:
            raise Http404
        obj.restore(acting_user=request.user)
    messages.success(request, _("Restored: %(record)s") % {"record": obj})
    return redirect("core:trash")
