"""Screens of a delegation's members, programme items, outcomes and follow-up tasks. Each is
added from the delegation's page and returns there. A member's passport data is shown only on
request, to those allowed, and each showing is logged."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View

from caunoi.core.models.personal import PersonalDataAction
from caunoi.core.personal_data import log_access, may_see_personal
from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView
from caunoi.core.views.mixins import LoginRequiredMixin, get_for_user
from caunoi.delegations import filters, forms, tables
from caunoi.delegations.models import (
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)


class ChildEditView(ObjectEditView):
    def get_success_url(self, obj) -> str:
        return obj.delegation.get_absolute_url()


class MemberEditView(ChildEditView):
    """Editing a member shows the passport fields to those allowed: a logged view."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if "pk" in self.kwargs and may_see_personal(request.user, DelegationMember):
            log_access(self.get_object(), request, PersonalDataAction.VIEW)
        return response


class MemberDetailView(ObjectDetailView):
    template_name = "delegations/delegationmember_detail.html"
    detail_fields = [
        "delegation",
        "staff_member",
        "full_name",
        "position",
        "organisation",
        "role",
        "rank",
        "description",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        member, request = self.object, self.request
        may_see = may_see_personal(request.user, member)
        if may_see and request.GET.get("show") == "passport":
            log_access(member, request, PersonalDataAction.VIEW)
            context["passport"] = {
                "number": member.passport_number,
                "expiry": member.passport_expiry,
            }
        from caunoi.staff.languages import language_name

        context.update(
            may_see_passport=may_see,
            has_passport=bool(member.passport_number or member.passport_expiry),
            language_names=[language_name(code) for code in member.languages or []],
            access_log=member.access_log.select_related("user")[:20],
        )
        return context


class ErasePassportView(LoginRequiredMixin, View):
    """Erase a member's passport data once it is no longer needed (after the trip, or on the
    person's request): the fields are emptied, the change log held only digests, and the
    erasure is written to the access log."""

    def post(self, request, pk):
        member = get_for_user(DelegationMember, request.user, pk, "change")
        if not may_see_personal(request.user, member):
            raise PermissionDenied
        with transaction.atomic():
            member.passport_number, member.passport_expiry = "", None
            member.save(update_fields=["passport_number", "passport_expiry"])
            log_access(member, request, PersonalDataAction.ERASE)
        messages.success(request, _("The passport data was erased."))
        return redirect(member.get_absolute_url())


class DelegationMemberViews(ModelViews):
    model = DelegationMember
    table_class = tables.DelegationMemberTable
    filterset_class = filters.DelegationMemberFilterSet
    form_class = forms.DelegationMemberForm
    edit_view = MemberEditView
    detail_view = MemberDetailView


class ProgrammeItemViews(ModelViews):
    model = ProgrammeItem
    table_class = tables.ProgrammeItemTable
    filterset_class = filters.ProgrammeItemFilterSet
    form_class = forms.ProgrammeItemForm
    edit_view = ChildEditView
    detail_fields = [
        "delegation",
        "date",
        "start_time",
        "end_time",
        "place",
        "activity",
        "partner",
        "responsible",
    ]


class DelegationOutcomeViews(ModelViews):
    model = DelegationOutcome
    table_class = tables.DelegationOutcomeTable
    filterset_class = filters.DelegationOutcomeFilterSet
    form_class = forms.DelegationOutcomeForm
    edit_view = ChildEditView
    detail_fields = [
        "delegation",
        "kind",
        "summary",
        "partner",
        "agreements",
        "document",
        "date",
        "description",
    ]


class FollowUpTaskViews(ModelViews):
    model = FollowUpTask
    table_class = tables.FollowUpTaskTable
    filterset_class = filters.FollowUpTaskFilterSet
    form_class = forms.FollowUpTaskForm
    edit_view = ChildEditView
    detail_fields = [
        "delegation",
        "outcome",
        "task",
        "responsible_unit",
        "responsible",
        "deadline",
        "status",
        "done_on",
        "description",
    ]
