from caunoi.agreements import filters, workflow
from caunoi.agreements.api.serializers import (
    AgreementSerializer,
    ConsultationSerializer,
    PlanItemSerializer,
    ReviewCampaignSerializer,
    ReviewSerializer,
)
from caunoi.agreements.models import Agreement, Consultation, PlanItem, Review, ReviewCampaign
from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.api.workflow import transition_action


class AgreementViewSet(BaseModelViewSet):
    """Agreements; ``POST …/<id>/<step>/`` runs a workflow step (the same function as the
    screen's button): consult, close-consultation, approve, send-back, sign, expire, terminate,
    supersede."""

    model = Agreement
    serializer_class = AgreementSerializer
    filterset_class = filters.AgreementFilterSet
    select_related = ("owner_unit",)

    consult = transition_action("consult", workflow.consult_agreement)
    close_consultation = transition_action(
        "close_consultation", workflow.close_consultation_agreement
    )
    approve = transition_action("approve", workflow.approve_agreement)
    send_back = transition_action("send_back", workflow.send_back_agreement)
    sign = transition_action("sign", workflow.sign_agreement)
    expire = transition_action("expire", workflow.expire_agreement)
    terminate = transition_action("terminate", workflow.terminate_agreement)
    supersede = transition_action("supersede", workflow.supersede_agreement)


class PlanItemViewSet(BaseModelViewSet):
    model = PlanItem
    serializer_class = PlanItemSerializer
    filterset_class = filters.PlanItemFilterSet
    select_related = ("agreement", "responsible_unit")


class ReviewViewSet(BaseModelViewSet):
    model = Review
    serializer_class = ReviewSerializer
    filterset_class = filters.ReviewFilterSet
    select_related = ("agreement",)


class ConsultationViewSet(BaseModelViewSet):
    """Read-only: consultations are recorded by coordinators on the agreement's page."""

    model = Consultation
    serializer_class = ConsultationSerializer
    filterset_class = filters.ConsultationFilterSet
    http_method_names = ["get", "head", "options"]


class ReviewCampaignViewSet(BaseModelViewSet):
    """Read-only, with the progress per unit; campaigns are opened on the screen."""

    model = ReviewCampaign
    serializer_class = ReviewCampaignSerializer
    filterset_class = filters.ReviewCampaignFilterSet
    http_method_names = ["get", "head", "options"]
