"""/api/v1/delegations/ (workflow steps call the same functions as the screens) and the
delegations' members, programme items, outcomes and follow-up tasks."""

from __future__ import annotations

from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.api.workflow import transition_action
from caunoi.core.models.personal import PersonalDataAction
from caunoi.core.personal_data import log_access, may_see_personal
from caunoi.delegations import filters, workflow
from caunoi.delegations.api import serializers
from caunoi.delegations.models import (
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)


class DelegationViewSet(BaseModelViewSet):
    model = Delegation
    serializer_class = serializers.DelegationSerializer
    filterset_class = filters.DelegationFilterSet
    select_related = ("owner_unit",)

    def get_queryset(self):
        return super().get_queryset().prefetch_related("partners", "countries")

    submit = transition_action("submit", workflow.submit_delegation)
    approve = transition_action("approve", workflow.approve_delegation)
    send_back = transition_action("send_back", workflow.send_back_delegation)
    reject = transition_action("reject", workflow.reject_delegation)
    depart = transition_action("depart", workflow.depart_delegation)
    come_back = transition_action("come_back", workflow.come_back_delegation)
    file_report = transition_action("file_report", workflow.file_report_delegation)
    close = transition_action("close", workflow.close_delegation)
    cancel = transition_action("cancel", workflow.cancel_delegation)
    confirm = transition_action("confirm", workflow.confirm_delegation)
    begin = transition_action("begin", workflow.begin_delegation)
    complete = transition_action("complete", workflow.complete_delegation)


class DelegationMemberViewSet(BaseModelViewSet):
    model = DelegationMember
    serializer_class = serializers.DelegationMemberSerializer
    filterset_class = filters.DelegationMemberFilterSet
    select_related = ("delegation",)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["show_passports"] = self.action == "retrieve" and may_see_personal(
            self.request.user, DelegationMember
        )
        return context

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        if may_see_personal(request.user, DelegationMember):
            log_access(self.get_object(), request, PersonalDataAction.VIEW)
        return response


class ProgrammeItemViewSet(BaseModelViewSet):
    model = ProgrammeItem
    serializer_class = serializers.ProgrammeItemSerializer
    filterset_class = filters.ProgrammeItemFilterSet
    select_related = ("delegation",)


class DelegationOutcomeViewSet(BaseModelViewSet):
    model = DelegationOutcome
    serializer_class = serializers.DelegationOutcomeSerializer
    filterset_class = filters.DelegationOutcomeFilterSet
    select_related = ("delegation",)


class FollowUpTaskViewSet(BaseModelViewSet):
    model = FollowUpTask
    serializer_class = serializers.FollowUpTaskSerializer
    filterset_class = filters.FollowUpTaskFilterSet
    select_related = ("delegation",)
