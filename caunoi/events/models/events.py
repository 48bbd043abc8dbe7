"""Activities and events (hoạt động, sự kiện), their photos and their status log."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from caunoi.core.models import DocumentModel, PrimaryModel, WorkflowLogEntry
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.money import AmountField, CurrencyField, MoneyProperty, check_money_pair
from caunoi.core.uploads.inspect import IMAGES
from caunoi.events import timezones
from caunoi.events.choices import Channel, EventKind, EventPlace, EventStatus, Pillar


class Event(BilingualNameMixin, PrimaryModel):
    """An activity or event (hoạt động, sự kiện) that a unit organises or co-organises: a
    friendship exchange, a festival, a conference, an online meeting, a campaign…

    The owning unit is the organising unit. Start and end are the date and time on the clocks
    where the event happens, in ``time_zone`` (an event in Fukuoka keeps Fukuoka time); pages
    also show the same moment in Hà Nội. An event planned from the anniversaries planner keeps
    the anniversary's key (``anniversary_key``) so the planner shows it as planned.
    """

    name = models.CharField(pgettext_lazy("event", "title (Vietnamese)"), max_length=300)
    name_en = models.CharField(
        pgettext_lazy("event", "title (English)"), max_length=300, blank=True
    )
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices)
    pillar = models.CharField(_("area of work"), max_length=20, choices=Pillar.choices)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.PEOPLE
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=EventStatus.choices,
        default=EventStatus.PLANNED,
        editable=False,
    )
    co_organiser_units = models.ManyToManyField(
        "accounts.OrgUnit",
        verbose_name=_("co-organising units"),
        blank=True,
        related_name="co_organised_events",
    )
    co_organiser_partners = models.ManyToManyField(
        "partners.Partner",
        verbose_name=_("co-organising partners"),
        blank=True,
        related_name="co_organised_events",
    )
    partners = models.ManyToManyField(
        "partners.Partner", verbose_name=_("partners"), blank=True, related_name="events"
    )
    countries = models.ManyToManyField(
        "partners.Country", verbose_name=_("countries"), blank=True, related_name="events"
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=timezones.HANOI,
        validators=[timezones.validate_zone],
        help_text=_("The clock the times are given in, for example Asia/Tokyo for Fukuoka."),
    )
    place = models.CharField(
        _("place"), max_length=10, choices=EventPlace.choices, default=EventPlace.HANOI
    )
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    city = models.CharField(
        _("city abroad"), max_length=100, blank=True, help_text=_("For events abroad.")
    )
    online_link = models.URLField(_("online link"), max_length=500, blank=True)
    participants_total = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    participants_foreign = models.PositiveIntegerField(
        _("foreign participants"), null=True, blank=True
    )
    budget_amount = AmountField(_("budget"), null=True, blank=True)
    budget_currency = CurrencyField(_("budget currency"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    media_links = models.TextField(
        _("media links"), blank=True, help_text=_("One address per line: press articles, videos.")
    )
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("May be shown on the city's public site about its partners and activities."),
    )
    anniversary_key = models.CharField(
        _("anniversary"), max_length=120, blank=True, db_index=True, editable=False
    )
    anniversary_title = models.CharField(
        _("anniversary marked"), max_length=300, blank=True, editable=False
    )

    budget = MoneyProperty("budget_amount", "budget_currency", "start_date")
    search_fields = ("name", "name_en", "venue", "city", "description", "outcomes")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "-start_time", "name"]
        indexes = [
            models.Index(fields=["start_date", "end_date"], name="event_dates"),
            models.Index(fields=["owner_unit", "start_date"], name="event_unit_start"),
            models.Index(fields=["kind", "start_date"], name="event_kind_start"),
            # Events over several days, by their last day: with ``event_dates`` it answers
            # "every event with a day in this window" from two index ranges
            # (``sources.events_between``). Single-day events (most of them) stay out of it.
            models.Index(
                fields=["end_date", "start_date"],
                name="event_spanning",
                condition=Q(end_date__gt=F("start_date")),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(participants_foreign__isnull=True)
                | Q(participants_total__isnull=True)
                | Q(participants_foreign__lte=F("participants_total")),
                name="event_foreign_within_total",
                violation_error_message=_(
                    "There cannot be more foreign participants than participants."
                ),
            ),
        ]

    # -- time -------------------------------------------------------------------------------
    @property
    def last_day(self) -> datetime.date:
        return self.end_date or self.start_date

    @property
    def starts_at(self) -> datetime.datetime:
        """The start as a moment, in the event's own zone."""
        return timezones.aware(self.start_date, self.start_time, self.time_zone)

    @property
    def ends_at(self) -> datetime.datetime | None:
        if self.end_time is None:
            return None
        return timezones.aware(self.last_day, self.end_time, self.time_zone)

    @property
    def is_abroad_time(self) -> bool:
        """True when the event's clock differs from Hà Nội's at its start."""
        if self.start_time is None or self.time_zone == timezones.HANOI:
            return False
        start = self.starts_at
        return start.utcoffset() != timezones.in_hanoi(start).utcoffset()

    @property
    def starts_at_hanoi(self) -> datetime.datetime:
        return timezones.in_hanoi(self.starts_at)

    @property
    def ends_at_hanoi(self) -> datetime.datetime | None:
        end = self.ends_at
        return timezones.in_hanoi(end) if end else None

    @property
    def media_link_list(self) -> list[str]:
        return [line.strip() for line in self.media_links.splitlines() if line.strip()]

    # -- rules ------------------------------------------------------------------------------
    def clean(self) -> None:
        super().clean()
        errors: dict = {}
        errors.update(check_money_pair(self, "budget_amount", "budget_currency"))
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("An event cannot end before it starts.")
        elif (
            self.start_time
            and self.end_time
            and self.start_date
            and self.last_day == self.start_date
            and self.end_time < self.start_time
        ):
            errors["end_time"] = _("An event cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give the start time too, or neither time.")
        if (
            self.participants_total is not None
            and self.participants_foreign is not None
            and self.participants_foreign > self.participants_total
        ):
            errors["participants_foreign"] = _(
                "There cannot be more foreign participants than participants."
            )
        if self.place == EventPlace.ONLINE and not self.online_link:
            errors["online_link"] = _("Give the link of the online meeting.")
        bad = _bad_links(self.media_links)
        if bad:
            errors["media_links"] = _("Not a web address: %(link)s") % {"link": bad}
        if errors:
            raise ValidationError(errors)


def _bad_links(text: str) -> str:
    check = URLValidator(schemes=["http", "https"])
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            check(line)
        except ValidationError:
            return line
    return ""


class EventLogEntry(WorkflowLogEntry):
    """A step in an event's life (confirmed, held, cancelled), with who and why."""

    record = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="log_entries")

    class Meta(WorkflowLogEntry.Meta):
        verbose_name = _("event log entry")
        verbose_name_plural = _("event log entries")


class EventPhoto(DocumentModel):
    """A photo (ảnh) of an event: PNG, JPEG or WebP, checked by content, shown in the event's
    gallery and served only to users who may see the event."""

    allowed_kinds = IMAGES

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="photos"
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)

    parent_field = "event"
    search_fields = ("title", "caption")
    display_related = ("event",)

    class Meta:
        verbose_name = _("event photo")
        verbose_name_plural = _("event photos")
        ordering = ["event", "created_at"]

    def __str__(self) -> str:
        return self.caption or self.title or self.original_name
