"""Staff members, their earlier postings and their foreign languages."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import (
    ChangeLoggedModel,
    PrimaryModel,
    UnitFromParentModel,
    refuse_duplicate,
)
from caunoi.staff.choices import CEFR_NAMES, Employment, LanguageFramework, LanguageLevel
from caunoi.staff.languages import language_choices, language_name
from caunoi.staff.querysets import StaffMemberManager


class StaffMember(PrimaryModel):
    """A staff member (cán bộ làm công tác đối ngoại): a person who does foreign-affairs work in a
    unit, full-time (chuyên trách) or alongside another job (kiêm nhiệm).

    The owning unit is the unit the person works in now. Moving to another unit goes through
    :func:`caunoi.staff.services.move_staff_member`, which closes the earlier posting as a
    :class:`StaffAssignment` row and sets ``unit_since``. The person stays one record, so their
    languages and training follow them. On any date, the person belongs to the unit of the
    earlier posting covering that date, or else to ``owner_unit`` from ``unit_since`` on
    (see :func:`caunoi.staff.querysets.unit_on`). The change log also records the move, but its
    time is when it was typed, not when it took effect, so coverage does not read it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff_records",
        help_text=_("The person's account in this system, if they have one."),
    )
    full_name = models.CharField(_("full name"), max_length=150)
    position = models.CharField(_("position"), max_length=200, blank=True)
    employment = models.CharField(
        _("foreign-affairs work"),
        max_length=20,
        choices=Employment.choices,
        default=Employment.PART_TIME,
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_until = models.DateField(_("active until"), null=True, blank=True)
    unit_since = models.DateField(
        _("in this unit since"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Set when the person moves here from another unit."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)

    search_fields = ("full_name", "position", "email", "phone")

    objects = StaffMemberManager()

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["full_name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(active_until__isnull=True)
                | Q(active_from__isnull=True)
                | Q(active_until__gte=F("active_from")),
                name="staffmember_active_period",
                violation_error_message=_("A person cannot stop before they start."),
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(user__isnull=False, deleted_at__isnull=True),
                name="staffmember_one_per_user",
                violation_error_message=_("This user account is already linked to a staff member."),
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    def clean(self) -> None:
        super().clean()
        if self.active_from and self.active_until and self.active_until < self.active_from:
            raise ValidationError({"active_until": _("A person cannot stop before they start.")})
        refuse_duplicate(
            self, ("user",), _("This user account is already linked to a staff member.")
        )


class StaffAssignment(ChangeLoggedModel):
    """An earlier posting (quá trình công tác) of a staff member: the unit they worked in before
    moving to their current one, and when. Written only by
    :func:`caunoi.staff.services.move_staff_member`; read by coverage on past dates.
    """

    staff_member = models.ForeignKey(
        StaffMember,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="earlier_postings",
    )
    unit = models.ForeignKey(
        "accounts.OrgUnit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("until"))

    scope_field = "staff_member__owner_unit"

    class Meta:
        verbose_name = _("earlier posting")
        verbose_name_plural = _("earlier postings")
        ordering = ["staff_member", "-end"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__gte=F("start")),
                name="staffassignment_period",
                violation_error_message=_("A posting cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.staff_member} · {self.unit}"


class StaffLanguage(UnitFromParentModel):
    """A foreign language (ngoại ngữ) a staff member speaks, at a level of the CEFR or of the
    aligned Vietnamese six-level framework, with the certificate that shows it, if any.
    """

    staff_member = models.ForeignKey(
        StaffMember,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="languages",
    )
    language = models.CharField(_("language"), max_length=3, choices=language_choices)
    framework = models.CharField(
        _("framework"),
        max_length=10,
        choices=LanguageFramework.choices,
        default=LanguageFramework.CEFR,
    )
    level = models.PositiveSmallIntegerField(_("level"), choices=LanguageLevel.choices)
    certificate = models.CharField(
        _("certificate"),
        max_length=200,
        blank=True,
        help_text=_("Name and score, for example IELTS 6.5, JLPT N2, VSTEP bậc 4."),
    )
    certificate_date = models.DateField(_("certificate date"), null=True, blank=True)

    parent_field = "staff_member"
    search_fields = ("certificate",)

    class Meta:
        verbose_name = _("language skill")
        verbose_name_plural = _("language skills")
        ordering = ["staff_member__full_name", "-level"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff_member", "language"],
                condition=Q(deleted_at__isnull=True),
                name="stafflanguage_once_per_person",
                violation_error_message=_("This language is already recorded for this person."),
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=6),
                name="stafflanguage_level_1_to_6",
                violation_error_message=_("The level must be between 1 and 6."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.staff_member} · {self.language_name} {self.level_label}"

    def clean(self) -> None:
        super().clean()
        refuse_duplicate(
            self,
            ("staff_member", "language"),
            _("This language is already recorded for this person."),
        )

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def level_label(self) -> str:
        """``B2`` on the CEFR, ``bậc 4`` on the Vietnamese framework."""
        if self.level is None:
            return ""
        if self.framework == LanguageFramework.VN6:
            return gettext("level %(level)s") % {"level": self.level}
        return CEFR_NAMES.get(self.level, str(self.level))

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold
        from caunoi.staff.languages import LANGUAGES

        names = " ".join(LANGUAGES.get(self.language, ()))
        person = self.staff_member.full_name if self.staff_member_id else ""
        return fold(f"{person} {names} {self.certificate}")
