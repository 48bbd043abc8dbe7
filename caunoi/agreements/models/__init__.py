from caunoi.agreements.models.agreements import Agreement, AgreementLogEntry
from caunoi.agreements.models.campaigns import CampaignAgreement, ReviewCampaign
from caunoi.agreements.models.children import (
    AgreementDocument,
    Consultation,
    PlanEvidence,
    PlanItem,
    Review,
)

__all__ = [
    "Agreement",
    "AgreementDocument",
    "AgreementLogEntry",
    "CampaignAgreement",
    "Consultation",
    "PlanEvidence",
    "PlanItem",
    "Review",
    "ReviewCampaign",
]
