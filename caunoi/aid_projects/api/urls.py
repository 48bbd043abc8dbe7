from caunoi.aid_projects.api.views import AidProjectViewSet, DisbursementViewSet, InKindItemViewSet


def register(router) -> None:
    router.register("aid-projects", AidProjectViewSet, basename="aidproject")
    router.register("aid-disbursements", DisbursementViewSet, basename="disbursement")
    router.register("aid-goods", InKindItemViewSet, basename="inkinditem")
