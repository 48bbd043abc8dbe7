"""The unit tree: paths, moves, cycles, validity and successors."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from caunoi.accounts.choices import UnitKind
from caunoi.accounts.models import OrgUnit


def unit(name, parent=None, **extra):
    u = OrgUnit(name=name, kind=UnitKind.OTHER, parent=parent, **extra)
    u.save()
    return u


@pytest.mark.django_db
def test_moving_a_unit_carries_its_subtree():
    root, other = unit("Gốc"), unit("Khác")
    child = unit("Con", root)
    grandchild = unit("Cháu", child)
    child.parent = other
    child.save()
    grandchild.refresh_from_db()
    assert grandchild.path == f"/{other.pk}/{child.pk}/{grandchild.pk}/"
    assert set(OrgUnit.objects.subtree(other)) == {other, child, grandchild}


@pytest.mark.django_db
def test_a_unit_cannot_be_placed_under_itself():
    root = unit("Gốc")
    child = unit("Con", root)
    root.parent = child
    with pytest.raises(ValidationError):
        root.full_clean()


@pytest.mark.django_db
def test_a_unit_cannot_end_before_it_begins():
    with pytest.raises(IntegrityError), transaction.atomic():
        unit("Sai", valid_from=datetime.date(2025, 7, 1), valid_to=datetime.date(2025, 1, 1))


@pytest.mark.django_db
def test_active_units_on_a_date(personas):
    before = set(OrgUnit.objects.active(datetime.date(2025, 6, 1)))
    after = set(OrgUnit.objects.active(datetime.date(2025, 8, 1)))
    assert personas.district in before and personas.ward not in before
    assert personas.ward in after and personas.district not in after


@pytest.mark.django_db
def test_unit_search_ignores_diacritics(client, personas):
    unit("Phường Hoàn Kiếm", personas.city)
    client.force_login(personas.officer_a)
    page = client.get("/accounts/units/?q=HOAN+kiem").content.decode()
    assert "Phường Hoàn Kiếm</a>" in page and "Sở B</a>" not in page
