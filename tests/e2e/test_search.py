"""An officer finds records from the global search box without typing diacritics."""

import re

import pytest
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD
from caunoi.core.tests.testapp.models import Gadget

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def records(people):
    for name, unit in [
        ("Thủ đô Viêng Chăn", people.unit_a),
        ("Thủ đô Hà Nội", people.unit_a),
        ("Hà Nam", people.unit_b),  # another unit's: never shown to officer_a
    ]:
        Gadget(name=name, owner_unit=unit).save()


def test_slash_global_search_live_results_and_open_a_record(page, live_server, records, login):
    login("officer_a", PASSWORD)
    page.wait_for_load_state()  # app.js (deferred) listens for "/"
    page.keyboard.press("/")
    box = page.get_by_test_id("global-search")
    expect(box).to_be_focused()
    box.fill("vieng chan")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=vieng"))
    hits = page.locator("#search-results")
    expect(hits.locator("mark").first).to_have_text("Viêng")

    page.get_by_test_id("search-query").fill("HA N")  # live results, no page load
    expect(hits).to_contain_text("Thủ đô Hà Nội")
    expect(hits).not_to_contain_text("Viêng Chăn")
    expect(hits).not_to_contain_text("Hà Nam")
    expect(page).to_have_url(re.compile(r"q=HA(\+|%20)N"))
    hits.get_by_test_id("search-hit").first.click()
    expect(page).to_have_url(re.compile(r"/testapp/gadgets/\d+/$"))
    expect(page.locator("h1")).to_contain_text("Thủ đô Hà Nội")
