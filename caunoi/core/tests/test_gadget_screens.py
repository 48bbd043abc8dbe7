"""The generic suites applied to the core test app: a business record and a lookup table."""

from caunoi.core.testing import files
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.core.tests.testapp.models import Gadget, GadgetFile, GadgetKind, GadgetRequest
from caunoi.core.tests.testapp.views import (
    GadgetFilterSet,
    GadgetKindFilterSet,
    GadgetRequestFilterSet,
)


class GadgetMixin:
    model = Gadget

    def make(self, personas, unit):
        gadget = Gadget(name=f"Gadget {unit.name}", owner_unit=unit)
        gadget.save()
        return gadget

    def form_data(self, personas, unit):
        return {"name": "Máy đo Đà Nẵng", "owner_unit": unit.pk, "starts_on": "23/11/2026"}

    def api_data(self, personas, unit):
        return {"name": "Máy đo", "owner_unit": unit.pk, "starts_on": "2026-11-23"}


class TestGadgetViews(GadgetMixin, ViewTestCases):
    pass


class TestGadgetAPI(GadgetMixin, APIViewTestCases):
    basename = "gadget"


class KindMixin:
    model = GadgetKind
    scoped = False
    editor = "admin"
    read_only_viewer = "officer_a"

    def make(self, personas, unit):
        count = GadgetKind.objects.count()
        kind = GadgetKind(name=f"Loại {count}", name_en=f"Kind {count}", slug=f"kind-{count}")
        kind.save()
        return kind

    def form_data(self, personas, unit):
        return {"name": "Loại mới", "name_en": "New kind", "slug": "new-kind"}

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class TestGadgetKindViews(KindMixin, ViewTestCases):
    pass


class TestGadgetKindAPI(KindMixin, APIViewTestCases):
    basename = "gadgetkind"


class TestGadgetFilters(FilterSetTests):
    filterset = GadgetFilterSet


class TestGadgetKindFilters(FilterSetTests):
    filterset = GadgetKindFilterSet


class RequestMixin:
    model = GadgetRequest

    def make(self, personas, unit):
        request = GadgetRequest(title=f"Request {unit.name}", owner_unit=unit)
        request.save()
        return request

    def form_data(self, personas, unit):
        return {
            "title": "Đề xuất mua sắm",
            "owner_unit": unit.pk,
            "budget_amount": "1.250.000",
            "budget_currency": "VND",
            "starts_on": "23/11/2026",
        }

    def api_data(self, personas, unit):
        return {"title": "Đề xuất", "owner_unit": unit.pk, "starts_on": "2026-11-23"}


class TestGadgetRequestViews(RequestMixin, ViewTestCases):
    pass


class TestGadgetRequestAPI(RequestMixin, APIViewTestCases):
    basename = "gadgetrequest"


class TestGadgetRequestFilters(FilterSetTests):
    filterset = GadgetRequestFilterSet


class TestGadgetFileViews(ViewTestCases):
    model = GadgetFile

    def make(self, personas, unit):
        gadget = Gadget.objects.create(name=f"Gadget {unit.name}", owner_unit=unit)
        document = GadgetFile(gadget=gadget, file=files.upload("scan.pdf", files.pdf_bytes()))
        document.inherit_owner_unit()
        document.save()
        return document

    def form_data(self, personas, unit):
        gadget = Gadget.objects.create(name="Tài liệu", owner_unit=unit)
        return {
            "gadget": gadget.pk,
            "title": "Bản ký",
            "classification": "unclassified",
            "file": files.upload("ban-ky.pdf", files.pdf_bytes()),
        }
