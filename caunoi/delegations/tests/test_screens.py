"""The generic suites (screens, API, filters) for delegations and their parts."""

from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.delegations import filters
from caunoi.delegations.models import (
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)
from caunoi.delegations.tests import factories as f
from caunoi.partners.tests import factories as pf


class DelegationMixin:
    model = Delegation

    def make(self, personas, unit):
        return f.delegation(unit)

    def form_data(self, personas, unit):
        return {
            "direction": "outbound",
            "name": "Đoàn công tác tại Thủ đô Viêng Chăn",
            "level": "unit",
            "owner_unit": unit.pk,
            "countries": [pf.country("LA").pk],
            "start_date": "10/03/2027",
            "end_date": "14/03/2027",
            "mode": "in_person",
            "purpose": "Trao đổi kinh nghiệm",
            "funding": "state_budget",
        }

    def api_data(self, personas, unit):
        data = self.form_data(personas, unit)
        return {**data, "start_date": "2027-03-10", "end_date": "2027-03-14"}


class ChildMixin:
    def parent(self, unit):
        return f.delegation(unit)


class MemberMixin(ChildMixin):
    model = DelegationMember

    def make(self, personas, unit):
        return f.member(self.parent(unit))

    def form_data(self, personas, unit):
        return {
            "delegation": self.parent(unit).pk,
            "full_name": "Lê Văn Cường",
            "role": "member",
            "rank": "3",
            "languages": ["lo"],
        }

    def api_data(self, personas, unit):
        return {**self.form_data(personas, unit), "rank": 3}


class ProgrammeMixin(ChildMixin):
    model = ProgrammeItem

    def make(self, personas, unit):
        return f.programme(self.parent(unit))

    def form_data(self, personas, unit):
        return {
            "delegation": self.parent(unit).pk,
            "date": "11/03/2027",
            "start_time": "09:00",
            "activity": "Thăm Trường Đại học Quốc gia Lào",
            "place": "Viêng Chăn",
        }

    def api_data(self, personas, unit):
        return {**self.form_data(personas, unit), "date": "2027-03-11"}


class OutcomeMixin(ChildMixin):
    model = DelegationOutcome

    def make(self, personas, unit):
        return f.outcome(self.parent(unit))

    def form_data(self, personas, unit):
        return {
            "delegation": self.parent(unit).pk,
            "kind": "commitment",
            "summary": "Phía bạn cam kết cử đoàn sang Hà Nội",
        }

    api_data = form_data


class TaskMixin(ChildMixin):
    model = FollowUpTask

    def make(self, personas, unit):
        return f.task(self.parent(unit))

    def form_data(self, personas, unit):
        return {
            "delegation": self.parent(unit).pk,
            "task": "Chuẩn bị đón đoàn đáp lễ",
            "deadline": "30/06/2027",
            "status": "open",
        }

    def api_data(self, personas, unit):
        return {**self.form_data(personas, unit), "deadline": "2027-06-30"}


class TestDelegationViews(DelegationMixin, ViewTestCases):
    pass


class TestDelegationAPI(DelegationMixin, APIViewTestCases):
    basename = "delegation"


class TestMemberViews(MemberMixin, ViewTestCases):
    pass


class TestMemberAPI(MemberMixin, APIViewTestCases):
    basename = "delegationmember"


class TestProgrammeViews(ProgrammeMixin, ViewTestCases):
    pass


class TestProgrammeAPI(ProgrammeMixin, APIViewTestCases):
    basename = "programmeitem"


class TestOutcomeViews(OutcomeMixin, ViewTestCases):
    pass


class TestOutcomeAPI(OutcomeMixin, APIViewTestCases):
    basename = "delegationoutcome"


class TestTaskViews(TaskMixin, ViewTestCases):
    pass


class TestTaskAPI(TaskMixin, APIViewTestCases):
    basename = "followuptask"


class TestDelegationFilters(FilterSetTests):
    filterset = filters.DelegationFilterSet


class TestMemberFilters(FilterSetTests):
    filterset = filters.DelegationMemberFilterSet


class TestProgrammeFilters(FilterSetTests):
    filterset = filters.ProgrammeItemFilterSet


class TestOutcomeFilters(FilterSetTests):
    filterset = filters.DelegationOutcomeFilterSet


class TestTaskFilters(FilterSetTests):
    filterset = filters.FollowUpTaskFilterSet
