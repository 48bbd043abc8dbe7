"""The generic suites for sources, source documents, indicators and values: all four are
city-wide registries (ADR 0028), so other units read them and only the owning unit edits."""

from caunoi.core.testing import files
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.indicators import filters
from caunoi.indicators.models import Indicator, IndicatorValue, Source, SourceDocument
from caunoi.indicators.tests import factories as f


class SourceMixin:
    model = Source

    def make(self, personas, unit):
        return f.source(unit)

    def form_data(self, personas, unit):
        return {
            "title": "Công tác đối ngoại nhân dân của Thủ đô Hà Nội",
            "publisher": "Tạp chí Cộng sản",
            "kind": "article",
            "year": "2021",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return {**self.form_data(personas, unit), "year": 2021, "published_on": None}


class IndicatorMixin:
    model = Indicator

    def make(self, personas, unit):
        return f.indicator(unit)

    def form_data(self, personas, unit):
        return {
            "code": "exports",
            "name": "Kim ngạch xuất khẩu",
            "area": "trade",
            "measure": "money",
            "currency": "USD",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class ValueMixin:
    model = IndicatorValue

    def make(self, personas, unit):
        return f.value(unit)

    def form_data(self, personas, unit):
        return {
            "indicator": f.indicator(unit).pk,
            "period_kind": "range",
            "year": "2021",
            "month": "1",
            "end_month": "8",
            "qualifier": "over",
            "value": "841",
            "scale": "1000000",
            "source": f.source(unit).pk,
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        data = self.form_data(personas, unit)
        data.pop("scale")
        return {**data, "year": 2021, "month": 1, "end_month": 8, "value": "841000000"}


class DocumentMixin:
    model = SourceDocument

    def make(self, personas, unit):
        document = SourceDocument(
            source=f.source(unit),
            owner_unit=unit,
            file=files.upload("bai-bao.pdf", files.pdf_bytes()),
        )
        document.save()
        return document

    def form_data(self, personas, unit):
        return {
            "source": f.source(unit).pk,
            "title": "Bản PDF bài báo",
            "classification": "unclassified",
            "file": files.upload("bai-bao.pdf", files.pdf_bytes()),
        }


class TestSourceViews(SourceMixin, ViewTestCases):
    pass


class TestSourceAPI(SourceMixin, APIViewTestCases):
    basename = "indicatorsource"


class TestIndicatorViews(IndicatorMixin, ViewTestCases):
    pass


class TestIndicatorAPI(IndicatorMixin, APIViewTestCases):
    basename = "indicator"


class TestIndicatorValueViews(ValueMixin, ViewTestCases):
    pass


class TestIndicatorValueAPI(ValueMixin, APIViewTestCases):
    basename = "indicatorvalue"


class TestSourceDocumentViews(DocumentMixin, ViewTestCases):
    pass


class TestSourceFilters(FilterSetTests):
    filterset = filters.SourceFilterSet


class TestSourceDocumentFilters(FilterSetTests):
    filterset = filters.SourceDocumentFilterSet


class TestIndicatorFilters(FilterSetTests):
    filterset = filters.IndicatorFilterSet


class TestIndicatorValueFilters(FilterSetTests):
    filterset = filters.IndicatorValueFilterSet
