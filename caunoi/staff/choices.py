"""Fixed vocabularies of the staff and training records."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Employment(models.TextChoices):
    """How much of a person's job is foreign affairs."""

    FULL_TIME = "full_time", _("Full-time (dedicated)")
    PART_TIME = "part_time", _("Part-time (concurrent)")


class LanguageFramework(models.TextChoices):
    """The scale a language level is stated in.

    The Vietnamese six-level framework (Khung năng lực ngoại ngữ 6 bậc, Circular
    01/2014/TT-BGDĐT) is aligned with the CEFR: bậc 1 = A1 … bậc 6 = C2.
    """

    CEFR = "cefr", _("CEFR (A1–C2)")
    VN6 = "vn6", _("Vietnamese six-level framework (bậc 1–6)")


class LanguageLevel(models.IntegerChoices):
    """A level on both aligned scales; the framework only decides how it is shown."""

    A1 = 1, _("A1 / level 1")
    A2 = 2, _("A2 / level 2")
    B1 = 3, _("B1 / level 3")
    B2 = 4, _("B2 / level 4")
    C1 = 5, _("C1 / level 5")
    C2 = 6, _("C2 / level 6")


CEFR_NAMES = {1: "A1", 2: "A2", 3: "B1", 4: "B2", 5: "C1", 6: "C2"}

# From this level on (B2 / bậc 4), a language counts as one the unit can work in.
WORKING_LEVEL = LanguageLevel.B2


class TrainingTopic(models.TextChoices):
    FOREIGN_AFFAIRS_SKILLS = "foreign_affairs_skills", _("Foreign-affairs knowledge and skills")
    PROTOCOL = "protocol", _("Diplomatic protocol")
    COMMUNICATION = "communication", _("Communication")
    LANGUAGES = "languages", _("Foreign languages")
    RESEARCH = "research", _("Research and forecasting")
    INFORMATION = "information", _("Foreign information work")
    OTHER = "other", _("Other")


class CourseMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class AttendanceResult(models.TextChoices):
    COMPLETED = "completed", _("Completed")
    NOT_COMPLETED = "not_completed", _("Not completed")
    IN_PROGRESS = "in_progress", _("In progress")
