"""Every partner-network model through the generic permission, CRUD and API suites."""

from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.partners import filters
from caunoi.partners.models import Contact, CooperationField, Country, Partner, PartnerRelation
from caunoi.partners.tests import factories as f


class CountryMixin:
    model = Country
    scoped = False
    editor = "coordinator"
    read_only_viewer = "officer_a"
    screens = ("list", "add", "detail", "edit", "changelog")

    def make(self, personas, unit):
        iso = f"X{Country.objects.count() % 10}"
        return f.country(iso, f"Nước {iso}", f"Country {iso}")

    def form_data(self, personas, unit):
        return {
            "name": "Lào",
            "name_en": "Laos",
            "slug": "la",
            "iso": "LA",
            "relations_established": "05/09/1962",
            "partnership_level": "special_relationship",
            "national_day_day": 2,
            "national_day_month": 12,
        }

    def edit_data(self, personas, obj):
        return {
            "name": obj.name,
            "name_en": obj.name_en,
            "slug": obj.slug,
            "iso": obj.iso,
            "region": "asean",
            "version": obj.version,
        }

    def api_data(self, personas, unit):
        return {"name": "Cuba", "name_en": "Cuba", "slug": "cu", "iso": "CU"}


class TestCountryViews(CountryMixin, ViewTestCases):
    pass


class TestCountryAPI(CountryMixin, APIViewTestCases):
    basename = "country"

    def test_delete_hides_the_record(self, client, personas):
        """Coordinators keep countries current but do not delete them."""
        obj = self.own(personas)
        client.force_login(personas.coordinator)
        assert client.delete(self.detail_url(obj)).status_code == 403


class FieldMixin:
    model = CooperationField
    scoped = False
    editor = "admin"
    read_only_viewer = "officer_a"

    def make(self, personas, unit):
        n = CooperationField.objects.count()
        made = CooperationField(name=f"Lĩnh vực {n}", name_en=f"Field {n}", slug=f"field-{n}")
        made.save()
        return made

    def form_data(self, personas, unit):
        return {"name": "Y tế", "name_en": "Health", "slug": "y-te"}

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class TestCooperationFieldViews(FieldMixin, ViewTestCases):
    pass


class PartnerMixin:
    model = Partner

    def make(self, personas, unit):
        return f.partner(unit, name=f"Đối tác {Partner.all_objects.count()} {unit.name}")

    def form_data(self, personas, unit):
        return {
            "kind": "foreign_locality",
            "name": "Thành phố Quảng Châu",
            "name_en": "Guangzhou",
            "country": f.country("CN", "Trung Quốc", "China").pk,
            "locality_level": "city",
            "latitude": "23.12910",
            "longitude": "113.26440",
            "status": "active",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return {
            "kind": "city_network",
            "name": "Mạng lưới C40",
            "name_en": "C40 Cities",
            "acronym": "C40",
            "status": "active",
            "owner_unit": unit.pk,
            "cooperation_fields": [],
        }


class TestPartnerViews(PartnerMixin, ViewTestCases):
    pass


class TestPartnerAPI(PartnerMixin, APIViewTestCases):
    basename = "partner"


class RelationMixin:
    model = PartnerRelation

    def make(self, personas, unit):
        return f.relation(unit, f.partner(unit, name=f"Đối tác {PartnerRelation.objects.count()}"))

    def form_data(self, personas, unit):
        return {
            "partner": f.partner(unit, name="Thủ đô La Habana").pk,
            "level": "twinning",
            "status": "active",
            "start_date": "02/12/2000",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return {
            "partner": f.partner(unit, name="Tỉnh Vân Nam").pk,
            "level": "contact",
            "status": "active",
            "owner_unit": unit.pk,
        }


class TestRelationViews(RelationMixin, ViewTestCases):
    pass


class TestRelationAPI(RelationMixin, APIViewTestCases):
    basename = "partnerrelation"


class ContactMixin:
    model = Contact

    def make(self, personas, unit):
        return f.contact(unit, name=f"Người liên hệ {Contact.objects.count()} {unit.pk}")

    def form_data(self, personas, unit):
        return {
            "full_name": "Claire Dubois",
            "organisation": "Ville de Toulouse",
            "purpose": "Liên hệ hợp tác giáo dục",
            "legal_basis": "consent",
            "consent_given_on": "15/03/2026",
            "consent_source": "Phiếu đồng ý ký tay",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return {
            "full_name": "Wang Wei",
            "organisation": "Beijing Municipality",
            "purpose": "Liên hệ công tác",
            "legal_basis": "public_task",
            "owner_unit": unit.pk,
        }


class TestContactViews(ContactMixin, ViewTestCases):
    pass


class TestContactAPI(ContactMixin, APIViewTestCases):
    basename = "contact"


class TestFilters:
    class TestCountry(FilterSetTests):
        filterset = filters.CountryFilterSet

    class TestPartner(FilterSetTests):
        filterset = filters.PartnerFilterSet

    class TestRelation(FilterSetTests):
        filterset = filters.PartnerRelationFilterSet

    class TestContact(FilterSetTests):
        filterset = filters.ContactFilterSet

    class TestField(FilterSetTests):
        filterset = filters.CooperationFieldFilterSet
