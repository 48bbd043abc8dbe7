"""The generic suites (screens, API, filters) for agreements, plan items, reviews, campaigns
and fields of cooperation."""

import datetime

from caunoi.agreements import filters
from caunoi.agreements.models import Agreement, PlanItem, Review, ReviewCampaign
from caunoi.agreements.tests import factories as f
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases


class AgreementMixin:
    model = Agreement

    def make(self, personas, unit):
        return f.draft(unit)

    def form_data(self, personas, unit):
        return {
            "name": "Thỏa thuận hợp tác giữa Hà Nội và Viêng Chăn",
            "kind": "friendship_cooperation",
            "link": "original",
            "partners": [f.partner(unit).pk],
            "cooperation_fields": [f.field("culture").pk],
            "classification": "unclassified",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class TestAgreementViews(AgreementMixin, ViewTestCases):
    pass


class TestAgreementAPI(AgreementMixin, APIViewTestCases):
    basename = "agreement"


class PlanItemMixin:
    model = PlanItem

    def make(self, personas, unit):
        return f.plan_item(f.in_force(unit, personas.admin))

    def form_data(self, personas, unit):
        agreement = f.in_force(unit, personas.admin)
        return {
            "agreement": agreement.pk,
            "title": "Trao đổi đoàn giáo viên",
            "responsible_unit": unit.pk,
            "deadline": "30/06/2027",
            "status": "planned",
        }

    def api_data(self, personas, unit):
        return {**self.form_data(personas, unit), "deadline": "2027-06-30"}


class TestPlanItemViews(PlanItemMixin, ViewTestCases):
    pass


class TestPlanItemAPI(PlanItemMixin, APIViewTestCases):
    basename = "planitem"


class ReviewMixin:
    model = Review

    def make(self, personas, unit):
        return f.review(f.in_force(unit, personas.admin))

    def form_data(self, personas, unit):
        agreement = f.in_force(unit, personas.admin)
        return {
            "agreement": agreement.pk,
            "reviewed_on": f.today().strftime("%d/%m/%Y"),
            "effectiveness": "partly",
            "findings": "Mới triển khai một nửa kế hoạch.",
            "recommendation": "amend",
            "reviewer": "Sở Ngoại vụ",
        }

    def api_data(self, personas, unit):
        return {**self.form_data(personas, unit), "reviewed_on": f.today().isoformat()}


class TestReviewViews(ReviewMixin, ViewTestCases):
    pass


class TestReviewAPI(ReviewMixin, APIViewTestCases):
    basename = "review"


class TestReviewCampaignViews(ViewTestCases):
    model = ReviewCampaign
    screens = ("list", "detail", "changelog")

    def make(self, personas, unit):
        campaign = ReviewCampaign(
            name="Rà soát thỏa thuận 2026",
            opened_on=datetime.date(2026, 3, 1),
            due_on=datetime.date(2026, 6, 30),
            owner_unit=unit,
        )
        campaign.save()
        return campaign


class TestAgreementFilters(FilterSetTests):
    filterset = filters.AgreementFilterSet


class TestPlanItemFilters(FilterSetTests):
    filterset = filters.PlanItemFilterSet


class TestReviewFilters(FilterSetTests):
    filterset = filters.ReviewFilterSet


class TestConsultationFilters(FilterSetTests):
    filterset = filters.ConsultationFilterSet


class TestDocumentFilters(FilterSetTests):
    filterset = filters.AgreementDocumentFilterSet


class TestCampaignFilters(FilterSetTests):
    filterset = filters.ReviewCampaignFilterSet
