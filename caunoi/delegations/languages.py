"""Languages of a delegation (issue 8, item 5): when it goes to or receives a country, does any
member speak one of the country's languages, or is an interpreter listed? If not, which staff
of the city (those the user may see) do?

For a visit received, the listed outside people are the visitors: only the city's own staff
among the members (and interpreters) count. Delegations that are over or called off are not
checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from caunoi.delegations.choices import MemberRole, Status

SUGGESTIONS = 5
BEFORE_OR_DURING = (
    Status.DRAFT,
    Status.SUBMITTED,
    Status.RETURNED,
    Status.APPROVED,
    Status.TRAVELLING,
    Status.PROPOSED,
    Status.CONFIRMED,
    Status.UNDER_WAY,
)


@dataclass
class LanguageGap:
    country: object  # partners.Country
    languages: tuple[str, ...]  # ISO 639-1 codes
    names: str  # the languages, named in the reader's language
    suggestions: list = field(default_factory=list)  # staff.StaffMember, best speakers first


def spoken_by_members(members) -> set[str]:
    """Codes of the working languages of the members: their own list and, for the city's
    staff, the languages recorded on their staff record at working level."""
    from caunoi.staff.choices import WORKING_LEVEL
    from caunoi.staff.models import StaffLanguage

    codes: set[str] = set()
    staff_ids = []
    for member in members:
        codes |= member.language_codes
        if member.staff_member_id:
            staff_ids.append(member.staff_member_id)
    if staff_ids:
        codes |= set(
            StaffLanguage.objects.filter(
                staff_member_id__in=staff_ids, level__gte=WORKING_LEVEL
            ).values_list("language", flat=True)
        )
    return codes


def countries_of(delegation) -> list:
    """The foreign countries the delegation goes to or comes from (its own and its partners')."""
    from caunoi.partners.models import Country

    ids = set(delegation.countries.values_list("pk", flat=True))
    ids |= set(delegation.partners.exclude(country=None).values_list("country_id", flat=True))
    return list(Country.objects.filter(pk__in=ids).exclude(iso="VN").order_by("name"))


def language_gaps(delegation, user) -> list[LanguageGap]:
    from caunoi.core.scope import ALL_UNITS, unit_scope
    from caunoi.staff.languages import language_name, languages_for_country
    from caunoi.staff.services import language_cover

    if delegation.status not in BEFORE_OR_DURING:
        return []  # over or called off: nothing to arrange any more
    members = list(delegation.members.all())
    if any(m.role == MemberRole.INTERPRETER for m in members):
        return []
    if delegation.is_inbound:
        # The visitors speak their own language; what counts is who of ours receives them.
        members = [m for m in members if m.staff_member_id]
    spoken = spoken_by_members(members)
    scope = unit_scope(user, "staff.view_staffmember")
    units = None if scope is ALL_UNITS else list(scope)
    gaps = []
    for country in countries_of(delegation):
        wanted = languages_for_country(country.iso)
        if not wanted or spoken & set(wanted):
            continue
        suggestions = language_cover(units, wanted) if units is None or units else []
        gaps.append(
            LanguageGap(
                country=country,
                languages=tuple(wanted),
                names=", ".join(language_name(code) for code in wanted),
                suggestions=suggestions[:SUGGESTIONS],
            )
        )
    return gaps
