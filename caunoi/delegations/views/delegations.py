"""Delegation screens: the generic list and forms, and the delegation page with its approver
chain, members, programme, outcomes, follow-ups, language and coordination warnings, and its
workflow steps."""

from __future__ import annotations

from django.contrib import messages

from caunoi.core.forms import may_record
from caunoi.core.models.personal import PersonalDataAction
from caunoi.core.personal_data import log_accesses, may_see_personal
from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView, ObjectListView
from caunoi.core.views.workflow import TransitionView
from caunoi.delegations import coordination, filters, forms, tables, workflow
from caunoi.delegations.choices import Status
from caunoi.delegations.languages import language_gaps
from caunoi.delegations.models import Delegation, DelegationMember
from caunoi.partners.models import Partner

DETAIL_FIELDS = [
    "name",
    "name_en",
    "direction",
    "level",
    "mode",
    "partners",
    "countries",
    "cities",
    "purpose",
    "in_annual_plan",
    "funding",
    "contact_person",
    "results_report",
    "minutes",
    "description",
    "comments",
]


class DelegationListView(ObjectListView):
    def get_queryset(self):
        return super().get_queryset().prefetch_related("countries", "partners")


class DelegationDetailView(ObjectDetailView):
    template_name = "delegations/delegation_detail.html"
    detail_fields = DETAIL_FIELDS

    def get_queryset(self):
        return super().get_queryset().select_related("owner_unit", "contact_person")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        delegation, user = self.object, self.request.user
        members = list(delegation.members.select_related("staff_member"))
        unit = delegation.owner_unit_id
        step = delegation.current_step()
        rounds = list(
            delegation.approval_steps.select_related("unit", "decided_by").prefetch_related(
                "approvers"
            )
        )
        may_see = may_see_personal(user, DelegationMember)
        show_passports = may_see and self.request.GET.get("show") == "passports"
        if show_passports:
            log_accesses(members, self.request, PersonalDataAction.VIEW)
        context.update(
            show_passports=show_passports,
            actions=workflow.available(delegation, user),
            log_entries=delegation.log_entries.select_related("actor"),
            members=members,
            programme=delegation.programme.select_related("partner"),
            outcomes=delegation.outcomes.select_related("partner").prefetch_related("agreements"),
            follow_ups=delegation.follow_ups.select_related("responsible_unit"),
            transfers=delegation.transfers.select_related("country", "sent_by"),
            steps=[s for s in rounds if s.round == rounds[-1].round] if rounds else [],
            current_step=step,
            is_current_approver=workflow.is_current_approver(delegation, user),
            overlaps=coordination.overlaps_of(delegation, user),
            overlap_days=coordination.WINDOW_DAYS,
            language_gaps=language_gaps(delegation, user),
            may_see_passports=may_see,
            may_add=may_record(user, DelegationMember, "add", unit),
            may_change=user.has_perm("delegations.change_delegation", delegation),
        )
        return context


class DelegationEditView(ObjectEditView):
    """Add or edit a delegation; a partner's page arrives with ``?partners=``."""

    template_name = "delegations/delegation_edit.html"

    def get_initial(self, instance) -> dict:
        initial = super().get_initial(instance)
        if instance.pk:
            return initial
        ids = [p for p in self.request.GET.getlist("partners") if p.isdigit()]
        if ids:
            initial["partners"] = ids
            countries = Partner.objects.filter(pk__in=ids).exclude(country=None)
            initial.setdefault(
                "countries", sorted(set(countries.values_list("country_id", flat=True)))
            )
        return initial

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["overlap_days"] = coordination.WINDOW_DAYS
        return context


class DelegationTransitionView(TransitionView):
    """The generic step view; after a submission at short notice it also says so."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        if self.function is workflow.submit_delegation:
            fresh = Delegation.objects.filter(pk=kwargs["pk"]).first()
            if fresh is not None and fresh.status == Status.SUBMITTED and fresh.short_notice:
                for warning in workflow.submission_warnings(fresh, fresh.submitted_on):
                    messages.warning(request, warning)
        return response


class DelegationViews(ModelViews):
    model = Delegation
    table_class = tables.DelegationTable
    filterset_class = filters.DelegationFilterSet
    form_class = forms.DelegationForm
    list_view = DelegationListView
    detail_view = DelegationDetailView
    edit_view = DelegationEditView
    transitions = workflow.TRANSITIONS
    transition_view = DelegationTransitionView
