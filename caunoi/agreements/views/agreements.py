"""Agreement screens: the generic list and forms, the agreement page (parties, chain of
versions, consultation, documents, implementation plan, reviews, workflow), and the forms of
what belongs to an agreement."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from caunoi.agreements import activity, attention, evidence, filters, forms, tables, workflow
from caunoi.agreements.choices import AgreementLink, AgreementStatus, PlanStatus
from caunoi.agreements.imports import AgreementImport
from caunoi.agreements.models import (
    Agreement,
    AgreementDocument,
    Consultation,
    PlanEvidence,
    PlanItem,
    Review,
)
from caunoi.core.forms import may_record
from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView, ObjectListView
from caunoi.core.views.documents import DocumentDownloadView
from caunoi.core.views.mixins import ScopedObjectMixin

DETAIL_FIELDS = [
    "name",
    "name_en",
    "kind",
    "signatory",
    "partner_signatory",
    "signing_units",
    "cooperation_fields",
    "signed_on",
    "signed_place",
    "effective_on",
    "expires_on",
    "indefinite",
    "renewal_terms",
    "treaty_reference",
    "classification",
    "legal_review_body",
    "legal_review_on",
    "legal_review_reference",
    "ended_on",
    "description",
    "comments",
]


class AgreementListView(ObjectListView):
    def get_queryset(self):
        return super().get_queryset().prefetch_related("partners", "cooperation_fields")


def plan_progress(items) -> dict:
    """Counts of the plan's items by progress, and the share done (dropped ones left out)."""
    counts = dict.fromkeys(PlanStatus.values, 0)
    for item in items:
        counts[item.status] += 1
    live = sum(counts.values()) - counts[PlanStatus.DROPPED]
    done = counts[PlanStatus.DONE]
    return {
        "counts": counts,
        "total": live,
        "done": done,
        "percent": round(100 * done / live) if live else 0,
    }


class AgreementDetailView(ObjectDetailView):
    template_name = "agreements/agreement_detail.html"
    detail_fields = DETAIL_FIELDS

    def get_queryset(self):
        return super().get_queryset().select_related("owner_unit", "previous")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        agreement, user = self.object, self.request.user
        today = timezone.localdate()
        items = list(
            PlanItem.objects.filter(agreement=agreement).select_related("responsible_unit")
        )
        evidence_rows = PlanEvidence.objects.filter(plan_item__in=[i.pk for i in items])
        linked: dict[int, list] = {}
        for row in evidence.linked(evidence_rows, user):
            linked.setdefault(row.evidence.plan_item_id, []).append(row)
        for item in items:
            item.linked = linked.get(item.pk, [])
            item.is_overdue = item.overdue_on(today)
        consultations = list(agreement.consultations.all())
        for c in consultations:
            c.is_overdue = c.overdue_on(today)
        may_change = user.has_perm("agreements.change_agreement", agreement)
        last = None
        if agreement.is_in_force:
            row = activity.with_last_activity(Agreement.objects.filter(pk=agreement.pk), today)
            last = row.values_list("last_activity", flat=True).first()
        band = (
            attention.expiry_band(agreement.expires_on, today)
            if agreement.is_in_force and not agreement.renewal_started()
            else None
        )
        context.update(
            actions=workflow.available(agreement, user),
            log_entries=agreement.log_entries.all(),
            partners=agreement.partners.select_related("country"),
            chain=agreement.chain(user),
            consultations=consultations,
            may_record_consultation=agreement.status == AgreementStatus.CONSULTATION
            and workflow.may_coordinate(agreement, user),
            documents=AgreementDocument.objects.filter(agreement=agreement),
            may_add_document=may_change,
            items=items,
            progress=plan_progress(items),
            may_plan=agreement.is_in_force
            and may_record(user, PlanItem, "add", agreement.owner_unit_id),
            reviews=agreement.reviews.all(),
            may_review=agreement.is_signed
            and may_record(user, Review, "add", agreement.owner_unit_id),
            may_follow_up=agreement.is_signed
            and may_record(user, Agreement, "add", agreement.owner_unit_id),
            expiry_band=band,
            past_expiry=agreement.is_in_force
            and agreement.expires_on is not None
            and agreement.expires_on < today,
            last_activity=last,
            dormant=agreement.is_in_force and attention.is_dormant(last, today),
        )
        return context


class AgreementEditView(ObjectEditView):
    """Add or edit an agreement; "draft an amendment" or "start a renewal" arrives with
    ``?previous=<pk>&link=amendment|renewal`` and starts from the earlier agreement."""

    def get_initial(self, instance) -> dict:
        initial = super().get_initial(instance)
        if instance.pk:
            return initial
        previous_id, link = self.request.GET.get("previous", ""), self.request.GET.get("link", "")
        if previous_id.isdigit() and link in (AgreementLink.AMENDMENT, AgreementLink.RENEWAL):
            previous = Agreement.objects.restrict(self.request.user).filter(pk=previous_id).first()
            if previous is not None:
                initial.update(forms.initial_for_successor(previous, link))
        return initial


class AgreementViews(ModelViews):
    model = Agreement
    table_class = tables.AgreementTable
    filterset_class = filters.AgreementFilterSet
    form_class = forms.AgreementForm
    list_view = AgreementListView
    detail_view = AgreementDetailView
    edit_view = AgreementEditView
    import_spec = AgreementImport
    transitions = workflow.TRANSITIONS


# -- children of an agreement ---------------------------------------------------------------------
class BackToAgreementEditView(ObjectEditView):
    """Adding or editing what belongs to an agreement returns to the agreement's page."""

    def get_success_url(self, obj) -> str:
        return obj.agreement.get_absolute_url()


class ConsultationEditView(BackToAgreementEditView):
    """Coordinators record consultations of every unit's agreements (ADR 0016): the
    permission anywhere, and the agreement in view."""

    def get_required_permission(self) -> str:
        return workflow.COORDINATE

    def get_object(self, queryset=None):
        obj = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        if not workflow.may_coordinate(obj.agreement, self.request.user):
            raise PermissionDenied
        return obj


class ConsultationViews(ModelViews):
    model = Consultation
    table_class = tables.ConsultationTable
    filterset_class = filters.ConsultationFilterSet
    form_class = forms.ConsultationForm
    edit_view = ConsultationEditView
    screens = ("list", "add", "detail", "edit", "changelog")
    detail_fields = [
        "agreement",
        "body",
        "sent_on",
        "due_on",
        "answered_on",
        "opinion",
        "opinion_text",
    ]


class AgreementDocumentViews(ModelViews):
    model = AgreementDocument
    table_class = tables.AgreementDocumentTable
    filterset_class = filters.AgreementDocumentFilterSet
    form_class = forms.AgreementDocumentForm
    edit_view = BackToAgreementEditView
    download_view = DocumentDownloadView
    detail_fields = ["agreement", "document_kind", "title", "original_name", "content_type", "size"]


class PlanItemViews(ModelViews):
    model = PlanItem
    table_class = tables.PlanItemTable
    filterset_class = filters.PlanItemFilterSet
    form_class = forms.PlanItemForm
    edit_view = BackToAgreementEditView
    detail_fields = [
        "agreement",
        "title",
        "responsible_unit",
        "deadline",
        "status",
        "done_on",
        "evidence_note",
    ]


class EvidenceAddView(ScopedObjectMixin, View):
    """Link a record to a plan item as its evidence: for those who may change the item."""

    model = PlanItem
    action = "change"
    template_name = "agreements/evidence_add.html"

    def get(self, request, *args, **kwargs):
        item = self.get_object()
        form = forms.EvidenceForm(user=request.user, plan_item=item)
        return render(request, self.template_name, {"form": form, "item": item})

    def post(self, request, *args, **kwargs):
        from django.contrib.contenttypes.models import ContentType

        item = self.get_object()
        form = forms.EvidenceForm(request.POST, user=request.user, plan_item=item)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form, "item": item})
        record = form.cleaned_data["record"]
        row = PlanEvidence(
            plan_item=item,
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
        )
        row.inherit_owner_unit()
        if PlanEvidence.objects.filter(
            plan_item=item, content_type=row.content_type, object_id=row.object_id
        ).exists():
            messages.info(request, _("This record is already linked to the item."))
        else:
            with transaction.atomic():
                row.save()
            messages.success(request, _("Linked: %(record)s") % {"record": record})
        return redirect(item.agreement.get_absolute_url())


class EvidenceRemoveView(ScopedObjectMixin, View):
    model = PlanEvidence
    action = "delete"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        row = self.get_object()
        with transaction.atomic():
            row.soft_delete(acting_user=request.user)
        messages.success(request, _("The link was removed."))
        return redirect(row.plan_item.agreement.get_absolute_url())


class ReviewViews(ModelViews):
    model = Review
    table_class = tables.ReviewTable
    filterset_class = filters.ReviewFilterSet
    form_class = forms.ReviewForm
    edit_view = BackToAgreementEditView
    detail_fields = [
        "agreement",
        "reviewed_on",
        "effectiveness",
        "findings",
        "recommendation",
        "reviewer",
    ]
