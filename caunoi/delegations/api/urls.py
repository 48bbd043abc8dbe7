from caunoi.delegations.api.views import (
    DelegationMemberViewSet,
    DelegationOutcomeViewSet,
    DelegationViewSet,
    FollowUpTaskViewSet,
    ProgrammeItemViewSet,
)


def register(router) -> None:
    router.register("delegations", DelegationViewSet, basename="delegation")
    router.register("delegation-members", DelegationMemberViewSet, basename="delegationmember")
    router.register("delegation-programme", ProgrammeItemViewSet, basename="programmeitem")
    router.register("delegation-outcomes", DelegationOutcomeViewSet, basename="delegationoutcome")
    router.register("delegation-follow-ups", FollowUpTaskViewSet, basename="followuptask")
