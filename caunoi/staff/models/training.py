"""Training courses, who attended them, and the units' yearly training plans."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import PrimaryModel, UnitFromParentModel, refuse_duplicate
from caunoi.staff.choices import AttendanceResult, CourseMode, TrainingTopic


class TrainingCourse(PrimaryModel):
    """A training course (lớp đào tạo, bồi dưỡng) on foreign-affairs work: its topic, who ran it,
    when, how and for how many hours.

    Courses are a city-wide catalogue (``shared_registry``): every unit reads them, so that a
    course run by the Department of Foreign Affairs for all units is recorded once and each unit
    lists its own staff as attendees. Only the owning unit (the one that recorded it) edits it.
    """

    title = models.CharField(_("title (Vietnamese)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    topic = models.CharField(_("topic"), max_length=30, choices=TrainingTopic.choices)
    organiser = models.CharField(
        _("organiser"),
        max_length=300,
        blank=True,
        help_text=_("Who ran the course, for example the Diplomatic Academy of Viet Nam."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    mode = models.CharField(
        _("mode"), max_length=20, choices=CourseMode.choices, default=CourseMode.IN_PERSON
    )
    hours = models.PositiveSmallIntegerField(_("hours"), null=True, blank=True)

    search_fields = ("title", "title_en", "organiser", "description")
    shared_registry = True

    class Meta:
        verbose_name = _("training course")
        verbose_name_plural = _("training courses")
        ordering = ["-start_date", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="trainingcourse_ends_after_start",
                violation_error_message=_("A course cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        if get_language() == "en" and self.title_en:
            return self.title_en
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A course cannot end before it starts.")})


class Attendance(UnitFromParentModel):
    """A staff member's attendance (tham gia khóa học) at a training course: the result and the
    certificate. It is part of the person's record: it belongs to the staff member's unit,
    which is the unit that reports its people's training, and it follows them when they move.
    """

    course = models.ForeignKey(
        TrainingCourse,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    staff_member = models.ForeignKey(
        "staff.StaffMember",
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="attendances",
    )
    result = models.CharField(
        _("result"),
        max_length=20,
        choices=AttendanceResult.choices,
        default=AttendanceResult.COMPLETED,
    )
    certificate = models.BooleanField(_("certificate issued"), default=False)
    certificate_number = models.CharField(_("certificate number"), max_length=100, blank=True)

    parent_field = "staff_member"
    search_fields = ("certificate_number",)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        ordering = ["-course__start_date", "staff_member__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "staff_member"],
                condition=Q(deleted_at__isnull=True),
                name="attendance_once_per_course",
                violation_error_message=_("This person is already listed for this course."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.staff_member} · {self.course}"

    def clean(self) -> None:
        super().clean()
        refuse_duplicate(
            self,
            ("course", "staff_member"),
            _("This person is already listed for this course."),
        )
        if self.certificate_number and not self.certificate:
            raise ValidationError(
                {"certificate_number": _("Tick “certificate issued” to give its number.")}
            )

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        person = self.staff_member.full_name if self.staff_member_id else ""
        course = self.course.title if self.course_id else ""
        return fold(f"{person} {course} {self.certificate_number}")


class TrainingPlan(PrimaryModel):
    """A unit's yearly training plan (kế hoạch đào tạo, bồi dưỡng): how many of its staff it
    means to train, by topic or course. What was done is computed, never typed
    (:func:`caunoi.staff.coverage.plan_progress`).
    """

    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )

    search_fields = ("year", "description")

    class Meta:
        verbose_name = _("training plan")
        verbose_name_plural = _("training plans")
        ordering = ["-year", "owner_unit__path"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner_unit", "year"],
                condition=Q(deleted_at__isnull=True),
                name="trainingplan_one_per_unit_and_year",
                violation_error_message=_("This unit already has a training plan for this year."),
            ),
        ]

    def __str__(self) -> str:
        unit = self.owner_unit if self.owner_unit_id else ""
        return gettext("Training plan %(year)s · %(unit)s") % {"year": self.year, "unit": unit}

    def clean(self) -> None:
        super().clean()
        refuse_duplicate(
            self,
            ("owner_unit", "year"),
            _("This unit already has a training plan for this year."),
        )


class PlanLine(UnitFromParentModel):
    """One line of a training plan (chỉ tiêu): a topic, or one course, and how many people."""

    plan = models.ForeignKey(
        TrainingPlan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="lines"
    )
    topic = models.CharField(
        _("topic"),
        max_length=30,
        choices=TrainingTopic.choices,
        blank=True,
        help_text=_("Leave empty when the line names a course: the course's topic is used."),
    )
    course = models.ForeignKey(
        TrainingCourse,
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plan_lines",
    )
    target_people = models.PositiveSmallIntegerField(
        _("target (people)"), validators=[MinValueValidator(1)]
    )

    parent_field = "plan"
    search_fields = ("topic",)

    class Meta:
        verbose_name = _("plan line")
        verbose_name_plural = _("plan lines")
        ordering = ["plan", "topic", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_people__gte=1),
                name="planline_target_positive",
                violation_error_message=_("The target must be at least one person."),
            ),
        ]

    def __str__(self) -> str:
        what = self.course if self.course_id else self.get_topic_display()
        return f"{self.plan.year if self.plan_id else ''} · {what} · {self.target_people}"

    def clean(self) -> None:
        super().clean()
        if self.course_id:
            self.topic = self.course.topic
            if self.plan_id and self.course.end_date.year != self.plan.year:
                raise ValidationError({"course": _("The course does not end in the plan's year.")})
        elif not self.topic:
            raise ValidationError({"topic": _("Choose a topic or a course.")})
