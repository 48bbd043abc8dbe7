"""Aid projects (dự án viện trợ), both ways, with their sectors and processing log."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects.choices import AidDirection, AidModality, AidStatus
from caunoi.core.models import OrganizationalModel, PrimaryModel, WorkflowLogEntry
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.money import AmountField, CurrencyField, MoneyProperty, check_money_pair


class AidSector(OrganizationalModel):
    """A sector of aid (lĩnh vực viện trợ): health, disease prevention, education, climate
    change, poverty reduction, technology transfer, disaster relief, culture, other."""

    class Meta(OrganizationalModel.Meta):
        verbose_name = _("aid sector")
        verbose_name_plural = _("aid sectors")


class AidProject(BilingualNameMixin, PrimaryModel):
    """An aid project (dự án, khoản viện trợ): non-refundable aid the city mobilises from
    foreign NGOs, localities, embassies, organisations and overseas Vietnamese, or gives to
    partners abroad (2,000 tonnes of rice to Havana). It has an approval decision, a status
    moved by the workflow (proposed → approved → under way → completed, or cancelled), a
    commitment in its currency, and, as child records, the disbursements made over time and
    the goods given in kind.

    For aid received, the donors are partners and the beneficiaries units of the city
    (departments, communes and wards); for aid given, the owning unit gives on the city's
    behalf and the recipients are partners.
    """

    code = models.CharField(
        _("code"), max_length=50, blank=True, help_text=_("The project's number, if it has one.")
    )
    name = models.CharField(_("name (Vietnamese)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    direction = models.CharField(
        _("direction"), max_length=10, choices=AidDirection.choices, default=AidDirection.RECEIVED
    )
    modality = models.CharField(
        _("form of aid"), max_length=20, choices=AidModality.choices, default=AidModality.PROJECT
    )
    donors = models.ManyToManyField(
        "partners.Partner",
        verbose_name=_("donors"),
        blank=True,
        related_name="aid_projects_given",
        help_text=_("For aid received: the NGOs, localities, embassies or organisations giving."),
    )
    recipient_partners = models.ManyToManyField(
        "partners.Partner",
        verbose_name=_("recipient partners"),
        blank=True,
        related_name="aid_projects_received",
        help_text=_("For aid given by Hà Nội: the partners receiving it."),
    )
    recipient_units = models.ManyToManyField(
        "accounts.OrgUnit",
        verbose_name=_("beneficiary units"),
        blank=True,
        related_name="+",
        help_text=_("For aid received: the units, communes or wards that benefit."),
    )
    sectors = models.ManyToManyField(
        AidSector, verbose_name=_("sectors"), blank=True, related_name="projects"
    )
    location = models.CharField(_("location"), max_length=300, blank=True)
    start_date = models.DateField(_("starts on"), null=True, blank=True)
    end_date = models.DateField(_("ends on"), null=True, blank=True)
    decision_number = models.CharField(_("decision number"), max_length=100, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    decision_authority = models.CharField(
        _("approved by"),
        max_length=200,
        blank=True,
        help_text=_("The body that approved the aid, e.g. UBND thành phố Hà Nội."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AidStatus.choices,
        default=AidStatus.PROPOSED,
        editable=False,
    )
    commitment_amount = AmountField(_("commitment"), null=True, blank=True)
    commitment_currency = CurrencyField(_("commitment currency"), blank=True)
    commitment_date = models.DateField(
        _("commitment date"),
        null=True,
        blank=True,
        help_text=_("The value date of the commitment; blank: the decision date."),
    )
    source = models.ForeignKey(
        "indicators.Source",
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="aid_projects",
        help_text=_("Where the figures of this aid are published or reported."),
    )

    commitment = MoneyProperty("commitment_amount", "commitment_currency", "commitment_date")
    search_fields = ("code", "name", "name_en", "location", "decision_number")

    class Meta:
        verbose_name = _("aid project")
        verbose_name_plural = _("aid projects")
        ordering = ["-start_date", "name"]
        permissions = [("approve_aidproject", _("Can approve aid projects"))]
        indexes = [
            models.Index(fields=["direction", "status"], name="aidproject_direction_status"),
            models.Index(fields=["commitment_date"], name="aidproject_commitment_date"),
            models.Index(fields=["-start_date", "name"], name="aidproject_start_name"),  # order
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="aidproject_ends_after_start",
                violation_error_message=_("An aid project cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(commitment_amount__isnull=True) | ~Q(commitment_currency=""),
                name="aidproject_commitment_has_currency",
                violation_error_message=_("Give the currency of this amount."),
            ),
        ]

    def clean(self) -> None:
        super().clean()
        errors = check_money_pair(self, "commitment_amount", "commitment_currency")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("An aid project cannot end before it starts.")
        if self.commitment_amount is not None and not self.commitment_date:
            self.commitment_date = self.decision_date or self.start_date
            if not self.commitment_date:
                errors["commitment_date"] = _(
                    "Give the date of the commitment: conversions need it."
                )
        if self.commitment_amount is not None and self.commitment_amount == 0:
            errors["commitment_amount"] = _("Leave the commitment blank rather than zero.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_received(self) -> bool:
        return self.direction == AidDirection.RECEIVED

    @property
    def day(self):
        """The date the project is known by (timeline, activity): start, decision or commitment."""
        return self.start_date or self.decision_date or self.commitment_date


def check_parties(direction: str, donors, recipient_partners, recipient_units) -> dict:
    """Who gives and who receives, by direction (forms, the API and imports run it: a model's
    ``clean()`` cannot see many-to-many values)."""
    errors = {}
    if direction == AidDirection.RECEIVED:
        if not donors:
            errors["donors"] = _("Aid received needs at least one donor.")
        if recipient_partners:
            errors["recipient_partners"] = _(
                "Aid received goes to units of the city, not to partners."
            )
    elif direction == AidDirection.GIVEN:
        if not recipient_partners:
            errors["recipient_partners"] = _("Aid given needs at least one recipient partner.")
        if donors:
            errors["donors"] = _(
                "Aid given by Hà Nội has no foreign donor: the owning unit gives it."
            )
        if recipient_units:
            errors["recipient_units"] = _("Beneficiary units are for aid received.")
    return errors


class AidProjectLogEntry(WorkflowLogEntry):
    """A step of an aid project's workflow: proposed, approved, started, completed, cancelled."""

    record = models.ForeignKey(AidProject, on_delete=models.CASCADE, related_name="log_entries")

    class Meta(WorkflowLogEntry.Meta):
        verbose_name = _("aid project log entry")
        verbose_name_plural = _("aid project log entries")
