"""The benchmark data generator: repeatable for a seed, the declared counts, and the history
and search rows the data implies."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count

from caunoi.accounts.models import User
from caunoi.bench.generate import generate
from caunoi.bench.generators import generators
from caunoi.bench.generators.base import SCALES
from caunoi.core.models import ObjectChange
from caunoi.core.search.models import SearchEntry
from caunoi.core.search.registry import spec_for
from caunoi.events.models import Event, EventLogEntry
from caunoi.partners.models import Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def small():
    return generate("small", seed=7)


def test_same_seed_gives_the_same_rows():
    first = generate("small", seed=3, dry_run=True)
    second = generate("small", seed=3, dry_run=True)
    assert first.digest == second.digest
    assert first.counts == second.counts


def test_another_seed_gives_other_rows():
    assert (
        generate("small", seed=3, dry_run=True).digest != generate("small", 4, dry_run=True).digest
    )


def test_written_rows_are_the_rows_a_dry_run_counts():
    dry = generate("small", seed=5, dry_run=True)
    written = generate("small", seed=5)
    assert written.digest == dry.digest
    assert Partner.objects.count() == dry.counts["partners.Partner"]


def test_small_scale_has_the_counts_each_generator_declares(small):
    models = {
        "units": "accounts.OrgUnit",
        "users": "accounts.User",
        "partners": "partners.Partner",
        "relations": "partners.PartnerRelation",
        "contacts": "partners.Contact",
        "staff": "staff.StaffMember",
        "agreements": "agreements.Agreement",
        "delegations": "delegations.Delegation",
        "members": "delegations.DelegationMember",
        "events": "events.Event",
        "aid_projects": "aid_projects.AidProject",
        "investments": "investments.InvestmentProject",
        "indicators": "indicators.Indicator",
        "sources": "indicators.Source",
    }
    for generator in generators():
        for key, size in generator.sizes.items():
            assert small.counts[models[key]] == size.small, key


def test_every_scale_is_declared_by_every_generator():
    for generator in generators():
        for size in generator.sizes.values():
            assert [size.at(scale) for scale in SCALES] == sorted(size.at(s) for s in SCALES)


def test_every_record_has_its_create_row_and_versions_match_the_history(small):
    ct = ContentType.objects.get_for_model(Event)
    changes = dict(
        ObjectChange.objects.filter(content_type=ct)
        .values_list("object_id")
        .annotate(n=Count("id"))
    )
    events = list(Event.objects.values_list("pk", "version"))
    assert len(changes) == len(events)
    assert all(changes[pk] == version for pk, version in events)
    assert ObjectChange.objects.filter(content_type=ct, action="create").count() == len(events)


def test_workflow_steps_have_log_entries_matching_the_status(small):
    done = Event.objects.filter(status="done").first()
    entries = list(EventLogEntry.objects.filter(record=done).order_by("time"))
    assert [e.to_status for e in entries] == ["confirmed", "done"]
    assert entries[0].from_status == "planned"


def test_every_searchable_record_is_in_the_search_index(small):
    for model in (Partner, Event):
        ct = ContentType.objects.get_for_model(model)
        assert SearchEntry.objects.filter(content_type=ct).count() == model.objects.count()
    partner = Partner.objects.first()
    entry = SearchEntry.objects.get(content_type__model="partner", object_id=partner.pk)
    assert entry.title == partner.name
    assert spec_for(Partner).entry_values(partner)["text"] == entry.text


def test_generated_records_pass_their_own_checks(small):
    for model in (Partner, Event):
        for obj in model.objects.all()[:50]:
            obj.full_clean()


def test_a_few_partners_have_most_of_the_events(small):
    counts = sorted(
        Partner.objects.annotate(n=Count("events")).values_list("n", flat=True), reverse=True
    )
    top_tenth = sum(counts[: len(counts) // 10])
    assert top_tenth > sum(counts) / 2


def test_benchmark_users_exist_with_their_scopes(small):
    officer = User.objects.get(username="bench.officer")
    ward = User.objects.get(username="bench.ward")
    assert Event.objects.restrict(officer, "view").count() == Event.objects.count()
    assert 0 < Event.objects.restrict(ward, "view").count() < Event.objects.count()
