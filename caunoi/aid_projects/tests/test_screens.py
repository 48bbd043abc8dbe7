"""The generic suites (screens, API, filters) for aid projects, disbursements and goods."""

from caunoi.aid_projects import filters
from caunoi.aid_projects.models import AidProject, AidSector, Disbursement, InKindItem
from caunoi.aid_projects.tests import factories as f
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases


class ProjectMixin:
    model = AidProject

    def make(self, personas, unit):
        return f.project(unit)

    def form_data(self, personas, unit):
        return {
            "name": "Nước sạch cho trường học",
            "direction": "received",
            "modality": "project",
            "donors": [f.ngo(unit).pk],
            "sectors": [f.sector("education").pk],
            "start_date": "01/02/2026",
            "commitment_amount": "150.000",
            "commitment_currency": "USD",
            "commitment_date": "15/01/2026",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return {
            "name": "Nước sạch cho trường học",
            "direction": "received",
            "modality": "project",
            "donors": [f.ngo(unit).pk],
            "sectors": [f.sector("education").pk],
            "start_date": "2026-02-01",
            "commitment_amount": "150000",
            "commitment_currency": "USD",
            "commitment_date": "2026-01-15",
            "owner_unit": unit.pk,
        }


class DisbursementMixin:
    model = Disbursement

    def make(self, personas, unit):
        return f.disbursement(f.approved(unit, personas.admin), amount="1000")

    def form_data(self, personas, unit):
        project = f.approved(unit, personas.admin)
        return {
            "project": project.pk,
            "date": "10/03/2026",
            "amount": "40.000",
            "currency": "EUR",
            "reference": "UNC-01",
        }

    def api_data(self, personas, unit):
        data = self.form_data(personas, unit)
        return {**data, "date": "2026-03-10", "amount": "40000"}


class GoodsMixin:
    model = InKindItem

    def make(self, personas, unit):
        return f.goods(f.approved(unit, personas.admin))

    def form_data(self, personas, unit):
        project = f.approved(unit, personas.admin)
        return {
            "project": project.pk,
            "item": "Gạo",
            "quantity": "2.000",
            "unit": "tấn",
            "date": "01/06/2021",
        }

    def api_data(self, personas, unit):
        data = self.form_data(personas, unit)
        return {**data, "date": "2021-06-01", "quantity": "2000"}


class TestAidProjectViews(ProjectMixin, ViewTestCases):
    pass


class TestAidProjectAPI(ProjectMixin, APIViewTestCases):
    basename = "aidproject"


class TestDisbursementViews(DisbursementMixin, ViewTestCases):
    pass


class TestDisbursementAPI(DisbursementMixin, APIViewTestCases):
    basename = "disbursement"


class TestInKindItemViews(GoodsMixin, ViewTestCases):
    pass


class TestInKindItemAPI(GoodsMixin, APIViewTestCases):
    basename = "inkinditem"


class SectorMixin:
    model = AidSector
    scoped = False
    editor = "admin"
    read_only_viewer = "officer_a"

    def make(self, personas, unit):
        sector = AidSector(slug=f"s{next(f.SERIAL)}", name="Lĩnh vực thử", name_en="Test")
        sector.save()
        return sector

    def form_data(self, personas, unit):
        return {"name": "Môi trường", "name_en": "Environment", "slug": "moi-truong"}


class TestAidSectorViews(SectorMixin, ViewTestCases):
    pass


class TestAidProjectFilters(FilterSetTests):
    filterset = filters.AidProjectFilterSet


class TestDisbursementFilters(FilterSetTests):
    filterset = filters.DisbursementFilterSet


class TestInKindItemFilters(FilterSetTests):
    filterset = filters.InKindItemFilterSet


class TestAidSectorFilters(FilterSetTests):
    filterset = filters.AidSectorFilterSet
