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
        """() => {
            const el = document.querySelector('[data-testid=partner-map]');
            const chart = window.echarts && echarts.getInstanceByDom(el);
            const option = chart && chart.getOption();
            return !!(option && option.series && option.series[1]
                      && option.series[1].data.length > 0);
        }"""
    )
    x, y = page.evaluate(
        "() => echarts.getInstanceByDom(document.querySelector('[data-testid=partner-map]'))"
        ".convertToPixel({seriesIndex: 1}, [102.6331, 17.9757])"
    )
    box = chart.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    expect(page).to_have_url(re.compile(rf"/partners/{registry.pk}/$"))
    expect(page.locator("h1")).to_contain_text("Thủ đô Viêng Chăn")


def test_import_partners_fix_errors_then_find_them(
    page, live_server, people, login, tmp_path, settings
):
    from caunoi.core.testing.spreadsheets import xlsx_bytes
    from caunoi.partners.models import Partner

    settings.MEDIA_ROOT = tmp_path
    f.country("CU", "Cu Ba", "Cuba")
    login("officer_a", PASSWORD)
    page.goto(live_server.url + "/partners/")
    page.get_by_test_id("import-button").click()
    header = ["Tên", "Tên tiếng Anh", "Loại đối tác", "Quốc gia", "Đơn vị"]
    unit = people.unit_a.name
    bad = tmp_path / "doi-tac.xlsx"
    bad.write_bytes(
        xlsx_bytes(
            [header, ["Thủ đô La Habana", "Havana", "Địa phương nước ngoài", "Cu-ba-xx", unit]]
        )
    )
    page.locator("input[type=file]").set_input_files(str(bad))
    page.get_by_test_id("import-check").click()
    expect(page.get_by_test_id("import-error").first).to_contain_text("Quốc gia")
    assert not Partner.objects.exists()

    good = tmp_path / "doi-tac-sua.xlsx"
    good.write_bytes(
        xlsx_bytes([header, ["Thủ đô La Habana", "Havana", "Địa phương nước ngoài", "CU", unit]])
    )
    page.locator("input[type=file]").set_input_files(str(good))
    page.get_by_test_id("import-check").click()
    page.get_by_test_id("import-confirm").click()
    page.goto(live_server.url + "/partners/")
    page.get_by_test_id("list-search").fill("la habana")
    expect(page.locator("#object-list")).to_contain_text("Thủ đô La Habana")
