"""The planner's own sources of dated facts: countries, partners, relations and associations.

Agreements (their signing dates) are registered by the agreements app through
:func:`caunoi.events.anniversaries.register_date_source`.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from caunoi.accounts.choices import UnitKind
from caunoi.events.anniversaries import DatedFact, FactQuery, register_date_source

# Relations worth celebrating: a contact is not a relation anyone commemorates.
CELEBRATED_RELATIONS = ("twinning", "friendship_cooperation", "network_membership")
ASSOCIATION_UNITS = (
    UnitKind.FRIENDSHIP_UNION,
    UnitKind.FRIENDSHIP_ASSOCIATION,
    UnitKind.OVERSEAS_LIAISON,
)


def _country_url(pk: int) -> str:
    return reverse("partners:country_detail", args=[pk])


def diplomatic_relations(query: FactQuery):
    """The day Viet Nam established diplomatic relations with each country."""
    from caunoi.partners.models import Country

    if query.partners or query.units:
        return []
    rows = Country.objects.filter(query.date_q("relations_established"))
    if query.countries:
        rows = rows.filter(pk__in=query.countries)
    return [
        DatedFact.dated(
            "diplomatic_relations",
            "partners.country",
            c.pk,
            c.relations_established,
            _("diplomatic relations between Viet Nam and %(country)s") % {"country": c},
            url=_country_url(c.pk),
            country_id=c.pk,
            country_name=str(c),
        )
        for c in rows.only("pk", "name", "name_en", "relations_established")
    ]


def national_days(query: FactQuery):
    """National days of the countries the city deals with: those Viet Nam has relations with
    on record, or where a partner is."""
    from caunoi.partners.models import Country, Partner

    if query.partners or query.units:
        return []
    months = query.months()
    partner_here = Partner.objects.filter(country=OuterRef("pk"))
    rows = Country.objects.filter(
        Q(relations_established__isnull=False) | Exists(partner_here),
        national_day_month__in=sorted(months),
        national_day_day__isnull=False,
    )
    if query.countries:
        rows = rows.filter(pk__in=query.countries)
    if query.object_ids:
        rows = rows.filter(pk__in=query.object_ids)
    return [
        DatedFact(
            "national_day",
            "partners.country",
            c.pk,
            c.national_day_month,
            c.national_day_day,
            None,
            _("National day of %(country)s") % {"country": c},
            url=_country_url(c.pk),
            country_id=c.pk,
            country_name=str(c),
        )
        for c in rows.only("pk", "name", "name_en", "national_day_month", "national_day_day")
    ]


def partner_relations(query: FactQuery):
    """Twinning, friendship-and-cooperation and network relations, from their start date."""
    from caunoi.partners.models import PartnerRelation

    rows = (
        PartnerRelation.objects.restrict(query.user)
        .filter(query.date_q("start_date"), level__in=CELEBRATED_RELATIONS)
        .exclude(status="ended")
        .select_related("partner__country", "owner_unit")
    )
    if query.countries:
        rows = rows.filter(partner__country__in=query.countries)
    if query.partners:
        rows = rows.filter(partner__in=query.partners)
    if query.units:
        rows = rows.filter(owner_unit__in=query.units)
    facts = []
    for r in rows:
        country = r.partner.country
        level = str(r.get_level_display())
        what = _("%(level)s between Hà Nội and %(partner)s") % {
            "level": level[:1].lower() + level[1:],
            "partner": r.partner,
        }
        facts.append(
            DatedFact.dated(
                "partner_relation",
                "partners.partnerrelation",
                r.pk,
                r.start_date,
                what,
                url=r.get_absolute_url(),
                unit=r.owner_unit,
                country_id=country.pk if country else None,
                country_name=str(country) if country else "",
                partner_ids=frozenset({r.partner_id}),
            )
        )
    return facts


def partner_foundings(query: FactQuery):
    """The founding day of partners (a foreign friendship organisation, a city, a network)."""
    from caunoi.partners.models import Partner

    if query.units:
        return []
    rows = (
        Partner.objects.restrict(query.user)
        .filter(query.date_q("founded_on"))
        .select_related("country")
    )
    if query.countries:
        rows = rows.filter(country__in=query.countries)
    if query.partners:
        rows = rows.filter(pk__in=query.partners)
    return [
        DatedFact.dated(
            "partner_founding",
            "partners.partner",
            p.pk,
            p.founded_on,
            _("the founding of %(partner)s") % {"partner": p},
            url=p.get_absolute_url(),
            country_id=p.country_id,
            country_name=str(p.country) if p.country else "",
            partner_ids=frozenset({p.pk}),
        )
        for p in rows
    ]


def unit_foundings(query: FactQuery):
    """The founding day of the city's friendship associations, their union and HALOVI (the
    unit's "valid from" date)."""
    from caunoi.accounts.models import OrgUnit

    if query.countries or query.partners:
        return []
    rows = OrgUnit.objects.filter(query.date_q("valid_from"), kind__in=ASSOCIATION_UNITS)
    if query.units:
        rows = rows.filter(pk__in=query.units)
    return [
        DatedFact.dated(
            "unit_founding",
            "accounts.orgunit",
            u.pk,
            u.valid_from,
            _("the founding of %(unit)s") % {"unit": u},
            url=u.get_absolute_url(),
            unit=u,
        )
        for u in rows
    ]


def register() -> None:
    register_date_source(
        "diplomatic_relations", gettext_lazy("Diplomatic relations"), diplomatic_relations
    )
    register_date_source("national_day", gettext_lazy("National day"), national_days)
    register_date_source(
        "partner_relation", gettext_lazy("Relation with a partner"), partner_relations
    )
    register_date_source(
        "partner_founding", gettext_lazy("Founding of a partner"), partner_foundings
    )
    register_date_source(
        "unit_founding", gettext_lazy("Founding of an association"), unit_foundings
    )
