from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AgreementKind(models.TextChoices):
    """Kinds of international cooperation agreements (thỏa thuận quốc tế) a city signs."""

    TWINNING = "twinning", _("Twinning")
    FRIENDSHIP = "friendship_cooperation", _("Friendship and cooperation")
    MOU = "mou", _("Memorandum of understanding")
    PROGRAMME = "programme", _("Cooperation programme or action plan")
    NETWORK = "network_membership", _("Network membership")
    OTHER = "other", pgettext_lazy("agreement kind", "Other")


class AgreementStatus(models.TextChoices):
    """The lifecycle under the Law on International Agreements 2020 (ADR 0016)."""

    DRAFT = "draft", _("Draft")
    CONSULTATION = "consultation", _("In consultation")
    LEGAL_REVIEW = "legal_review", _("In legal review")
    APPROVED = "approved", _("Approved for signing")
    IN_FORCE = "in_force", _("Signed, in force")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")
    SUPERSEDED = "superseded", _("Superseded")


# Statuses of an agreement that has been signed.
SIGNED_STATUSES = (
    AgreementStatus.IN_FORCE,
    AgreementStatus.EXPIRED,
    AgreementStatus.TERMINATED,
    AgreementStatus.SUPERSEDED,
)
# Statuses before signing, in which the text may still change.
PREPARING_STATUSES = (
    AgreementStatus.DRAFT,
    AgreementStatus.CONSULTATION,
    AgreementStatus.LEGAL_REVIEW,
    AgreementStatus.APPROVED,
)


class AgreementLink(models.TextChoices):
    """How a record relates to an earlier agreement: the chain of versions."""

    ORIGINAL = "original", _("Original agreement")
    AMENDMENT = "amendment", _("Amendment")
    RENEWAL = "renewal", _("Renewal")


class Opinion(models.TextChoices):
    AGREE = "agree", _("Agrees")
    AGREE_WITH_COMMENTS = "agree_with_comments", _("Agrees with comments")
    DISAGREE = "disagree", _("Disagrees")


class DocumentKind(models.TextChoices):
    DRAFT = "draft", _("Draft text")
    SIGNED = "signed", _("Signed copy (scan)")
    CONSULTATION = "consultation", _("Consultation answer")
    LEGAL = "legal", _("Legal review opinion")
    OTHER = "other", pgettext_lazy("document kind", "Other")


class PlanStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("plan item", "In progress")
    DONE = "done", pgettext_lazy("plan item", "Done")
    DROPPED = "dropped", _("Dropped")


OPEN_PLAN_STATUSES = (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)


class Effectiveness(models.TextChoices):
    EFFECTIVE = "effective", _("Effective")
    PARTLY = "partly", _("Partly effective")
    NOT_EFFECTIVE = "not_effective", _("Not effective")


class Recommendation(models.TextChoices):
    CONTINUE = "continue", _("Continue")
    RENEW = "renew", _("Renew")
    AMEND = "amend", _("Amend")
    TERMINATE = "terminate", _("Terminate")


class CampaignStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("campaign", "Open")
    CLOSED = "closed", _("Closed")
