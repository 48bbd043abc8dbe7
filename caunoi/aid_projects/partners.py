"""Aid on the partner's page and in "last contact": a project counts as dealing with each of
its donors (aid received) and recipients (aid given)."""

from __future__ import annotations

from django.db.models import DateField, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from caunoi.aid_projects.models import AidProject
from caunoi.partners.timeline import Entry

DAY = Coalesce(F("start_date"), F("decision_date"), F("commitment_date"), output_field=DateField())


def timeline(partner, user, limit: int | None = None, until=None) -> list[Entry]:
    donors = AidProject.donors.through.objects.filter(partner=partner).values("aidproject_id")
    recipients = AidProject.recipient_partners.through.objects.filter(partner=partner)
    rows = AidProject.objects.restrict(user).filter(
        Q(pk__in=donors) | Q(pk__in=recipients.values("aidproject_id"))
    )
    if until is not None:  # undated projects are dated by their creation, after the call
        rows = rows.annotate(timeline_day=DAY).filter(
            Q(timeline_day__lte=until) | Q(timeline_day__isnull=True)
        )
    rows = rows.select_related("owner_unit").order_by(DAY.desc(nulls_last=True), "-id")[:limit]
    return [
        Entry(
            project.day or project.created_at.date(),
            _("Aid received") if project.is_received else _("Aid given"),
            f"{project.name} · {project.get_status_display()}",
            project.get_absolute_url(),
            project.owner_unit,
            "gift",
        )
        for project in rows
    ]


def _latest(relation: str):
    def source():
        rows = AidProject.objects.filter(**{relation: OuterRef("pk")}).values(relation)
        return Subquery(rows.annotate(d=Max(DAY)).values("d")[:1], output_field=DateField())

    source.__name__ = f"aid_{relation}"
    return source


as_donor = _latest("donors")
as_recipient = _latest("recipient_partners")
