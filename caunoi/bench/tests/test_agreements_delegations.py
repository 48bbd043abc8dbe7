"""The agreements and delegations of the benchmark data: their counts at small scale, the same
rows for a seed, their history, log entries and search rows, and the app's own screens on them."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q

from caunoi.accounts.models import User
from caunoi.agreements.choices import SIGNED_STATUSES, AgreementLink
from caunoi.agreements.choices import AgreementStatus as AS
from caunoi.agreements.models import Agreement, AgreementLogEntry, Consultation, PlanItem, Review
from caunoi.bench.generate import generate
from caunoi.bench.tests.shared import generated_for_module
from caunoi.core.models import ObjectChange
from caunoi.core.search.models import SearchEntry
from caunoi.delegations.choices import Decision, Direction
from caunoi.delegations.choices import Status as DS
from caunoi.delegations.models import (
    ApprovalStep,
    Delegation,
    DelegationLogEntry,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)

pytestmark = pytest.mark.django_db

# Where each lifecycle ends, in the order of its steps (the log's to_status, one per step).
AGREEMENT_PATHS = {
    AS.DRAFT: [],
    AS.CONSULTATION: ["consultation"],
    AS.LEGAL_REVIEW: ["consultation", "legal_review"],
    AS.APPROVED: ["consultation", "legal_review", "approved"],
    AS.IN_FORCE: ["consultation", "legal_review", "approved", "in_force"],
}
OUTBOUND_PATH = ["submitted", "approved", "travelling", "back", "reported", "closed"]


@pytest.fixture(scope="module")
def small(django_db_setup, django_db_blocker):
    """One small data set for the whole module."""
    yield from generated_for_module(django_db_blocker, seed=11)


def test_small_scale_has_the_declared_counts(small):
    assert small.counts["agreements.Agreement"] == 100
    assert small.counts["delegations.Delegation"] == 500
    assert small.counts["delegations.DelegationMember"] == 2500
    assert Agreement.objects.count() == 100
    assert Delegation.objects.count() == 500
    assert DelegationMember.objects.count() == 2500
    # A realistic share of children: every kind exists, a few per parent at most.
    for model, per_parent in (
        (Consultation, 4),
        (PlanItem, 4),
        (Review, 2),
        (ProgrammeItem, 5),
        (DelegationOutcome, 2),
        (FollowUpTask, 2),
    ):
        count = model.objects.count()
        parents = 100 if model in (Consultation, PlanItem, Review) else 500
        assert 0 < count <= parents * per_parent, model


def test_the_same_seed_gives_the_same_agreements_and_delegations():
    first = generate("small", seed=3, dry_run=True)
    second = generate("small", seed=3, dry_run=True)
    assert first.digest == second.digest
    assert first.counts["delegations.DelegationMember"] == 2500
    other = generate("small", seed=4, dry_run=True)
    assert other.digest != first.digest


@pytest.mark.parametrize("model", [Agreement, Delegation, DelegationMember, PlanItem])
def test_every_record_has_its_history_and_versions_match(small, model):
    ct = ContentType.objects.get_for_model(model)
    changes = dict(
        ObjectChange.objects.filter(content_type=ct)
        .values_list("object_id")
        .annotate(n=Count("id"))
    )
    rows = list(model.objects.values_list("pk", "version"))
    assert len(changes) == len(rows)
    assert all(changes[pk] == version for pk, version in rows)


def test_passport_data_is_digested_in_the_history_and_never_real_looking(small):
    with_passport = DelegationMember.objects.exclude(passport_number="")
    assert with_passport.count() < DelegationMember.objects.count() * 0.1
    assert all(m.passport_number.startswith("BENCH") for m in with_passport)
    member = with_passport.first()
    if member is not None:
        change = ObjectChange.objects.get(
            content_type=ContentType.objects.get_for_model(DelegationMember),
            object_id=member.pk,
        )
        assert member.passport_number not in str(change.postchange)


@pytest.mark.parametrize("model", [Agreement, Delegation, DelegationMember])
def test_searchable_records_are_in_the_search_index(small, model):
    ct = ContentType.objects.get_for_model(model)
    assert SearchEntry.objects.filter(content_type=ct).count() == model.objects.count()


def test_agreement_log_entries_follow_the_status(small):
    statuses = set(Agreement.objects.values_list("status", flat=True))
    assert {AS.DRAFT, AS.IN_FORCE, AS.EXPIRED} <= statuses
    for agreement in Agreement.objects.all():
        path = list(
            AgreementLogEntry.objects.filter(record=agreement)
            .order_by("time", "id")
            .values_list("from_status", "to_status")
        )
        # Every entry starts where the one before ended, from draft to the current status.
        current = AS.DRAFT
        for before, after in path:
            assert before == current
            current = after
        assert current == agreement.status
        if agreement.status in AGREEMENT_PATHS and not any(t == AS.DRAFT for _, t in path):
            assert [t for _, t in path] == AGREEMENT_PATHS[agreement.status]
        if agreement.status in SIGNED_STATUSES:
            assert agreement.signed_on and agreement.effective_on
            assert agreement.indefinite or agreement.expires_on


def test_agreements_pass_their_own_checks_and_chains_point_back(small):
    for agreement in Agreement.objects.all():
        agreement.full_clean()
    renewals = Agreement.objects.filter(link=AgreementLink.RENEWAL)
    for renewal in renewals:
        assert renewal.previous.status == AS.SUPERSEDED
    for model in (Consultation, PlanItem, Review):
        for obj in model.objects.all()[:100]:
            obj.full_clean()


def test_delegation_log_entries_follow_the_status(small):
    statuses = set(Delegation.objects.values_list("status", flat=True))
    # Away on the anchor day (travelling, under way) is rare at small scale; returned and
    # rejected too: every other status is there.
    rare = {DS.RETURNED, DS.REJECTED, DS.TRAVELLING, DS.UNDER_WAY}
    assert set(DS) - rare <= statuses
    for delegation in Delegation.objects.all():
        path = list(
            DelegationLogEntry.objects.filter(record=delegation)
            .order_by("time", "id")
            .values_list("from_status", "to_status")
        )
        current = DS.DRAFT if delegation.direction == Direction.OUTBOUND else DS.PROPOSED
        for before, after in path:
            assert before == current
            current = after
        assert current == delegation.status
        if delegation.status == DS.CLOSED and len(path) == len(OUTBOUND_PATH):
            assert [t for _, t in path] == OUTBOUND_PATH


def test_delegations_have_one_head_and_pass_their_own_checks(small):
    heads = Delegation.objects.annotate(
        n=Count("members", filter=Q(members__role="head"))
    ).values_list("n", flat=True)
    assert set(heads) == {1}
    for delegation in Delegation.objects.exclude(status=DS.SUBMITTED)[:100]:
        delegation.full_clean()
    for model in (DelegationMember, ProgrammeItem, DelegationOutcome, FollowUpTask):
        for obj in model.objects.select_related("delegation")[:100]:
            if obj.delegation.status != DS.SUBMITTED:  # waiting requests refuse any change
                obj.full_clean()


def test_nothing_is_created_after_the_anchor_day(small):
    from caunoi.bench.generators.base import ANCHOR

    for model in (Agreement, Delegation, DelegationMember, ProgrammeItem):
        latest = model.objects.order_by("-created_at").values_list("created_at", flat=True)[0]
        assert latest.date() <= ANCHOR, model
    late_steps = DelegationLogEntry.objects.filter(time__date__gt=ANCHOR)
    assert not late_steps.exists()


def test_requests_waiting_for_approval_have_their_chain(small):
    waiting = Delegation.objects.filter(status=DS.SUBMITTED)
    assert waiting.exists()
    for delegation in waiting:
        pending = ApprovalStep.objects.filter(delegation=delegation, decision=Decision.PENDING)
        assert pending.count() == 1
        assert pending.get().approvers.exists()
    approver = User.objects.get(username="bench.approver")
    mine = Delegation.objects.filter(
        status=DS.SUBMITTED,
        approval_steps__decision=Decision.PENDING,
        approval_steps__approvers=approver,
    ).distinct()
    assert mine.count() == waiting.count()
    approved = Delegation.objects.filter(status=DS.CLOSED).first()
    assert not approved.approval_steps.filter(decision=Decision.PENDING).exists()
    assert approved.approval_steps.filter(decision=Decision.APPROVED).exists()


def test_the_app_screens_load_on_generated_data(small, client):
    officer = User.objects.get(username="bench.officer")
    client.force_login(officer)
    assert client.get("/agreements/").status_code == 200
    agreement = Agreement.objects.filter(status=AS.IN_FORCE).first()
    assert client.get(f"/agreements/{agreement.pk}/").status_code == 200
    delegation = Delegation.objects.filter(status=DS.CLOSED).first()
    assert client.get(f"/delegations/{delegation.pk}/").status_code == 200
    assert client.get("/delegations/").status_code == 200
    assert client.get("/").status_code == 200


def test_the_approver_sees_the_requests_waiting_for_them(small, client):
    approver = User.objects.get(username="bench.approver")
    client.force_login(approver)
    response = client.get("/delegations/?waiting_for_me=true")
    assert response.status_code == 200
    waiting = Delegation.objects.filter(status=DS.SUBMITTED).order_by("start_date").first()
    assert waiting.name in response.content.decode()
    home = client.get("/")
    assert home.status_code == 200


def test_some_agreements_need_attention(small):
    """Expiring within the bands, dormant, and overdue plan items: the attention list has
    something to show on generated data."""
    from caunoi.agreements.attention import BANDS, collect
    from caunoi.bench.generators.base import ANCHOR

    officer = User.objects.get(username="bench.officer")
    found = collect(officer, ANCHOR)
    assert sum(len(found.expiring[band]) for band in BANDS) > 0
    assert found.dormant
    assert found.overdue_items
