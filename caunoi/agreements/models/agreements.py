"""International cooperation agreements (thỏa thuận hợp tác quốc tế) and their processing log."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from caunoi.agreements.choices import (
    SIGNED_STATUSES,
    AgreementKind,
    AgreementLink,
    AgreementStatus,
)
from caunoi.core.models import PrimaryModel, WorkflowLogEntry
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.models.documents import Classification, check_unclassified


class Agreement(BilingualNameMixin, PrimaryModel):
    """An international cooperation agreement (thỏa thuận / văn bản hợp tác quốc tế) that a unit
    of the city signs with one or more foreign partners: a twinning, a friendship and
    cooperation agreement, a memorandum of understanding, a cooperation programme, a network
    membership.

    The owning unit is the Hà Nội unit that leads and signs; other signing units are listed
    beside it. The status moves only through :mod:`caunoi.agreements.workflow` (draft →
    consultation → legal review → approved for signing → in force → expired, terminated or
    superseded). An amendment or a renewal is its own record pointing at the agreement it
    amends or renews (``previous``), so the chain of versions can be followed both ways.
    Only unclassified agreements are recorded (Law on Protection of State Secrets 2018).
    """

    name = models.CharField(pgettext_lazy("agreement", "title (Vietnamese)"), max_length=400)
    name_en = models.CharField(
        pgettext_lazy("agreement", "title (English)"), max_length=400, blank=True
    )
    kind = models.CharField(_("kind"), max_length=30, choices=AgreementKind.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AgreementStatus.choices,
        default=AgreementStatus.DRAFT,
        editable=False,
    )
    link = models.CharField(
        _("relation to an earlier agreement"),
        max_length=10,
        choices=AgreementLink.choices,
        default=AgreementLink.ORIGINAL,
    )
    previous = models.ForeignKey(
        "self",
        verbose_name=_("amends or renews"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="successors",
        help_text=_("For an amendment or a renewal: the agreement it amends or renews."),
    )
    signing_units = models.ManyToManyField(
        "accounts.OrgUnit",
        verbose_name=_("other signing units"),
        blank=True,
        related_name="cosigned_agreements",
        help_text=_("Other units of the city that sign beside the owning unit."),
    )
    signatory = models.CharField(
        _("signatory for Hà Nội"),
        max_length=200,
        blank=True,
        help_text=_("Name and position, e.g. Chủ tịch UBND thành phố."),
    )
    partners = models.ManyToManyField(
        "partners.Partner", verbose_name=_("partner parties"), related_name="agreements"
    )
    partner_signatory = models.CharField(_("signatory for the partner"), max_length=200, blank=True)
    cooperation_fields = models.ManyToManyField(
        "partners.CooperationField",
        verbose_name=_("fields of cooperation"),
        blank=True,
        related_name="agreements",
    )
    signed_on = models.DateField(_("signing date"), null=True, blank=True)
    signed_place = models.CharField(_("place of signing"), max_length=200, blank=True)
    effective_on = models.DateField(
        _("in force from"), null=True, blank=True, help_text=_("Blank: from the signing date.")
    )
    expires_on = models.DateField(_("expiry date"), null=True, blank=True)
    indefinite = models.BooleanField(
        _("indefinite"), default=False, help_text=_("In force without an expiry date.")
    )
    renewal_terms = models.TextField(
        _("renewal terms"),
        blank=True,
        help_text=_("E.g. renewed automatically for 5 years unless a party objects in writing."),
    )
    treaty_reference = models.CharField(
        _("national database reference"),
        max_length=100,
        blank=True,
        help_text=_("Its number in the foreign ministry's database of international agreements."),
    )
    classification = models.CharField(
        _("classification"),
        max_length=20,
        choices=Classification.choices,
        default=Classification.UNCLASSIFIED,
        validators=[check_unclassified],
    )
    legal_review_body = models.CharField(
        _("legal review by"),
        max_length=200,
        blank=True,
        help_text=_("The body that gave the legal opinion, e.g. Sở Tư pháp."),
    )
    legal_review_on = models.DateField(_("legal opinion dated"), null=True, blank=True)
    legal_review_reference = models.CharField(_("legal opinion number"), max_length=100, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True, editable=False)

    search_fields = (
        "name",
        "name_en",
        "signatory",
        "partner_signatory",
        "signed_place",
        "treaty_reference",
        "description",
    )

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on", "name"]
        permissions = [
            ("approve_agreement", _("Can approve agreements for signing")),
            ("coordinate_agreement", _("Can record consultations and open review campaigns")),
        ]
        indexes = [
            models.Index(fields=["status", "expires_on"], name="agreement_status_expiry"),
            models.Index(fields=["signed_on"], name="agreement_signed_on"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(expires_on__gte=F("signed_on")),
                name="agreement_expires_after_signing",
                violation_error_message=_("An agreement cannot expire before it is signed."),
            ),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True) | Q(indefinite=False),
                name="agreement_indefinite_has_no_expiry",
                violation_error_message=_(
                    "An indefinite agreement has no expiry date: clear one of the two."
                ),
            ),
        ]

    def clean(self) -> None:
        super().clean()
        errors: dict = {}
        if self.classification and self.classification != Classification.UNCLASSIFIED:
            try:
                check_unclassified(self.classification)
            except ValidationError as exc:
                errors["classification"] = exc.messages
        if self.expires_on and self.signed_on and self.expires_on < self.signed_on:
            errors["expires_on"] = _("An agreement cannot expire before it is signed.")
        if self.effective_on and self.signed_on and self.effective_on < self.signed_on:
            errors["effective_on"] = _("An agreement cannot come into force before it is signed.")
        if self.indefinite and self.expires_on:
            errors["expires_on"] = _(
                "An indefinite agreement has no expiry date: clear one of the two."
            )
        if self.link == AgreementLink.ORIGINAL and self.previous_id:
            errors["link"] = _("Say whether this record amends or renews the earlier agreement.")
        if self.link != AgreementLink.ORIGINAL and not self.previous_id:
            errors["previous"] = _("Choose the agreement this record amends or renews.")
        if self.previous_id and self.pk and self.previous_id == self.pk:
            errors["previous"] = _("An agreement cannot amend or renew itself.")
        elif self.previous_id and self.pk and self.pk in self.previous.ancestor_ids():
            errors["previous"] = _("This would make the chain of versions go round in a circle.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def signed_statuses() -> tuple[str, ...]:
        return SIGNED_STATUSES

    # -- dates -------------------------------------------------------------------------------
    @property
    def in_force_from(self):
        return self.effective_on or self.signed_on

    @property
    def is_signed(self) -> bool:
        return self.status in SIGNED_STATUSES

    @property
    def is_in_force(self) -> bool:
        return self.status == AgreementStatus.IN_FORCE

    # -- the chain of versions ----------------------------------------------------------------
    def ancestor_ids(self) -> list[int]:
        """Ids of the agreements this one amends or renews, nearest first."""
        found: list[int] = []
        current = self.previous_id
        while current and current not in found:
            found.append(current)
            current = (
                type(self).all_objects.filter(pk=current).values_list("previous_id", flat=True)
            ).first()
        return found

    def chain(self, user) -> list[Agreement]:
        """Every version the user may see, from the original agreement down, in signing order:
        amendments and renewals of amendments and renewals included."""
        ancestors = self.ancestor_ids()
        root = ancestors[-1] if ancestors else self.pk
        ids, frontier = {root}, {root}
        while frontier:
            nxt = set(
                type(self)
                .objects.filter(previous_id__in=frontier)
                .exclude(pk__in=ids)
                .values_list("pk", flat=True)
            )
            ids |= nxt
            frontier = nxt
        rows = type(self).objects.restrict(user).filter(pk__in=ids).select_related("owner_unit")
        return sorted(rows, key=lambda a: (a.signed_on or a.created_at.date(), a.pk))

    def renewal_started(self) -> bool:
        return self.successors.filter(link=AgreementLink.RENEWAL, deleted_at__isnull=True).exists()


class AgreementLogEntry(WorkflowLogEntry):
    """A step of an agreement's processing: sent for consultation, reviewed, approved, signed…"""

    record = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="log_entries")

    class Meta(WorkflowLogEntry.Meta):
        verbose_name = _("agreement log entry")
        verbose_name_plural = _("agreement log entries")
