"""Public functions: who speaks a country's languages; moving a person; the language lists."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from caunoi.core.changelog import changes_for
from caunoi.core.search import search_flat
from caunoi.staff.languages import (
    COUNTRY_LANGUAGES,
    LANGUAGES,
    language_choices,
    language_name,
    languages_for_country,
)
from caunoi.staff.services import language_cover, move_staff_member
from caunoi.staff.tests.factories import (
    StaffLanguageFactory,
    StaffMemberFactory,
    TrainingCourseFactory,
)

D = datetime.date


@pytest.mark.django_db
class TestLanguageCover:
    def test_suggests_working_speakers_of_the_countrys_languages_best_first(self, personas):
        unit = personas.unit_a
        good = StaffLanguageFactory(
            staff_member__owner_unit=unit, staff_member__full_name="Bùi Thu Trang", level=4
        )
        best = StaffLanguageFactory(
            staff_member__owner_unit=unit, staff_member__full_name="Lý Văn Nam", level=6
        )
        for record in (good, best):
            record.language = "lo"
            record.save()
        StaffLanguageFactory(staff_member__owner_unit=unit, language="lo", level=3)  # B1: no
        StaffLanguageFactory(staff_member__owner_unit=unit, language="fr", level=6)  # French
        found = language_cover([unit.pk], languages_for_country("LA"))
        assert [p.full_name for p in found] == ["Lý Văn Nam", "Bùi Thu Trang"]
        assert [lang.language for lang in found[0].matching_languages] == ["lo"]

    def test_only_the_given_units_and_people_active_on_the_day(self, personas):
        StaffLanguageFactory(staff_member__owner_unit=personas.unit_b, language="ja")
        StaffLanguageFactory(
            staff_member__owner_unit=personas.unit_a,
            staff_member__active_until=D(2025, 12, 31),
            language="ja",
        )
        assert language_cover([personas.unit_a.pk], ["ja"], on=D(2026, 1, 1)) == []
        assert len(language_cover([personas.unit_a.pk], ["ja"], on=D(2025, 12, 31))) == 1
        assert len(language_cover(None, ["ja"], on=D(2025, 12, 31))) == 2

    def test_a_person_with_two_matching_languages_is_listed_once(self, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a)
        StaffLanguageFactory(staff_member=person, language="en", level=5)
        StaffLanguageFactory(staff_member=person, language="hi", level=4)
        found = language_cover([personas.unit_a.pk], languages_for_country("in"))
        assert found == [person]
        assert {lang.language for lang in found[0].matching_languages} == {"en", "hi"}

    def test_a_lower_level_can_be_asked_for(self, personas):
        StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="km", level=3)
        assert language_cover([personas.unit_a.pk], ["km"]) == []
        assert len(language_cover([personas.unit_a.pk], ["km"], min_level=3)) == 1

    def test_no_language_no_suggestion(self, personas):
        assert language_cover([personas.unit_a.pk], languages_for_country("AQ")) == []


@pytest.mark.django_db
class TestMoveStaffMember:
    def test_refuses_a_move_to_the_same_unit_or_back_in_time(self, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a, active_from=D(2020, 1, 1))
        with pytest.raises(ValidationError):
            move_staff_member(person, to_unit=personas.unit_a, on=D(2025, 1, 1))
        with pytest.raises(ValidationError):
            move_staff_member(person, to_unit=personas.unit_b, on=D(2019, 1, 1))
        moved = move_staff_member(person, to_unit=personas.unit_b, on=D(2025, 1, 1))
        with pytest.raises(ValidationError):
            move_staff_member(moved, to_unit=personas.unit_a, on=D(2024, 6, 1))

    def test_the_move_is_change_logged(self, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a)
        move_staff_member(person, to_unit=personas.unit_b, on=D(2025, 1, 1))
        change = changes_for(person).filter(action="update").get()
        assert change.prechange["owner_unit"] == personas.unit_a.pk
        assert change.postchange["owner_unit"] == personas.unit_b.pk


class TestLanguageData:
    def test_about_forty_languages_with_both_names(self):
        assert len(LANGUAGES) >= 40
        assert all(vi and en for vi, en in LANGUAGES.values())

    def test_every_country_maps_to_known_languages(self):
        assert len(COUNTRY_LANGUAGES) >= 40
        for country, codes in COUNTRY_LANGUAGES.items():
            assert codes and set(codes) <= set(LANGUAGES), country
        assert languages_for_country("LA") == ("lo",)
        assert languages_for_country("in") == ("hi", "en")
        assert languages_for_country("CU") == ("es",)
        assert {languages_for_country(c) for c in ("US", "GB", "AU", "NZ")} == {("en",)}

    def test_names_follow_the_interface_language(self):
        with translation.override("vi"):
            assert language_name("lo") == "Tiếng Lào"
            assert dict(language_choices())["ja"] == "Tiếng Nhật"
        with translation.override("en"):
            assert language_name("lo") == "Lao"
            assert str(dict(language_choices())["ja"]) == "Japanese"


@pytest.mark.django_db
class TestGlobalSearch:
    def test_staff_are_found_within_scope_and_courses_by_everyone(self, personas):
        StaffMemberFactory(owner_unit=personas.unit_a, full_name="Đặng Thu Hằng")
        TrainingCourseFactory(owner_unit=personas.unit_a, title="Lễ tân đối ngoại cơ bản")
        staff = ["staff.staffmember"]
        assert search_flat(personas.officer_a, "dang thu hang", types=staff)[0] == 1
        assert search_flat(personas.outsider_b, "dang thu hang", types=staff)[0] == 0
        courses = ["staff.trainingcourse"]
        assert search_flat(personas.outsider_b, "le tan", types=courses)[0] == 1
