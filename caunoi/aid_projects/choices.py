from django.db import models
from django.utils.translation import gettext_lazy as _


class AidDirection(models.TextChoices):
    """Aid both ways: mobilised for the city, or given by it to partners abroad."""

    RECEIVED = "received", _("Received by Hà Nội")
    GIVEN = "given", _("Given by Hà Nội")


class AidModality(models.TextChoices):
    """The forms of non-refundable aid (viện trợ không hoàn lại) the city records."""

    PROJECT = "project", _("Programme or project")
    NON_PROJECT = "non_project", _("Non-project aid")
    EMERGENCY = "emergency", _("Emergency relief")


class AidStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    APPROVED = "approved", _("Approved")
    UNDER_WAY = "under_way", _("Under way")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


# Statuses in which money may be disbursed and goods handed over.
ACTIVE_STATUSES = (AidStatus.APPROVED, AidStatus.UNDER_WAY, AidStatus.COMPLETED)
