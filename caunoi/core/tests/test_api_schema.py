"""The API describes itself: valid OpenAPI 3, served offline, to signed-in users."""

import pytest
import yaml
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from caunoi.core.testing.coverage import covers

covers("api:schema", "api:docs", "api:api-root")


@pytest.mark.django_db
def test_schema_is_valid_openapi_3():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/units/" in schema["paths"]


@pytest.mark.django_db
def test_schema_and_docs_are_served_to_signed_in_users(client, personas):
    assert client.get(reverse("api:schema")).status_code == 401
    client.force_login(personas.officer_a)
    served = yaml.safe_load(client.get(reverse("api:schema")).content)
    assert served["info"]["title"] == "Cầu Nối API"
    docs = client.get(reverse("api:docs")).content.decode()
    assert "swagger-ui" in docs and "cdn" not in docs.lower()
    root = client.get(reverse("api:api-root")).json()
    assert "units" in root


@pytest.mark.django_db
def test_list_search_answers_htmx_with_the_table_only(client, personas):
    client.force_login(personas.officer_a)
    response = client.get(
        reverse("accounts:orgunit_list") + "?q=so+b",
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="object-list",
    )
    body = response.content.decode()
    assert "<html" not in body and "Sở B" in body
