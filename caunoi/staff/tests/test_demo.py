"""The staff demo: every unit staffed, realistic languages, moved district staff, idempotent."""

import datetime
import io

import pytest

from caunoi.accounts import demo as accounts_demo
from caunoi.accounts.models import OrgUnit, User
from caunoi.staff import coverage
from caunoi.staff import demo as staff_demo
from caunoi.staff.models import Attendance, StaffLanguage, StaffMember, TrainingCourse, TrainingPlan

REFERENCE = datetime.date(2026, 11, 1)


def load_demo():
    """The accounts and staff demos only, in the order ``caunoi load_demo`` runs them."""
    accounts_demo.load()
    return staff_demo.load(stdout=io.StringIO())


@pytest.fixture
def demo(db):
    return load_demo()


def counts():
    return tuple(
        m.objects.count()
        for m in (StaffMember, StaffLanguage, TrainingCourse, Attendance, TrainingPlan)
    )


def test_loading_twice_changes_nothing(demo):
    before = counts()
    versions = dict(StaffMember.objects.values_list("pk", "version"))
    load_demo()
    assert counts() == before
    assert dict(StaffMember.objects.values_list("pk", "version")) == versions
    assert 8 <= before[2] <= 10


def test_every_active_unit_has_three_to_six_staff_mostly_part_time(demo):
    active = OrgUnit.objects.active(REFERENCE).exclude(kind="city_leadership")
    rows = coverage.coverage(active, REFERENCE)
    assert all(3 <= row.staff_count <= 6 for row in rows), [
        (str(r.unit), r.staff_count) for r in rows if not 3 <= r.staff_count <= 6
    ]
    total = sum(r.staff_count for r in rows)
    assert sum(r.full_time_count for r in rows) < total / 3


def test_associations_speak_their_country_language(demo):
    lao = OrgUnit.objects.get(name="Hội hữu nghị Việt Nam – Lào thành phố Hà Nội")
    japan = OrgUnit.objects.get(name="Hội hữu nghị Việt Nam – Nhật Bản thành phố Hà Nội")
    assert "lo" in coverage.coverage([lao], REFERENCE)[0].working_languages
    assert "ja" in coverage.coverage([japan], REFERENCE)[0].working_languages


def test_district_staff_moved_to_the_wards_on_the_reform_day(demo):
    district = OrgUnit.objects.get(name="Quận Hoàn Kiếm")
    ward = OrgUnit.objects.get(name="Phường Hoàn Kiếm")
    tuan = StaffMember.objects.get(full_name="Lê Minh Tuấn")
    assert tuan.owner_unit == ward
    assert tuan.user == User.objects.get(username="ward_officer")
    assert coverage.coverage([district], datetime.date(2025, 6, 30))[0].staff_count == 2
    assert coverage.coverage([district], datetime.date(2025, 7, 1))[0].staff_count == 0


def test_demo_users_are_staff_and_some_units_show_gaps(demo):
    for username in ("officer", "approver", "coordinator", "ward_officer"):
        assert StaffMember.objects.filter(user__username=username).exists(), username
    rows = coverage.coverage(OrgUnit.objects.active(REFERENCE), REFERENCE)
    codes = {gap.code for row in rows for gap in row.gaps}
    assert {"no_full_time", "no_training", "no_english"} <= codes
    assert any(not row.gaps for row in rows)
