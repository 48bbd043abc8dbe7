"""The partner map and its data."""

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.partners.tests import factories as f

covers("partners:partner_map", "partners:partner_map_data")


@pytest.mark.django_db
def test_map_data_has_points_and_country_levels(client, personas):
    vientiane = f.partner(personas.unit_a, latitude="17.97570", longitude="102.63310")
    f.relation(personas.unit_a, vientiane, level="twinning")
    f.partner(personas.unit_a, name="Mạng lưới C40", kind="city_network", country=None)
    client.force_login(personas.outsider_b)  # the registry is city-wide
    data = client.get(reverse("partners:partner_map_data")).json()
    assert data["points"][0]["url"] == vientiane.get_absolute_url()
    assert data["points"][0]["value"] == [102.6331, 17.9757]
    assert data["countries"] == [{"iso": "LA", "label": "Lào", "partners": 1, "rank": 4}]
    only_networks = client.get(reverse("partners:partner_map_data") + "?kind=city_network")
    assert only_networks.json()["points"] == []


@pytest.mark.django_db
def test_map_page_needs_a_role(client, personas):
    assert client.get(reverse("partners:partner_map")).status_code == 302
    client.force_login(personas.nobody)
    assert client.get(reverse("partners:partner_map")).status_code == 403
    assert client.get(reverse("partners:partner_map_data")).status_code == 403
    client.force_login(personas.officer_a)
    page = client.get(reverse("partners:partner_map")).content.decode()
    assert 'data-testid="partner-map"' in page and "world.geo.json" in page
