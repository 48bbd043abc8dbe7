"""Anniversaries: the rules as properties (hypothesis), the sources, and the planner's facts."""

import calendar
import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caunoi.events import anniversaries as a
from caunoi.events.anniversaries import DatedFact
from caunoi.partners.tests import factories as pf

PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
days = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))


def fact(on: datetime.date) -> DatedFact:
    return DatedFact.dated("diplomatic_relations", "partners.country", 1, on, "quan hệ")


@PROPERTY
@given(on=days, year=st.integers(min_value=1901, max_value=2200))
def test_an_anniversary_falls_on_the_same_day_or_28_february(on, year):
    day = a.falls_on(on.month, on.day, year)
    assert day.year == year
    if (on.month, on.day) == (2, 29) and not calendar.isleap(year):
        assert (day.month, day.day) == (2, 28)
    else:
        assert (day.month, day.day) == (on.month, on.day)


@PROPERTY
@given(years=st.integers(min_value=1, max_value=500))
def test_round_means_a_multiple_of_five_and_major_implies_round(years):
    assert a.is_round(years) == (years % 5 == 0)
    if a.is_major(years):
        assert a.is_round(years)
    assert a.is_major(years) == (years % 10 == 0 or years % 25 == 0)


@PROPERTY
@given(on=days, start=days, span=st.integers(min_value=0, max_value=800))
def test_occurrences_are_inside_the_window_round_and_after_the_origin(on, start, span):
    end = start + datetime.timedelta(days=span)
    found = list(a.occurrences(fact(on), start, end))
    for anniversary in found:
        assert start <= anniversary.day <= end
        assert anniversary.years == anniversary.day.year - on.year
        assert anniversary.years > 0 and anniversary.years % 5 == 0
    assert len({x.key for x in found}) == len(found)  # one per year: keys are unique


@PROPERTY
@given(on=days, start=days, span=st.integers(min_value=0, max_value=800))
def test_every_year_finds_one_per_year_in_the_window(on, start, span):
    end = start + datetime.timedelta(days=span)
    found = list(a.occurrences(fact(on), start, end, every_year=True))
    expected = [
        y
        for y in range(start.year, end.year + 1)
        if y > on.year and start <= a.falls_on(on.month, on.day, y) <= end
    ]
    assert [x.day.year for x in found] == expected


@PROPERTY
@given(on=days, year=st.integers(min_value=1901, max_value=2100))
def test_a_key_names_kind_record_and_year_and_parses_back(on, year):
    anniversary = a.Anniversary(fact(on), a.falls_on(on.month, on.day, year), year - on.year)
    assert a.parse_key(anniversary.key) == ("diplomatic_relations", "partners.country", 1, year)


@PROPERTY
@given(start=days, span=st.integers(min_value=0, max_value=800), on=days)
def test_the_sql_prefilter_keeps_every_date_whose_anniversary_falls_in_the_window(start, span, on):
    """What ``date_q`` filters on (month, year before the end, year modulo 5) never drops a
    date that has a round anniversary in the window."""
    end = start + datetime.timedelta(days=span)
    if not list(a.occurrences(fact(on), start, end)):
        return
    query = a.FactQuery(start, end, user=None)
    assert on.month in query.months()
    assert on.year < end.year
    assert on.year % 5 in {y % 5 for y in query.years()}


def test_a_29_february_fact_is_remembered_on_28_february_in_common_years():
    leap = fact(datetime.date(2004, 2, 29))
    found = list(
        a.occurrences(leap, datetime.date(2009, 1, 1), datetime.date(2024, 12, 31), every_year=True)
    )
    days_found = {x.day for x in found}
    assert datetime.date(2009, 2, 28) in days_found  # 5 years, a common year
    assert datetime.date(2024, 2, 29) in days_found  # 20 years, a leap year


def test_major_years():
    assert [y for y in range(1, 101) if a.is_major(y)] == [
        10,
        20,
        25,
        30,
        40,
        50,
        60,
        70,
        75,
        80,
        90,
        100,
    ]


@pytest.mark.django_db
class TestSources:
    @pytest.fixture
    def countries(self):
        made = {}
        for iso, vi, en, established in [
            ("JP", "Nhật Bản", "Japan", datetime.date(1973, 9, 21)),
            ("GB", "Vương quốc Anh", "United Kingdom", datetime.date(1973, 9, 11)),
            ("AU", "Úc", "Australia", datetime.date(1973, 2, 26)),
            ("KR", "Hàn Quốc", "Korea", datetime.date(1992, 12, 22)),
        ]:
            country = pf.country(iso, vi, en)
            country.relations_established = established
            country.save()
            made[iso] = country
        return made

    def test_japan_the_uk_and_australia_reached_50_years_of_relations_in_2023(
        self, personas, countries
    ):
        found = a.between(
            personas.officer_a,
            datetime.date(2023, 1, 1),
            datetime.date(2023, 12, 31),
            kinds=["diplomatic_relations"],
        )
        fifty = {(x.fact.country_id, x.years, x.day, x.is_major) for x in found}
        assert fifty == {
            (countries["AU"].pk, 50, datetime.date(2023, 2, 26), True),
            (countries["GB"].pk, 50, datetime.date(2023, 9, 11), True),
            (countries["JP"].pk, 50, datetime.date(2023, 9, 21), True),
        }  # Korea: 31 years, not round

    def test_national_days_recur_without_a_count_for_countries_the_city_deals_with(
        self, personas, countries
    ):
        japan = countries["JP"]
        japan.national_day_month, japan.national_day_day = 2, 23
        japan.save()
        far = pf.country("TV", "Tuvalu", "Tuvalu")
        far.national_day_month, far.national_day_day = 10, 1
        far.save()  # no relations on record and no partner: not listed
        found = a.between(
            personas.officer_a,
            datetime.date(2026, 1, 1),
            datetime.date(2026, 12, 31),
            kinds=["national_day"],
        )
        assert [(x.fact.country_id, x.day, x.years) for x in found] == [
            (japan.pk, datetime.date(2026, 2, 23), None)
        ]

    def test_relations_partners_and_associations_count_from_their_dates(self, personas):
        from caunoi.accounts.choices import UnitKind

        vientiane = pf.partner(personas.unit_a, founded_on=datetime.date(1976, 3, 5))
        pf.relation(
            personas.unit_a, vientiane, level="twinning", start_date=datetime.date(2001, 6, 10)
        )
        pf.relation(
            personas.unit_a, vientiane, level="contact", start_date=datetime.date(2001, 7, 1)
        )
        personas.unit_a_child.valid_from = datetime.date(1996, 11, 20)
        personas.unit_a_child.kind = UnitKind.FRIENDSHIP_ASSOCIATION
        personas.unit_a_child.save()
        found = a.between(
            personas.officer_a, datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)
        )
        kinds = {(x.fact.kind, x.years) for x in found}
        assert ("partner_relation", 25) in kinds
        assert ("partner_founding", 50) in kinds
        assert ("unit_founding", 30) in kinds
        assert not any(x.fact.kind == "partner_relation" and x.day.month == 7 for x in found)

    def test_find_by_key_and_a_registered_source_for_agreements(self, personas, countries):
        key = a.make_key("diplomatic_relations", "partners.country", countries["JP"].pk, 2023)
        assert a.find(key, personas.officer_a).years == 50
        assert a.find("nonsense", personas.officer_a) is None
        assert (
            a.find("diplomatic_relations:partners.country:999999:2023", personas.officer_a) is None
        )

        def agreements(query):
            yield DatedFact.dated(
                "agreement_signing",
                "agreements.agreement",
                7,
                datetime.date(2016, 5, 4),
                "thỏa thuận hợp tác Hà Nội – Viêng Chăn",
            )

        registered = a.sources.get("agreement_signing")  # the agreements app's own source
        a.register_date_source("agreement_signing", "Signing of an agreement", agreements)
        try:
            found = a.between(
                personas.officer_a, datetime.date(2026, 5, 1), datetime.date(2026, 5, 31)
            )
            assert [(x.key, x.years) for x in found if x.fact.kind == "agreement_signing"] == [
                ("agreement_signing:agreements.agreement:7:2026", 10)
            ]
        finally:
            a.sources.pop("agreement_signing")
            if registered is not None:
                a.sources["agreement_signing"] = registered
