"""Investment on the investor's page and in "last contact"."""

from __future__ import annotations

from django.db.models import DateField, Max, OuterRef, Subquery
from django.utils.translation import gettext as _

from caunoi.core.money import format_money
from caunoi.investments.models import InvestmentProject
from caunoi.partners.timeline import Entry


def timeline(partner, user, limit: int | None = None, until=None) -> list[Entry]:
    rows = InvestmentProject.objects.restrict(user).filter(investor=partner)
    if until is not None:
        rows = rows.filter(registered_on__lte=until)
    rows = rows.select_related("owner_unit").order_by("-registered_on", "-id")[:limit]
    return [
        Entry(
            project.registered_on,
            _("Investment project"),
            f"{project.name} · {project.get_kind_display()} · {format_money(project.capital)}",
            project.get_absolute_url(),
            project.owner_unit,
            "building-skyscraper",
        )
        for project in rows
    ]


def latest_registration():
    rows = InvestmentProject.objects.filter(investor=OuterRef("pk")).values("investor")
    return Subquery(rows.annotate(d=Max("registered_on")).values("d")[:1], output_field=DateField())
