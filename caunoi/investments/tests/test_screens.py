"""The generic suites for investment projects and sectors."""

from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.investments import filters
from caunoi.investments.models import InvestmentProject, InvestmentSector
from caunoi.investments.tests import factories as f


class ProjectMixin:
    model = InvestmentProject

    def make(self, personas, unit):
        return f.project(unit)

    def form_data(self, personas, unit):
        return {
            "name": "Nhà máy linh kiện điện tử",
            "investor": f.investor(unit).pk,
            "kind": "capital_increase",
            "capital_amount": "35.000.000",
            "capital_currency": "USD",
            "registered_on": "02/08/2019",
            "status": "registered",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        data = self.form_data(personas, unit)
        return {**data, "capital_amount": "35000000", "registered_on": "2019-08-02"}


class TestInvestmentProjectViews(ProjectMixin, ViewTestCases):
    pass


class TestInvestmentProjectAPI(ProjectMixin, APIViewTestCases):
    basename = "investmentproject"


class SectorMixin:
    model = InvestmentSector
    scoped = False
    editor = "admin"
    read_only_viewer = "officer_a"

    def make(self, personas, unit):
        sector = InvestmentSector(slug=f"s{next(f.SERIAL)}", name="Ngành thử", name_en="Test")
        sector.save()
        return sector

    def form_data(self, personas, unit):
        return {"name": "Kinh tế số", "name_en": "Digital economy", "slug": "kinh-te-so"}


class TestInvestmentSectorViews(SectorMixin, ViewTestCases):
    pass


class TestInvestmentProjectFilters(FilterSetTests):
    filterset = filters.InvestmentProjectFilterSet


class TestInvestmentSectorFilters(FilterSetTests):
    filterset = filters.InvestmentSectorFilterSet
