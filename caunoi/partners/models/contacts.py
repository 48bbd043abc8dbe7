from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import PrimaryModel
from caunoi.core.models.personal import PersonalDataAccessEntry
from caunoi.partners.choices import ContactAccess, LegalBasis

PERSONAL_FIELDS = (
    "full_name",
    "title",
    "position",
    "email",
    "phone",
    "other_channels",
    "languages",
    "notes",
    "consent_source",
)


class Contact(PrimaryModel):
    """A contact (đầu mối liên hệ): a person at a partner, or an overseas Vietnamese.

    This is personal data under Law 91/2025/QH15 and Decree 356/2025/NĐ-CP: each contact states
    the purpose and legal basis of holding the data (consent is never pre-ticked and records its
    date and source), and how long it is kept. Only roles granted ``view_personal_contact`` see
    the channels, and every such view is written to :class:`ContactAccessLog`.
    """

    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    full_name = models.CharField(_("full name"), max_length=200)
    title = models.CharField(
        _("form of address"), max_length=50, blank=True, help_text=_("Mr, Ms, Dr, H.E., …")
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        help_text=_("When the person is not at a partner in the registry."),
    )
    is_overseas_vietnamese = models.BooleanField(_("overseas Vietnamese"), default=False)
    languages = models.CharField(_("languages"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    other_channels = models.CharField(
        _("other channels"), max_length=300, blank=True, help_text=_("Zalo, WeChat, LINE, address…")
    )
    notes = models.TextField(_("notes"), blank=True)
    purpose = models.CharField(_("purpose of processing"), max_length=300)
    legal_basis = models.CharField(_("legal basis"), max_length=30, choices=LegalBasis.choices)
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_source = models.CharField(
        _("consent source"),
        max_length=200,
        blank=True,
        help_text=_("How consent was obtained: signed form, email, …"),
    )
    retain_until = models.DateField(_("keep until"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    search_fields = ("full_name", "organisation", "position")
    changelog_exclude = frozenset({"email", "phone", "other_channels"})

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["full_name"]
        indexes = [models.Index(fields=["full_name"], name="contact_full_name")]  # the order
        permissions = [
            ("view_personal_contact", _("Can see contacts' personal details (logged)")),
        ]

    def __str__(self) -> str:
        return self.full_name

    def clean(self) -> None:
        super().clean()
        if self.legal_basis == LegalBasis.CONSENT and not self.consent_given_on:
            raise ValidationError(
                {
                    "consent_given_on": _(
                        "Consent is the legal basis: give the date the person consented."
                    )
                }
            )
        if self.legal_basis == LegalBasis.CONSENT and not self.consent_source:
            raise ValidationError({"consent_source": _("Say how the consent was obtained.")})
        if not self.partner_id and not self.organisation and not self.is_overseas_vietnamese:
            raise ValidationError(
                {
                    "partner": _(
                        "Choose the partner, or name the organisation the person belongs to."
                    )
                }
            )


class ContactAccessLog(PersonalDataAccessEntry):
    """Every time someone sees, exports or erases a contact's personal data (nhật ký truy cập)."""

    contact = models.ForeignKey(
        Contact, verbose_name=_("contact"), on_delete=models.CASCADE, related_name="access_log"
    )
    action = models.CharField(_("action"), max_length=10, choices=ContactAccess.choices)

    class Meta:
        verbose_name = _("contact access")
        verbose_name_plural = _("contact accesses")
        ordering = ["-time"]

    def __str__(self) -> str:
        return f"{self.time:%Y-%m-%d %H:%M} {self.user} {self.action} {self.contact_id}"
