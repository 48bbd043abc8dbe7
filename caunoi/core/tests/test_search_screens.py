"""The search page (/search/) and the search API (/api/v1/search/)."""

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.core.tests.testapp.models import Gadget, GadgetKind

covers("core:search", "api:search")

SEARCH = reverse("core:search")
API = reverse("api:search")


@pytest.fixture
def records(personas):
    for name in ("Hà Nội", "Viêng Chăn", "<b>Hà</b> Giang"):
        Gadget(name=name, owner_unit=personas.unit_a, description="Hội hữu nghị").save()
    Gadget(name="Hà Nam", owner_unit=personas.unit_b).save()
    GadgetKind(name="Thủ đô Hà Nội", name_en="Capital Hanoi", slug="capital").save()


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_sign_in(client):
    response = client.get(SEARCH + "?q=ha")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get(API + "?q=ha").status_code == 401


@pytest.mark.django_db
def test_every_page_has_the_global_search_box(client, personas):
    client.force_login(personas.nobody)
    body = client.get(reverse("core:home")).content.decode()
    assert 'data-testid="global-search"' in body and f'action="{SEARCH}"' in body


@pytest.mark.django_db
def test_without_a_query_the_page_explains_how_to_search(client, personas):
    client.force_login(personas.officer_a)
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert 'data-testid="search-empty"' in response.content.decode()


@pytest.mark.django_db
def test_a_query_without_hits_says_so(client, personas, records):
    client.force_login(personas.officer_a)
    body = client.get(SEARCH + "?q=zzz+<i>").content.decode()
    assert 'data-testid="search-no-results"' in body
    assert "zzz &lt;i&gt;" in body and "<i>" not in body


@pytest.mark.django_db
def test_results_are_grouped_highlighted_and_link_to_the_lists(client, personas, records):
    client.force_login(personas.officer_a)
    body = client.get(SEARCH + "?q=HA").content.decode()
    assert body.count('data-testid="search-group"') == 2
    assert "<mark>Hà</mark> Nội" in body
    assert "&lt;b&gt;<mark>Hà</mark>&lt;/b&gt; Giang" in body  # a name is text, never markup
    assert "Hà Nam" not in body  # unit_b's
    assert 'href="/testapp/gadgets/?q=HA"' in body
    assert 'href="/testapp/gadget-kinds/?q=HA"' in body


@pytest.mark.django_db
def test_htmx_gets_the_results_only(client, personas, records):
    client.force_login(personas.officer_a)
    response = client.get(
        SEARCH + "?q=vieng", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="search-results"
    )
    body = response.content.decode()
    assert "<html" not in body and "<mark>Viêng</mark> Chăn" in body


@pytest.mark.django_db
def test_the_page_makes_the_same_few_queries_however_many_hits(
    client, personas, records, django_assert_max_num_queries
):
    client.force_login(personas.officer_a)
    client.get(SEARCH + "?q=hoi")
    for i in range(20):
        Gadget(name=f"Hội {i}", owner_unit=personas.unit_a).save()
    with django_assert_max_num_queries(12):
        assert client.get(SEARCH + "?q=hoi").status_code == 200


@pytest.mark.django_db
def test_api_returns_scoped_ranked_hits_with_highlights(client, personas, records):
    client.force_login(personas.officer_a)
    data = client.get(API, {"q": "ha noi"}).json()
    assert data["query"] == "ha noi" and data["count"] == 2
    first = data["results"][0]
    assert set(first) == {
        "type",
        "type_label",
        "id",
        "title",
        "subtitle",
        "url",
        "score",
        "highlights",
    }
    assert first["type"] == "testapp.gadget" and first["title"] == "Hà Nội"
    assert first["url"] == f"/testapp/gadgets/{first['id']}/"
    assert first["highlights"]["title"] == "<mark>Hà</mark> <mark>Nội</mark>"
    assert {r["title"] for r in client.get(API, {"q": "ha nam"}).json()["results"]} == set()


@pytest.mark.django_db
def test_api_pages_and_filters_by_type(client, personas, records):
    client.force_login(personas.officer_a)
    page = client.get(API, {"q": "ha", "limit": 2}).json()
    assert page["count"] == 3 and len(page["results"]) == 2 and page["previous"] is None
    assert "offset=2" in page["next"]
    rest = client.get(page["next"]).json()
    assert len(rest["results"]) == 1 and rest["next"] is None and rest["previous"]
    kinds = client.get(API, {"q": "ha", "type": "testapp.gadgetkind"}).json()
    assert [r["type"] for r in kinds["results"]] == ["testapp.gadgetkind"]
    assert client.get(API, {"q": "", "limit": "x"}).json()["count"] == 0


@pytest.mark.django_db
def test_api_with_a_token_and_without_permissions(client, personas, records):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=personas.outsider_b)
    data = client.get(API, {"q": "ha"}, HTTP_AUTHORIZATION=f"Token {token.key}").json()
    assert {r["title"] for r in data["results"]} == {"Hà Nam", "Thủ đô Hà Nội"}
    client.force_login(personas.nobody)
    assert client.get(API, {"q": "ha"}).json()["count"] == 0
