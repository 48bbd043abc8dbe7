from caunoi.agreements.api.views import (
    AgreementViewSet,
    ConsultationViewSet,
    PlanItemViewSet,
    ReviewCampaignViewSet,
    ReviewViewSet,
)


def register(router) -> None:
    router.register("agreements", AgreementViewSet, basename="agreement")
    router.register("agreement-plan-items", PlanItemViewSet, basename="planitem")
    router.register("agreement-reviews", ReviewViewSet, basename="review")
    router.register("agreement-consultations", ConsultationViewSet, basename="consultation")
    router.register("review-campaigns", ReviewCampaignViewSet, basename="reviewcampaign")
