"""Event screens: the generic list and forms, the event page with its times, gallery,
coordination warnings and status steps, photos, and the time-zone suggestion."""

from __future__ import annotations

from django.http import JsonResponse
from django.utils import timezone
from django.views import View

from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView, ObjectListView
from caunoi.core.views.documents import DocumentDownloadView
from caunoi.core.views.mixins import ScopedModelMixin
from caunoi.events import anniversaries, coordination, filters, forms, tables, timezones, workflow
from caunoi.events.imports import EventImport
from caunoi.events.models import Event, EventPhoto
from caunoi.partners.models import Country, Partner

MANY = ("countries", "partners")


class EventListView(ObjectListView):
    def get_queryset(self):
        return super().get_queryset().prefetch_related(*MANY)


class EventDetailView(ObjectDetailView):
    template_name = "events/event_detail.html"
    detail_fields = [
        "name",
        "name_en",
        "kind",
        "pillar",
        "channel",
        "co_organiser_units",
        "co_organiser_partners",
        "partners",
        "countries",
        "place",
        "venue",
        "city",
        "online_link",
        "participants_total",
        "participants_foreign",
        "is_public",
        "description",
        "outcomes",
        "comments",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event, user = self.object, self.request.user
        photos = EventPhoto.objects.restrict(user).filter(event=event)
        context.update(
            actions=workflow.FLOW.available(event, user),
            photos=photos,
            may_add_photo=user.has_perm("events.change_event", event),
            overlaps=coordination.overlaps_of(event, user) if event.status != "cancelled" else [],
            anniversary=anniversaries.find(event.anniversary_key, user)
            if event.anniversary_key
            else None,
            log_entries=event.log_entries.all(),
        )
        return context


class EventEditView(ObjectEditView):
    """Add or edit an event; "plan an event" from an anniversary arrives with ``?anniversary=``
    and a partner's page with ``?partners=``: the form starts filled in."""

    template_name = "events/event_edit.html"

    def get_initial(self, instance) -> dict:
        initial = super().get_initial(instance)
        if instance.pk:
            return initial
        key = self.request.GET.get("anniversary", "")
        found = anniversaries.find(key, self.request.user) if key else None
        if found is not None:
            initial.update(forms.initial_from_anniversary(found))
        partner_ids = [p for p in self.request.GET.getlist("partners") if p.isdigit()]
        if partner_ids:
            initial["partners"] = partner_ids
        zone = suggested_zone(initial.get("partners") or [], initial.get("countries") or [])
        if zone != timezones.HANOI:
            initial.setdefault("time_zone", zone)
        return initial


def suggested_zone(partner_ids, country_ids) -> str:
    """The zone of the first partner abroad (nearest its coordinates), else the first country's."""
    partner = (
        Partner.objects.filter(pk__in=list(partner_ids))
        .exclude(country__iso="VN")
        .exclude(country__isnull=True)
        .select_related("country")
        .order_by("pk")
        .first()
    )
    if partner is not None:
        return timezones.suggest_zone(partner.country.iso, partner.latitude, partner.longitude)
    country = Country.objects.filter(pk__in=list(country_ids)).order_by("pk").first()
    return timezones.suggest_zone(country.iso) if country else timezones.HANOI


class SuggestZoneView(ScopedModelMixin, View):
    """``GET ?partners=1&countries=2`` → ``{"zone": "Asia/Tokyo", "now": "14:05"}`` for the form."""

    model = Event
    action = "add"

    def get(self, request, *args, **kwargs):
        def ids(name):
            return [v for v in request.GET.getlist(name) if v.isdigit()]

        zone = suggested_zone(ids("partners"), ids("countries"))
        now = timezone.now().astimezone(timezones.zoneinfo.ZoneInfo(zone))
        return JsonResponse({"zone": zone, "now": now.strftime("%H:%M")})


class EventViews(ModelViews):
    model = Event
    table_class = tables.EventTable
    filterset_class = filters.EventFilterSet
    form_class = forms.EventForm
    list_view = EventListView
    detail_view = EventDetailView
    edit_view = EventEditView
    import_spec = EventImport
    transitions = workflow.TRANSITIONS


class EventPhotoEditView(ObjectEditView):
    """A photo is added from its event's page and returns there."""

    def get_success_url(self, obj) -> str:
        return obj.event.get_absolute_url()


class EventPhotoViews(ModelViews):
    model = EventPhoto
    table_class = tables.EventPhotoTable
    filterset_class = filters.EventPhotoFilterSet
    form_class = forms.EventPhotoForm
    edit_view = EventPhotoEditView
    download_view = DocumentDownloadView
