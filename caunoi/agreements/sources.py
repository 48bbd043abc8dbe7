"""What agreements contribute to shared screens: the partner page's timeline and "last
contact", the shared calendar (expiry dates), and the anniversaries planner (signing dates)."""

from __future__ import annotations

from django.db.models import DateField, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils.translation import gettext as _

from caunoi.agreements.choices import (
    OPEN_PLAN_STATUSES,
    SIGNED_STATUSES,
    AgreementLink,
    AgreementStatus,
)
from caunoi.core.calendar import CalendarItem, CalendarQuery


# -- partner page ---------------------------------------------------------------------------------
def timeline_entries(partner, user, limit: int | None = None, until=None) -> list:
    """Signed agreements at their signing date; others (drafts) at the day they were recorded,
    not counting as contact. The newest ``limit`` on or before ``until``, cut in SQL."""
    from caunoi.agreements.models import Agreement
    from caunoi.partners.timeline import Entry

    linked = Agreement.partners.through.objects.filter(partner=partner).values("agreement_id")
    day = Coalesce("signed_on", TruncDate("created_at"), output_field=DateField())
    rows = Agreement.objects.restrict(user).filter(pk__in=linked).annotate(day=day)
    if until is not None:
        rows = rows.filter(day__lte=until)
    rows = rows.select_related("owner_unit").order_by("-day", "-id")[:limit]
    return [
        Entry(
            a.day,
            _("Agreement"),
            f"{a} · {a.get_status_display()}",
            a.get_absolute_url(),
            a.owner_unit,
            "file-certificate",
            contact=a.status in SIGNED_STATUSES and a.signed_on is not None,
        )
        for a in rows
    ]


def last_signed_with(partner_ref=None):
    """Subquery: the latest signing of an agreement with the partner."""
    from caunoi.agreements.models import Agreement

    rows = (
        Agreement.partners.through.objects.filter(
            partner=OuterRef("pk"),
            agreement__deleted_at__isnull=True,
            agreement__status__in=SIGNED_STATUSES,
        )
        .values("partner")
        .annotate(d=Max("agreement__signed_on"))
        .values("d")[:1]
    )
    return Subquery(rows, output_field=DateField())


# -- shared calendar ------------------------------------------------------------------------------
def deadline_items(user, query: CalendarQuery) -> list[CalendarItem]:
    """Expiry dates of agreements in force, and answer deadlines of open consultations."""
    from caunoi.agreements.models import Agreement, Consultation

    rows = Agreement.objects.restrict(user).filter(
        status=AgreementStatus.IN_FORCE, expires_on__gte=query.start, expires_on__lte=query.end
    )
    if query.units:
        rows = rows.filter(owner_unit__in=query.units)
    if query.partners:
        rows = rows.filter(partners__in=query.partners)
    if query.countries:
        rows = rows.filter(partners__country__in=query.countries)
    rows = list(rows.distinct().select_related("owner_unit").prefetch_related("partners"))
    items = [
        CalendarItem(
            kind="agreement_deadline",
            kind_label=_("Agreement expires"),
            title=_("Expiry: %(name)s") % {"name": a},
            start=a.expires_on,
            url=a.get_absolute_url(),
            unit=a.owner_unit,
            icon="hourglass",
            color="red",
            uid=f"agreement-expiry-{a.pk}@caunoi",
            partner_ids=frozenset(p.pk for p in a.partners.all()),
            country_ids=frozenset(p.country_id for p in a.partners.all() if p.country_id),
            status_label=a.get_status_display(),
            description=a.renewal_terms[:500],
        )
        for a in rows
    ]
    consultations = Consultation.objects.restrict(user).filter(
        answered_on__isnull=True,
        due_on__gte=query.start,
        due_on__lte=query.end,
        agreement__status=AgreementStatus.CONSULTATION,
    )
    if query.units:
        consultations = consultations.filter(owner_unit__in=query.units)
    if query.partners:
        consultations = consultations.filter(agreement__partners__in=query.partners)
    if query.countries:
        consultations = consultations.filter(agreement__partners__country__in=query.countries)
    for c in consultations.distinct().select_related("agreement", "owner_unit"):
        items.append(
            CalendarItem(
                kind="agreement_deadline",
                kind_label=_("Consultation answer due"),
                title=_("Answer due from %(body)s: %(name)s")
                % {"body": c.body, "name": c.agreement},
                start=c.due_on,
                url=c.agreement.get_absolute_url(),
                unit=c.owner_unit,
                icon="message",
                color="orange",
                uid=f"agreement-consultation-{c.pk}@caunoi",
            )
        )
    items.extend(_plan_deadlines(user, query))
    return items


def _plan_deadlines(user, query: CalendarQuery) -> list[CalendarItem]:
    """Deadlines of open implementation items of agreements in force."""
    from caunoi.agreements.models import PlanItem

    rows = PlanItem.objects.restrict(user).filter(
        status__in=OPEN_PLAN_STATUSES,
        deadline__gte=query.start,
        deadline__lte=query.end,
        agreement__status=AgreementStatus.IN_FORCE,
    )
    if query.units:
        rows = rows.filter(Q(owner_unit__in=query.units) | Q(responsible_unit__in=query.units))
    if query.partners:
        rows = rows.filter(agreement__partners__in=query.partners)
    if query.countries:
        rows = rows.filter(agreement__partners__country__in=query.countries)
    return [
        CalendarItem(
            kind="agreement_deadline",
            kind_label=_("Implementation item due"),
            title=_("Due: %(title)s (%(name)s)") % {"title": item.title, "name": item.agreement},
            start=item.deadline,
            url=item.agreement.get_absolute_url(),
            unit=item.owner_unit,
            icon="list-check",
            color="yellow",
            uid=f"agreement-planitem-{item.pk}@caunoi",
            status_label=item.get_status_display(),
        )
        for item in rows.distinct().select_related("agreement", "owner_unit")
    ]


# -- anniversaries planner ------------------------------------------------------------------------
def signing_facts(query):
    """The signing day of each original agreement (amendments and renewals are not
    commemorated: the relation began with the original)."""
    from caunoi.agreements.models import Agreement
    from caunoi.events.anniversaries import DatedFact

    rows = (
        Agreement.objects.restrict(query.user)
        .filter(
            query.date_q("signed_on"),
            status__in=SIGNED_STATUSES,
            link=AgreementLink.ORIGINAL,
        )
        .exclude(status=AgreementStatus.TERMINATED)
        .select_related("owner_unit")
    )
    if query.countries:
        rows = rows.filter(partners__country__in=query.countries)
    if query.partners:
        rows = rows.filter(partners__in=query.partners)
    if query.units:
        rows = rows.filter(Q(owner_unit__in=query.units) | Q(signing_units__in=query.units))
    agreements = list(rows.distinct())
    partner_ids, countries = _partners_and_country(agreements)
    facts = []
    for a in agreements:
        country = countries.get(a.pk)
        facts.append(
            DatedFact.dated(
                "agreement_signing",
                "agreements.agreement",
                a.pk,
                a.signed_on,
                _("the signing of “%(name)s”") % {"name": a},
                url=a.get_absolute_url(),
                unit=a.owner_unit,
                country_id=country.pk if country else None,
                country_name=str(country) if country else "",
                partner_ids=frozenset(partner_ids[a.pk]),
            )
        )
    return facts


def _partners_and_country(agreements):
    """Per agreement: its partners' ids, and the country of the first of them (by name) that
    has one, in two queries (prefetching builds a queryset per agreement: 0.5 s for 1,000)."""
    from caunoi.agreements.models import Agreement
    from caunoi.partners.models import Country

    partner_ids: dict[int, list[int]] = {a.pk: [] for a in agreements}
    first_country: dict[int, int] = {}
    links = Agreement.partners.through.objects.filter(agreement_id__in=list(partner_ids))
    rows = links.order_by("agreement_id", "partner__name", "partner_id").values_list(
        "agreement_id", "partner_id", "partner__country_id"
    )
    for agreement_id, partner_id, country_id in rows:
        partner_ids[agreement_id].append(partner_id)
        if country_id is not None:
            first_country.setdefault(agreement_id, country_id)
    found = Country.objects.in_bulk(set(first_country.values()))
    return partner_ids, {pk: found[country_id] for pk, country_id in first_country.items()}
