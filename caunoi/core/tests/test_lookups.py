"""Lookup rows seeded by data migrations, and menu entries added to a menu core registered."""

import pytest
from django.apps import apps

from caunoi.core import registry
from caunoi.core.lookups import seed_rows
from caunoi.core.tests.testapp.models import GadgetKind


@pytest.mark.django_db
def test_seeded_rows_are_added_once_never_overwritten_and_removed_again():
    add, remove = seed_rows("testapp", "GadgetKind", [("sensor", "Cảm biến", "Sensor")])
    add(apps, None)
    kind = GadgetKind.objects.get(slug="sensor")
    assert kind.name_en == "Sensor" and kind.search_text == "cam bien sensor sensor"
    GadgetKind.objects.filter(pk=kind.pk).update(name="Bộ cảm biến")
    add(apps, None)
    assert GadgetKind.objects.get(slug="sensor").name == "Bộ cảm biến"
    remove(apps, None)
    assert not GadgetKind.objects.filter(slug="sensor").exists()


def test_menu_items_join_the_menu_that_was_registered_first():
    menu = registry.menus["resources"]
    assert str(menu.label) == "Resources" or str(menu.label) == "Nguồn lực"
    names = [item.url_name for item in menu.items]
    assert names[0] == "core:exchangerate_list"
    assert "aid_projects:aidproject_list" in names and "indicators:indicator_list" in names
    registry.add_menu_items("resources", [menu.items[0]])  # twice: still once
    assert [i.url_name for i in menu.items].count("core:exchangerate_list") == 1
