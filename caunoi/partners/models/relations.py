from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import PrimaryModel
from caunoi.partners.choices import RelationLevel, RelationStatus


class PartnerRelation(PrimaryModel):
    """A relation (quan hệ) between Hà Nội — through a responsible unit — and a partner:
    twinning (kết nghĩa), friendship and cooperation, network membership or contact only.

    The owning unit is the unit responsible for the relation. Relations are part of the
    city-wide registry: every unit sees them.
    """

    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="relations",
    )
    level = models.CharField(_("relation level"), max_length=30, choices=RelationLevel.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=RelationStatus.choices, default=RelationStatus.ACTIVE
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    shared_registry = True
    search_fields = ("description",)
    display_related = ("partner",)

    class Meta:
        verbose_name = _("partner relation")
        verbose_name_plural = _("partner relations")
        ordering = ["partner__name", "-start_date"]
        indexes = [models.Index(fields=["partner", "start_date"], name="relation_partner_start")]

    def __str__(self) -> str:
        return f"{self.partner} · {self.get_level_display()}"

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A relation cannot end before it begins.")})
        if self.status == RelationStatus.ENDED and not self.end_date:
            raise ValidationError({"end_date": _("Give the date the relation ended.")})
