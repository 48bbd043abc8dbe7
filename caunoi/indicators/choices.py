from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Measure(models.TextChoices):
    """What an indicator counts: money in a currency, or a number of something."""

    MONEY = "money", _("Amount of money")
    NUMBER = "number", _("Number")


class IndicatorArea(models.TextChoices):
    INVESTMENT = "investment", _("Investment")
    TRADE = "trade", _("Trade")
    TOURISM = "tourism", _("Tourism")
    FOREIGN_RELATIONS = "foreign_relations", _("Foreign relations")
    PEOPLE_TO_PEOPLE = "people_to_people", _("People-to-people diplomacy")
    AID = "aid", _("Aid")
    OTHER = "other", pgettext_lazy("indicator area", "Other")


class PeriodKind(models.TextChoices):
    YEAR = "year", _("Year")
    QUARTER = "quarter", _("Quarter")
    MONTH = "month", _("Month")
    RANGE = "range", _("Months (from … to …)")


class Qualifier(models.TextChoices):
    """How exact a figure is, as the source words it ("hơn 100", "khoảng 250")."""

    EXACT = "", _("Exactly")
    ABOUT = "about", _("About")
    OVER = "over", _("Over")
    NEARLY = "nearly", _("Nearly")


class SourceKind(models.TextChoices):
    ARTICLE = "article", _("Article")
    REPORT = "report", _("Report")
    STATISTICS = "statistics", _("Statistics")
    OFFICIAL_DOCUMENT = "official_document", _("Official document")
    OTHER = "other", pgettext_lazy("source kind", "Other")
