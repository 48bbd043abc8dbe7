"""The generic suites applied to the core test app: a business record and a lookup table."""

from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.core.tests.testapp.models import Gadget, GadgetKind
from caunoi.core.tests.testapp.views import GadgetFilterSet, GadgetKindFilterSet


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
