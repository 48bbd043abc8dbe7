"""Screens of aid projects, their disbursements and in-kind goods: the generic ones, lists with
totals per currency and converted, and a project page with its money, goods and workflow."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects import filters, forms, tables, workflow
from caunoi.aid_projects.choices import ACTIVE_STATUSES
from caunoi.aid_projects.commitment import check_commitment
from caunoi.aid_projects.imports import AidProjectImport
from caunoi.aid_projects.models import AidProject, AidSector, Disbursement, InKindItem
from caunoi.core.forms import may_record
from caunoi.core.money import RateBook, Totals, convert_all, summarise
from caunoi.core.money.totals import TARGETS, MoneySummary
from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView
from caunoi.core.views.totals import TotalsListView

DETAIL_FIELDS = [
    "code",
    "name",
    "name_en",
    "direction",
    "modality",
    "location",
    "start_date",
    "end_date",
    "decision_number",
    "decision_date",
    "decision_authority",
    "commitment_date",
    "source",
    "description",
    "comments",
]


def project_totals(projects, day, book) -> list[MoneySummary]:
    """Commitments, disbursements and goods of the listed projects, per currency and converted."""
    ids = projects.values("pk")
    return [
        summarise(
            Totals.of(projects, "commitment_amount", "commitment_currency"),
            day,
            label=_("Commitments"),
            book=book,
        ),
        summarise(
            Totals.of(Disbursement.objects.filter(project__in=ids), "amount", "currency"),
            day,
            label=_("Disbursed"),
            book=book,
        ),
        summarise(
            Totals.of(InKindItem.objects.filter(project__in=ids), "value_amount", "value_currency"),
            day,
            label=_("Goods in kind (estimated)"),
            book=book,
        ),
    ]


class AidProjectListView(TotalsListView):
    def get_queryset(self):
        return super().get_queryset().prefetch_related("donors", "recipient_partners", "sectors")

    def get_totals(self, queryset, day, book):
        return project_totals(queryset, day, book)


class AidProjectDetailView(ObjectDetailView):
    """A project: parties, sectors, commitment against disbursements (with a warning when
    more is disbursed than committed), its goods in kind, and its workflow."""

    template_name = "aid_projects/aidproject_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        project, user = self.object, self.request.user
        disbursements = list(project.disbursements.all())
        items = list(project.in_kind_items.all())
        book = RateBook()
        moneys = [d.money for d in disbursements]
        converted = [convert_all(moneys, target, None, book) for target in TARGETS]
        summary = MoneySummary("", Totals.of_money(moneys), None, converted)
        commitment = [project.commitment] if project.commitment else []
        context.update(
            actions=workflow.FLOW.available(project, user),
            disbursements=disbursements,
            items=items,
            check=check_commitment(project, book=book),
            disbursed=summary.totals,
            # each disbursement at the rate of its own date: what it was worth when paid
            disbursed_converted=converted,
            disbursed_rates=summary.rates,
            disbursed_missing=summary.missing,
            # the commitment at the rate of its commitment date
            commitment_converted=[convert_all(commitment, t, None, book) for t in TARGETS]
            if commitment
            else [],
            may_add_money=project.status in ACTIVE_STATUSES
            and may_record(user, Disbursement, "add", project.owner_unit_id),
            may_add_goods=project.status in ACTIVE_STATUSES
            and may_record(user, InKindItem, "add", project.owner_unit_id),
            donors=project.donors.all(),
            recipient_partners=project.recipient_partners.all(),
            recipient_units=project.recipient_units.all(),
            sectors=project.sectors.all(),
        )
        return context


class AidProjectViews(ModelViews):
    model = AidProject
    table_class = tables.AidProjectTable
    filterset_class = filters.AidProjectFilterSet
    form_class = forms.AidProjectForm
    list_view = AidProjectListView
    detail_view = AidProjectDetailView
    import_spec = AidProjectImport
    detail_fields = DETAIL_FIELDS
    transitions = {
        "approve": workflow.approve_aidproject,
        "start": workflow.start_aidproject,
        "complete": workflow.complete_aidproject,
        "cancel": workflow.cancel_aidproject,
    }


class ChildEditView(ObjectEditView):
    """Adding or editing a disbursement or goods returns to the project's page."""

    def get_success_url(self, obj) -> str:
        return obj.project.get_absolute_url()


class DisbursementEditView(ChildEditView):
    template_name = "aid_projects/disbursement_edit.html"


class DisbursementListView(TotalsListView):
    def get_totals(self, queryset, day, book):
        totals = Totals.of(queryset, "amount", "currency")
        return [summarise(totals, day, label=_("Disbursed"), book=book)]


class DisbursementViews(ModelViews):
    model = Disbursement
    table_class = tables.DisbursementTable
    filterset_class = filters.DisbursementFilterSet
    form_class = forms.DisbursementForm
    list_view = DisbursementListView
    edit_view = DisbursementEditView
    detail_fields = ["project", "date", "amount", "reference", "description"]


class InKindItemListView(TotalsListView):
    def get_totals(self, queryset, day, book):
        totals = Totals.of(queryset, "value_amount", "value_currency")
        return [summarise(totals, day, label=_("Estimated value"), book=book)]


class InKindItemViews(ModelViews):
    model = InKindItem
    table_class = tables.InKindItemTable
    filterset_class = filters.InKindItemFilterSet
    form_class = forms.InKindItemForm
    list_view = InKindItemListView
    edit_view = ChildEditView
    detail_fields = [
        "project",
        "item",
        "quantity",
        "unit",
        "date",
        "value_amount",
        "description",
    ]


class AidSectorViews(ModelViews):
    model = AidSector
    table_class = tables.AidSectorTable
    filterset_class = filters.AidSectorFilterSet
    form_class = forms.AidSectorForm
