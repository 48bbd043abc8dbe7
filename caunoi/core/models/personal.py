"""Personal data shared pieces (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): the access log and
the record of a cross-border transfer, as abstract models each app makes concrete.

ADR 0014 set the rules for contacts; ADR 0020 generalises them for delegation members'
passports. A concrete access log adds the foreign key to the record with
``related_name="access_log"``; :func:`caunoi.core.personal_data.log_access` writes it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonalDataAction(models.TextChoices):
    VIEW = "view", _("Viewed details")
    EXPORT = "export", _("Exported personal data")
    ERASE = "erase", _("Erased")
    TRANSFER = "transfer", _("Sent abroad")


class LegalBasis(models.TextChoices):
    """Grounds for processing a person's data (Law 91/2025/QH15)."""

    CONSENT = "consent", _("Consent of the person")
    CONTRACT = "contract", _("Performance of an agreement with the person")
    LEGAL_OBLIGATION = "legal_obligation", _("Legal obligation")
    PUBLIC_TASK = "public_task", _("Official duties of a state body")
    VITAL_INTEREST = "vital_interest", _("Protection of life or health")


class PersonalDataAccessEntry(models.Model):
    """One showing, export, erasure or transfer of a person's guarded data (nhật ký truy cập).
    It holds nothing about the person beyond the link to the record."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    time = models.DateTimeField(_("time"), auto_now_add=True)
    action = models.CharField(_("action"), max_length=10, choices=PersonalDataAction.choices)
    remote_addr = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-time"]


class CrossBorderTransferEntry(models.Model):
    """A cross-border transfer of personal data (chuyển dữ liệu cá nhân ra nước ngoài): what was
    sent, about how many people, to whom abroad, why and on which legal basis, by whom, when.
    The law asks the city to be able to show every such transfer."""

    recipient = models.CharField(
        _("recipient abroad"),
        max_length=300,
        help_text=_("The foreign host or body the data is sent to."),
    )
    purpose = models.CharField(_("purpose of the transfer"), max_length=300)
    legal_basis = models.CharField(_("legal basis"), max_length=30, choices=LegalBasis.choices)
    data_categories = models.CharField(_("data sent"), max_length=300)
    persons = models.PositiveIntegerField(_("number of people"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    remote_addr = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-sent_at"]
