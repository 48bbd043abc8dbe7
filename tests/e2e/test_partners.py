"""An officer finds partners without typing diacritics and opens one from the map."""

import re

import pytest
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD
from caunoi.partners.tests import factories as f

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def registry(people):
    vientiane = f.partner(
        people.unit_b,
        name="Thủ đô Viêng Chăn",
        name_en="Vientiane",
        latitude="17.97570",
        longitude="102.63310",
    )
    f.relation(people.unit_b, vientiane, level="twinning")
    f.partner(
        people.unit_a,
        name="Thành phố Quảng Châu",
        name_en="Guangzhou",
        country=f.country("CN", "Trung Quốc", "China"),
    )
    return vientiane


def test_find_a_partner_by_typing_without_diacritics(page, live_server, registry, login):
    login("officer_a", PASSWORD)
    page.goto(live_server.url + "/partners/")
    page.get_by_test_id("list-search").fill("vieng chan")
    results = page.locator("#object-list")
    expect(results).to_contain_text("Thủ đô Viêng Chăn")
    expect(results).not_to_contain_text("Quảng Châu")
    expect(page).to_have_url(re.compile(r"q=vieng"))
    results.get_by_role("link", name="Thủ đô Viêng Chăn").click()
    expect(page.get_by_test_id("last-contact")).to_be_visible()


def test_open_a_partner_from_the_map(page, live_server, registry, login):
    login("officer_a", PASSWORD)
    page.goto(live_server.url + "/partners/map/")
    chart = page.get_by_test_id("partner-map")
    page.wait_for_function(
        "() => window.echarts && echarts.getInstanceByDom(document.querySelector("
        "'[data-testid=partner-map]')) && echarts.getInstanceByDom(document.querySelector("
        "'[data-testid=partner-map]')).getOption().series[1].data.length > 0"
    )
    x, y = page.evaluate(
        "() => echarts.getInstanceByDom(document.querySelector('[data-testid=partner-map]'))"
        ".convertToPixel({seriesIndex: 1}, [102.6331, 17.9757])"
    )
    box = chart.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    expect(page).to_have_url(re.compile(rf"/partners/{registry.pk}/$"))
    expect(page.locator("h1")).to_contain_text("Thủ đô Viêng Chăn")
