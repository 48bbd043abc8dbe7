"""Fixed vocabularies of activities, events and anniversaries."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    """What sort of activity it is (loại hoạt động)."""

    FRIENDSHIP_EXCHANGE = "friendship_exchange", _("Friendship exchange")
    CULTURAL_FESTIVAL = "cultural_festival", _("Cultural festival")
    EXHIBITION = "exhibition", _("Exhibition")
    CONFERENCE = "conference", _("Conference or forum")
    SEMINAR = "seminar", _("Seminar or workshop")
    COMMEMORATION = "commemoration", _("Commemoration")
    INVESTMENT_PROMOTION = "investment_promotion", _("Investment promotion")
    HUMANITARIAN = "humanitarian", _("Humanitarian campaign")
    FOREIGN_RESIDENTS = "foreign_residents", _("Support for foreign residents")
    HOMESTAY = "homestay", _("Student home-stay programme")
    ONLINE_MEETING = "online_meeting", _("Online meeting")
    INFORMATION = "information", _("Information or publication")
    OTHER = "other", pgettext_lazy("event kind", "Other")


class Pillar(models.TextChoices):
    """The four areas Hà Nội groups its foreign affairs in."""

    POLITICAL = "political", _("Political")
    ECONOMIC = "economic", _("Economic")
    CULTURAL = "cultural", _("Cultural")
    PEOPLE = "people_to_people", _("People-to-people")


class Channel(models.TextChoices):
    """The three pillars of Viet Nam's foreign relations (ba trụ cột): which channel acts."""

    PARTY = "party", _("Party external relations")
    STATE = "state", _("State diplomacy")
    PEOPLE = "people", _("People-to-people diplomacy")


class EventPlace(models.TextChoices):
    HANOI = "hanoi", _("In Hà Nội")
    ABROAD = "abroad", _("Abroad")
    ONLINE = "online", _("Online")


class EventStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONFIRMED = "confirmed", _("Confirmed")
    DONE = "done", _("Held")
    CANCELLED = "cancelled", _("Cancelled")
