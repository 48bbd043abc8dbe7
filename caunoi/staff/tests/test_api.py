"""API rules beyond the generic suites: the coverage endpoint, units that stay put, children
recorded only where the caller may record."""

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.staff.choices import Employment
from caunoi.staff.models import StaffLanguage
from caunoi.staff.tests.factories import (
    StaffLanguageFactory,
    StaffMemberFactory,
    TrainingCourseFactory,
    TrainingPlanFactory,
)

covers("api:staffcoverage-list")
COVERAGE = reverse("api:staffcoverage-list")


@pytest.mark.django_db
class TestCoverageEndpoint:
    def test_anonymous_401_and_nobody_403(self, client, personas):
        assert client.get(COVERAGE).status_code == 401
        client.force_login(personas.nobody)
        assert client.get(COVERAGE).status_code == 403

    def test_rows_for_the_units_in_scope_with_figures_and_gaps(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a, employment=Employment.FULL_TIME)
        StaffLanguageFactory(staff_member=person, language="lo", level=5)
        client.force_login(personas.officer_a)
        rows = client.get(COVERAGE, {"on": "2026-01-15"}).json()
        assert [row["unit"] for row in rows] == [personas.unit_a.pk, personas.unit_a_child.pk]
        first = rows[0]
        assert (first["staff_count"], first["full_time_share"]) == (1, 1.0)
        assert first["working_languages"] == ["lo"]
        assert first["gaps"] == ["no_training", "no_english"]
        assert rows[1]["gaps"] == ["no_staff"]

    def test_a_bad_date_is_a_400(self, client, personas):
        client.force_login(personas.auditor)
        assert client.get(COVERAGE, {"on": "31/02/2026"}).status_code == 400


@pytest.mark.django_db
class TestUnitsStayPut:
    @pytest.mark.parametrize(
        ("basename", "factory", "extra"),
        [
            ("staffmember", StaffMemberFactory, {"full_name": "Ngô Thị Ngọc"}),
            ("trainingplan", TrainingPlanFactory, {"year": 2026}),
            (
                "trainingcourse",
                TrainingCourseFactory,
                {
                    "title": "Lễ tân",
                    "topic": "protocol",
                    "start_date": "2025-01-06",
                    "end_date": "2025-01-07",
                },
            ),
        ],
    )
    def test_the_owning_unit_cannot_be_changed(self, client, personas, basename, factory, extra):
        obj = factory(owner_unit=personas.unit_a)
        client.force_login(personas.officer_a)
        url = reverse(f"api:{basename}-detail", args=[obj.pk])
        response = client.patch(
            url, {"owner_unit": personas.unit_a_child.pk}, content_type="application/json"
        )
        assert response.status_code == 400
        assert "owner_unit" in response.json()


@pytest.mark.django_db
class TestChildRecordsFollowTheirParent:
    def test_the_language_takes_the_persons_unit(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a_child)
        client.force_login(personas.officer_a)
        response = client.post(
            reverse("api:stafflanguage-list"),
            {"staff_member": person.pk, "language": "ko", "level": 4},
            content_type="application/json",
        )
        assert response.status_code == 201, response.content
        assert response.json()["owner_unit"] == personas.unit_a_child.pk

    def test_coordinator_sees_every_person_but_records_only_in_their_unit(self, client, personas):
        theirs = StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.coordinator)
        assert client.get(reverse("api:staffmember-detail", args=[theirs.pk])).status_code == 200
        response = client.post(
            reverse("api:stafflanguage-list"),
            {"staff_member": theirs.pk, "language": "ko", "level": 4},
            content_type="application/json",
        )
        assert response.status_code == 400
        assert "staff_member" in response.json()
        assert not StaffLanguage.objects.exists()

    def test_a_duplicate_language_is_a_400_not_an_error(self, client, personas):
        existing = StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="ru")
        client.force_login(personas.officer_a)
        response = client.post(
            reverse("api:stafflanguage-list"),
            {"staff_member": existing.staff_member_id, "language": "ru", "level": 3},
            content_type="application/json",
        )
        assert response.status_code == 400

    def test_a_plan_line_on_a_course_takes_its_topic(self, client, personas):
        plan = TrainingPlanFactory(owner_unit=personas.unit_a, year=2025)
        course = TrainingCourseFactory(owner_unit=personas.unit_b, topic="research")
        client.force_login(personas.officer_a)
        response = client.post(
            reverse("api:planline-list"),
            {"plan": plan.pk, "course": course.pk, "target_people": 2},
            content_type="application/json",
        )
        assert response.status_code == 201, response.content
        assert response.json()["topic"] == "research"
