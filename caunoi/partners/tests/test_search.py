"""Global search over the partner network: no diacritics needed, any language, acronyms."""

import unicodedata

import pytest
from django.urls import reverse

from caunoi.partners.tests import factories as f


@pytest.fixture
def network(personas):
    f.partner(
        personas.unit_b,
        name="Thủ đô Viêng Chăn",
        name_en="Vientiane Capital",
        name_native="ນະຄອນຫຼວງວຽງຈັນ",
    )
    for acronym, name in (
        ("C40", "Mạng lưới các thành phố C40"),
        ("UCCN", "Mạng lưới các thành phố sáng tạo UNESCO"),
        ("WeGO", "Tổ chức các thành phố thông minh bền vững"),
    ):
        f.partner(personas.unit_b, name=name, acronym=acronym, kind="city_network", country=None)
    f.contact(personas.unit_b, None, name="Đặng Thị Hà")
    return personas


def titles(client, query):
    response = client.get(reverse("api:search"), {"q": query})
    assert response.status_code == 200
    return [row["title"] for row in response.json()["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "vieng chan",
        "VIÊNG CHĂN",
        "Viêng Chăn",
        "vientiane",
        unicodedata.normalize("NFD", "Viêng Chăn"),
    ],
)
def test_partner_found_in_any_spelling(client, network, query):
    client.force_login(network.officer_a)
    assert "Thủ đô Viêng Chăn" in titles(client, query)


@pytest.mark.django_db
@pytest.mark.parametrize("acronym", ["C40", "uccn", "wego"])
def test_networks_found_by_acronym(client, network, acronym):
    client.force_login(network.officer_a)
    assert len(titles(client, acronym)) == 1


@pytest.mark.django_db
def test_contacts_of_other_units_are_not_found(client, network):
    client.force_login(network.officer_a)
    assert titles(client, "dang thi ha") == []
    client.force_login(network.outsider_b)
    assert titles(client, "dang thi ha") == ["Đặng Thị Hà"]


@pytest.mark.django_db
def test_search_page_groups_partners(client, network):
    client.force_login(network.officer_a)
    page = client.get(reverse("core:search"), {"q": "vieng chan"}).content.decode()
    assert "<mark>Viêng</mark> <mark>Chăn</mark>" in page or "<mark>Viêng Chăn</mark>" in page
