"""The partner registry: list with last contact, partner page with timeline, going quiet, merge."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from caunoi.core.views import ModelViews, ObjectDetailView, ObjectListView
from caunoi.core.views.mixins import ScopedModelMixin, get_for_user
from caunoi.partners import activity, filters, forms, tables, timeline
from caunoi.partners.imports import PartnerImport
from caunoi.partners.models import Contact, Partner, PartnerRelation
from caunoi.partners.services import find_duplicates, merge_partners


class PartnerListView(ObjectListView):
    template_name = "partners/partner_list.html"

    def get_queryset(self):
        return activity.with_last_activity(super().get_queryset())


class PartnerDetailView(ObjectDetailView):
    template_name = "partners/partner_detail.html"
    detail_fields = [
        "kind",
        "name",
        "name_en",
        "name_native",
        "acronym",
        "country",
        "parent",
        "locality_level",
        "status",
        "cooperation_fields",
        "tags",
        "website",
        "email",
        "phone",
        "address",
        "founded_on",
        "description",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partner, user = self.object, self.request.user
        # The newest entries only: a busy partner has thousands (docs/performance.md).
        entries, last = timeline.page_entries(partner, user)
        contacts = list(
            Contact.objects.restrict(user).filter(partner=partner)[: CONTACTS_SHOWN + 1]
        )
        context.update(
            timeline=entries,
            timeline_cut=len(entries) >= timeline.PAGE_LIMIT,
            last_contact=last,
            relations=PartnerRelation.objects.restrict(user)
            .filter(partner=partner)
            .select_related("owner_unit"),
            contacts=contacts[:CONTACTS_SHOWN],
            more_contacts=len(contacts) > CONTACTS_SHOWN,
            children=partner.children.all(),
            can_merge=user.has_perm("partners.coordinate_merge_partner"),
        )
        return context


CONTACTS_SHOWN = 20


class PartnerViews(ModelViews):
    model = Partner
    table_class = tables.PartnerTable
    filterset_class = filters.PartnerFilterSet
    form_class = forms.PartnerForm
    import_spec = PartnerImport
    list_view = PartnerListView
    detail_view = PartnerDetailView


class GoingQuietView(PartnerListView):
    """Coordinators' list of partners with nothing recorded for N months."""

    model = Partner
    table_class = tables.PartnerTable
    filterset_class = filters.PartnerFilterSet
    template_name = "partners/going_quiet.html"

    def get_queryset(self):
        return activity.going_quiet(super(PartnerListView, self).get_queryset())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Partners going quiet")
        context["quiet_months"] = activity.quiet_months()
        return context


class PartnerMergeView(ScopedModelMixin, TemplateView):
    """A Coordinator folds a duplicate into the partner kept: every link moves."""

    model = Partner
    template_name = "partners/partner_merge.html"

    def get_required_permission(self) -> str:
        return "partners.coordinate_merge_partner"

    def get(self, request, pk):
        keep = get_for_user(Partner, request.user, pk)
        other = self._other(request.GET.get("other"), keep)
        return self.render_to_response(
            {
                "object": keep,
                "other": other,
                "opts": Partner._meta,
                "candidates": self._candidates(keep),
            }
        )

    def post(self, request, pk):
        keep = get_for_user(Partner, request.user, pk)
        other = self._other(request.POST.get("other"), keep)
        if other is None:
            messages.error(request, _("Choose the duplicate partner to merge."))
            return redirect("partners:partner_merge", pk=keep.pk)
        moved = merge_partners(keep, other, acting_user=request.user)
        summary = ", ".join(f"{label}: {count}" for label, count in moved.items())
        messages.success(
            request,
            _("Merged %(other)s into %(keep)s. %(summary)s")
            % {"other": other.name, "keep": keep.name, "summary": summary},
        )
        return redirect(keep.get_absolute_url())

    def _other(self, value, keep):
        if not value:
            return None
        try:
            other = get_object_or_404(Partner.objects.restrict(self.request.user), pk=int(value))
        except ValueError as exc:
            raise PermissionDenied from exc
        return None if other.pk == keep.pk else other

    def _candidates(self, keep):
        same = find_duplicates(
            names=[keep.name, keep.name_en, keep.name_native],
            country_id=keep.country_id,
            exclude_pk=keep.pk,
        )
        return same
