from django.db import models
from django.utils.translation import gettext_lazy as _


class InvestmentKind(models.TextChoices):
    """How foreign capital comes in (hình thức đầu tư) under the Law on Investment."""

    NEW_PROJECT = "new_project", _("New project")
    CAPITAL_INCREASE = "capital_increase", _("Capital increase")
    CAPITAL_CONTRIBUTION = "capital_contribution", _("Capital contribution or share purchase")


class InvestmentStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    OPERATING = "operating", _("Operating")
    SUSPENDED = "suspended", _("Suspended")
    TERMINATED = "terminated", _("Terminated")
