"""The search index follows the records: saved, changed, soft-deleted, restored, deleted."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from caunoi.accounts.models import OrgUnit, User
from caunoi.core.models import SearchEntry
from caunoi.core.search import index, register, search_flat, spec_for
from caunoi.core.search.text import index_text, query_words, words
from caunoi.core.tests.testapp.models import Gadget, GadgetKind


def entry_of(obj) -> SearchEntry | None:
    ct = ContentType.objects.get_for_model(obj)
    return SearchEntry.objects.filter(content_type=ct, object_id=obj.pk).first()


def found(user, query: str) -> set[str]:
    return {hit.title for hit in search_flat(user, query, limit=100)[1]}


def make_gadget(unit, name: str, **extra) -> Gadget:
    gadget = Gadget(name=name, owner_unit=unit, **extra)
    gadget.save()
    return gadget


def test_words_are_folded_and_cut_at_punctuation():
    assert words("Hà-Nội, ĐÀ NẴNG_2025") == ["ha", "noi", "da", "nang", "2025"]
    assert index_text(["Viêng Chăn", None, "", "C40"]) == " vieng chan c40 "
    assert index_text([]) == " "
    assert query_words("ha ha NỘI") == ["ha", "noi"]
    assert query_words("—  …") == []
    assert len(query_words(" ".join(f"w{i}" for i in range(50)))) == 12


@pytest.mark.django_db
def test_saving_a_record_indexes_its_folded_words_and_owning_unit(personas):
    gadget = make_gadget(personas.unit_a, "Đối ngoại nhân dân", description="Hội hữu nghị")
    entry = entry_of(gadget)
    assert entry.title == "Đối ngoại nhân dân"
    assert entry.subtitle == "Hội hữu nghị"
    assert entry.text == " doi ngoai nhan dan hoi huu nghi "
    assert entry.owner_unit_id == personas.unit_a.pk
    assert entry.weight == 2.0


@pytest.mark.django_db
def test_an_edit_replaces_the_old_words(personas):
    gadget = make_gadget(personas.unit_a, "Viêng Chăn")
    gadget.name = "Quảng Châu"
    gadget.save()
    assert SearchEntry.objects.count() == 1
    assert found(personas.officer_a, "quang chau") == {"Quảng Châu"}
    assert found(personas.officer_a, "vieng") == set()


@pytest.mark.django_db
def test_moving_a_record_to_another_unit_moves_its_entry(personas):
    gadget = make_gadget(personas.unit_a, "Havana")
    gadget.owner_unit = personas.unit_b
    gadget.save()
    assert entry_of(gadget).owner_unit_id == personas.unit_b.pk
    assert found(personas.officer_a, "havana") == set()
    assert found(personas.outsider_b, "havana") == {"Havana"}


@pytest.mark.django_db
def test_soft_delete_removes_the_entry_and_restore_brings_it_back(personas):
    gadget = make_gadget(personas.unit_a, "Chuông gió Hội An")
    gadget.soft_delete(acting_user=personas.officer_a)
    assert entry_of(gadget) is None
    assert found(personas.admin, "chuong gio") == set()
    gadget.restore(acting_user=personas.admin)
    assert found(personas.admin, "chuong gio") == {"Chuông gió Hội An"}


@pytest.mark.django_db
def test_hard_delete_removes_the_entry(personas):
    kind = GadgetKind(name="Loại xóa", name_en="Deleted kind", slug="deleted")
    kind.save()
    assert entry_of(kind).title_en == "Deleted kind"
    kind.delete()
    assert not SearchEntry.objects.exists()


@pytest.mark.django_db
def test_models_not_registered_are_not_indexed(personas):
    OrgUnit(name="Sở Ngoại vụ", kind=personas.unit_b.kind, parent=personas.city).save()
    assert spec_for(User) is None
    assert not SearchEntry.objects.exists()


@pytest.mark.django_db
def test_bulk_created_records_are_indexed_in_bulk(personas, django_assert_max_num_queries):
    gadgets = Gadget.objects.bulk_create(
        [Gadget(name=f"Hội hữu nghị {i}", owner_unit=personas.unit_a) for i in range(30)]
    )
    assert not SearchEntry.objects.exists()
    with django_assert_max_num_queries(3):
        assert index.bulk_update(gadgets, batch_size=20) == 30
    assert search_flat(personas.officer_a, "hoi huu")[0] == 30
    assert index.bulk_update(gadgets) == 30  # again: updated in place, not duplicated
    assert SearchEntry.objects.count() == 30


@pytest.mark.django_db
def test_rebuild_command_reindexes_live_records_only(personas):
    alive = make_gadget(personas.unit_a, "Phát Diệm")
    gone = make_gadget(personas.unit_a, "Phát Lộc")
    gone.soft_delete()
    Gadget.objects.filter(pk=alive.pk).update(name="Phát Diệm mới")  # around save()
    SearchEntry.objects.update(text=" stale ")
    out = StringIO()
    call_command("rebuild_search_index", "testapp.Gadget", stdout=out)
    assert "testapp.gadget: 1 entries" in out.getvalue()
    assert found(personas.officer_a, "phat") == {"Phát Diệm mới"}
    call_command("rebuild_search_index", stdout=StringIO())  # every registered model
    assert found(personas.officer_a, "moi") == {"Phát Diệm mới"}


@pytest.mark.django_db
def test_rebuild_command_refuses_unknown_and_unregistered_models():
    with pytest.raises(CommandError):
        call_command("rebuild_search_index", "testapp.Nothing")
    with pytest.raises(CommandError):
        call_command("rebuild_search_index", "accounts.User")


def test_a_model_scoped_through_a_to_many_link_needs_an_explicit_unit():
    with pytest.raises(ImproperlyConfigured):
        register(User)  # scope_field "memberships__unit": no single owning unit
    with pytest.raises(ImproperlyConfigured):
        register(Gadget, fields=("tags__name",))
    assert spec_for(User) is None
