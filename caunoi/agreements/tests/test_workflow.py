"""The agreement lifecycle: draft → consultation → legal review → approved → in force →
expired, terminated or superseded; who may take each step in which unit; what is refused,
with nothing changed."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from caunoi.agreements import workflow
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import Agreement
from caunoi.agreements.tests import factories as f
from caunoi.core.models import ConcurrentEditError, Notification
from caunoi.core.testing.coverage import covers
from caunoi.core.workflow import TransitionNotAllowed

pytestmark = pytest.mark.django_db
covers(
    *(f"agreements:agreement_{verb}" for verb in workflow.TRANSITIONS),
    *(f"api:agreement-{verb.replace('_', '-')}" for verb in workflow.TRANSITIONS),
)
D = datetime.timedelta


def test_the_table_names_every_step_and_its_permission():
    change, approve = "agreements.change_agreement", "agreements.approve_agreement"
    assert workflow.FLOW.table() == {
        "draft": {"consultation": change},
        "consultation": {"legal_review": "agreements.coordinate_agreement", "draft": approve},
        "legal_review": {"approved": approve, "draft": approve},
        "approved": {"draft": approve, "in_force": change},
        "in_force": {"expired": change, "terminated": approve, "superseded": change},
    }


# -- the matrix: each step × persona × own/other unit ------------------------------------------
def ready_for(step: str, unit, admin) -> Agreement:
    """A record of ``unit`` in the state where ``step`` may be taken."""
    today = f.today()
    if step == "consult":
        return f.at(S.DRAFT, unit, admin)
    if step == "close_consultation":
        return f.at(S.CONSULTATION, unit, admin)
    if step in ("approve", "send_back"):
        agreement = f.at(S.LEGAL_REVIEW, unit, admin)
        return f._set(agreement, legal_review_body="Sở Tư pháp", legal_review_on=today)
    if step == "sign":
        agreement = f.at(S.APPROVED, unit, admin)
        return f._set(
            agreement,
            signed_on=today,
            signed_place="Viêng Chăn",
            signatory="Chủ tịch UBND thành phố",
            indefinite=True,
        )
    if step == "expire":
        return f.at(
            S.IN_FORCE, unit, admin, signed_on=today - D(days=800), expires_on=today - D(days=1)
        )
    return f.at(S.IN_FORCE, unit, admin)


def prepare(step, agreement):
    if step == "close_consultation":
        f.consultation(agreement)
    return agreement


PERMISSION = {
    "consult": "change",
    "close_consultation": "coordinate",
    "approve": "approve",
    "send_back": "approve",
    "sign": "change",
    "expire": "change",
    "terminate": "approve",
    "supersede": "change",
}
TARGET = {
    "consult": S.CONSULTATION,
    "close_consultation": S.LEGAL_REVIEW,
    "approve": S.APPROVED,
    "send_back": S.DRAFT,
    "sign": S.IN_FORCE,
    "expire": S.EXPIRED,
    "terminate": S.TERMINATED,
    "supersede": S.SUPERSEDED,
}
MAY_CHANGE = {"officer_a", "approver_a", "outsider_b", "coordinator"}  # in their own unit
MAY_APPROVE = {"approver_a", "coordinator"}
PERSONAS = ["officer_a", "approver_a", "coordinator", "outsider_b", "auditor"]


def allowed(step: str, persona: str, own: bool) -> bool:
    kind = PERMISSION[step]
    if kind == "coordinate":  # the Department of Foreign Affairs, for every unit (ADR 0016)
        return persona == "coordinator"
    holders = MAY_CHANGE if kind == "change" else MAY_APPROVE
    return own and persona in holders


def units_for(personas, persona: str, own: bool):
    mine = personas.unit_of(persona) if persona != "auditor" else personas.unit_a
    other = personas.unit_b if mine == personas.unit_a else personas.unit_a
    return mine if own else other


@pytest.mark.parametrize("own", [True, False], ids=["own_unit", "other_unit"])
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("step", list(workflow.TRANSITIONS))
def test_workflow_matrix(personas, step, persona, own):
    agreement = prepare(step, ready_for(step, units_for(personas, persona, own), personas.admin))
    before = (agreement.status, Agreement.objects.get(pk=agreement.pk).version)
    entries = agreement.log_entries.count()
    user = personas.get(persona)
    function = workflow.TRANSITIONS[step]
    note = "Lý do: theo ý kiến các bên"
    if allowed(step, persona, own):
        moved = function(agreement, acting_user=user, note=note)
        assert moved.status == TARGET[step]
        entry = moved.log_entries.last()
        assert (entry.transition, entry.actor, entry.note) == (step, user, note)
    else:
        with pytest.raises(PermissionDenied):
            function(agreement, acting_user=user, note=note)
        fresh = Agreement.objects.get(pk=agreement.pk)
        assert (fresh.status, fresh.version) == before
        assert fresh.log_entries.count() == entries


# -- wrong transitions: refused, nothing changed ------------------------------------------------
WRONG = [
    (status, step)
    for status in (S.DRAFT, S.CONSULTATION, S.LEGAL_REVIEW, S.APPROVED, S.IN_FORCE, S.TERMINATED)
    for step, function in workflow.TRANSITIONS.items()
    if status not in workflow.FLOW.get(step).sources
]


@pytest.mark.parametrize(("status", "step"), WRONG)
def test_a_wrong_transition_is_refused_and_changes_nothing(personas, status, step):
    agreement = f.at(status, personas.unit_a, personas.admin)
    fresh = Agreement.objects.get(pk=agreement.pk)
    before = (fresh.status, fresh.version, fresh.log_entries.count(), fresh.updated_at)
    with pytest.raises(TransitionNotAllowed) as caught:
        workflow.TRANSITIONS[step](agreement, acting_user=personas.admin, note="Thử")
    assert caught.value.message
    fresh = Agreement.objects.get(pk=agreement.pk)
    assert (fresh.status, fresh.version, fresh.log_entries.count(), fresh.updated_at) == before


def test_a_second_approval_changes_nothing(personas):
    agreement = f.at(S.APPROVED, personas.unit_a, personas.admin)
    with pytest.raises(TransitionNotAllowed) as caught:
        workflow.approve_agreement(agreement, acting_user=personas.approver_a)
    assert "Đã phê duyệt ký" in caught.value.message
    assert agreement.log_entries.filter(transition="approve").count() == 1


def test_a_stale_version_is_refused(personas):
    agreement = f.at(S.DRAFT, personas.unit_a, personas.admin)
    with pytest.raises(ConcurrentEditError):
        workflow.consult_agreement(
            agreement, acting_user=personas.officer_a, expected_version=agreement.version - 1
        )
    assert Agreement.objects.get(pk=agreement.pk).status == S.DRAFT


# -- the checks of each step ---------------------------------------------------------------------
def test_consultation_needs_a_partner_party(personas):
    agreement = f.draft(personas.unit_a, partners=[])
    with pytest.raises(ValidationError, match="đối tác"):
        workflow.consult_agreement(agreement, acting_user=personas.officer_a)
    assert Agreement.objects.get(pk=agreement.pk).status == S.DRAFT


def test_closing_consultation_needs_a_consulted_body(personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    with pytest.raises(ValidationError, match="cơ quan"):
        workflow.close_consultation_agreement(agreement, acting_user=personas.coordinator)


def test_closing_consultation_waits_for_answers_not_yet_due(personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    f.consultation(agreement, answered=False, body="Bộ Tư pháp", due_on=f.today() + D(days=3))
    with pytest.raises(ValidationError, match="Bộ Tư pháp"):
        workflow.close_consultation_agreement(agreement, acting_user=personas.coordinator, note="x")
    assert Agreement.objects.get(pk=agreement.pk).status == S.CONSULTATION


def test_an_answer_past_its_deadline_may_be_passed_over_with_a_note(personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    f.consultation(agreement, answered=False, body="Bộ Công an", due_on=f.today() - D(days=1))
    with pytest.raises(ValidationError, match="Bộ Công an"):
        workflow.close_consultation_agreement(agreement, acting_user=personas.coordinator)
    moved = workflow.close_consultation_agreement(
        agreement, acting_user=personas.coordinator, note="Quá hạn 15 ngày, coi như đồng ý"
    )
    assert moved.status == S.LEGAL_REVIEW


def test_approving_needs_the_legal_opinion(personas):
    agreement = f.at(S.LEGAL_REVIEW, personas.unit_a, personas.admin)
    with pytest.raises(ValidationError) as caught:
        workflow.approve_agreement(agreement, acting_user=personas.approver_a)
    assert "thẩm định" in caught.value.messages[0].lower()
    assert not agreement.log_entries.filter(transition="approve").exists()


def test_signing_needs_date_place_and_signatory(personas):
    agreement = f.at(S.APPROVED, personas.unit_a, personas.admin)
    with pytest.raises(ValidationError) as caught:
        workflow.sign_agreement(agreement, acting_user=personas.officer_a)
    message = caught.value.messages[0]
    assert "ngày ký" in message and "nơi ký" in message
    assert Agreement.objects.get(pk=agreement.pk).status == S.APPROVED


def test_a_signing_date_in_the_future_is_refused(personas):
    agreement = f.at(S.APPROVED, personas.unit_a, personas.admin)
    agreement = f._set(
        agreement,
        signed_on=f.today() + D(days=1),
        signed_place="Hà Nội",
        signatory="Chủ tịch",
        indefinite=True,
    )
    with pytest.raises(ValidationError, match="tương lai"):
        workflow.sign_agreement(agreement, acting_user=personas.officer_a)


def test_signing_sets_the_date_in_force_from_the_signing(personas):
    agreement = f.in_force(personas.unit_a, personas.admin, signed_on=f.today() - D(days=3))
    assert agreement.effective_on == f.today() - D(days=3)


def test_an_agreement_expires_only_after_its_expiry_date(personas):
    agreement = f.at(S.IN_FORCE, personas.unit_a, personas.admin, expires_on=f.today())
    with pytest.raises(ValidationError):
        workflow.expire_agreement(agreement, acting_user=personas.officer_a)


def test_terminating_says_why(personas):
    agreement = f.in_force(personas.unit_a, personas.admin)
    with pytest.raises(ValidationError):
        workflow.terminate_agreement(agreement, acting_user=personas.approver_a)
    ended = workflow.terminate_agreement(
        agreement, acting_user=personas.approver_a, note="Hết nhu cầu"
    )
    assert ended.status == S.TERMINATED and ended.ended_on == f.today()


def test_signing_a_renewal_supersedes_the_agreement_it_renews(personas):
    old = f.in_force(personas.unit_a, personas.admin, signed_on=f.today() - D(days=1000))
    renewal = f.at(S.APPROVED, personas.unit_a, personas.admin, link="renewal", previous=old)
    renewal = f._set(
        renewal, signed_on=f.today(), signed_place="Hà Nội", signatory="Chủ tịch", indefinite=True
    )
    workflow.sign_agreement(renewal, acting_user=personas.officer_a)
    old.refresh_from_db()
    assert old.status == S.SUPERSEDED and old.ended_on == f.today()
    assert "Gia hạn" in old.log_entries.last().note or renewal.name in old.log_entries.last().note


def test_signing_an_amendment_leaves_the_original_in_force(personas):
    old = f.in_force(personas.unit_a, personas.admin)
    amendment = f.at(S.IN_FORCE, personas.unit_a, personas.admin, link="amendment", previous=old)
    old.refresh_from_db()
    assert (old.status, amendment.status) == (S.IN_FORCE, S.IN_FORCE)


def test_sending_for_consultation_tells_the_coordinators(
    personas, django_capture_on_commit_callbacks
):
    agreement = f.draft(personas.unit_a)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.consult_agreement(agreement, acting_user=personas.officer_a)
    assert Notification.objects.filter(recipient=personas.coordinator).exists()
    assert not Notification.objects.filter(recipient=personas.outsider_b).exists()


def test_approval_tells_the_owning_unit(personas, django_capture_on_commit_callbacks):
    agreement = ready_for("approve", personas.unit_a, personas.admin)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.approve_agreement(agreement, acting_user=personas.approver_a)
    assert Notification.objects.filter(recipient=personas.officer_a).exists()


def test_the_buttons_offer_closing_consultation_to_coordinators_of_any_unit(personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    names = {t.name for t in workflow.available(agreement, personas.coordinator)}
    assert names == {"close_consultation"}
    names = {t.name for t in workflow.available(agreement, personas.approver_a)}
    assert names == {"send_back"}
    assert workflow.available(agreement, personas.officer_a) == []


# -- the screens and the API call the same functions ----------------------------------------------
def test_the_button_moves_the_agreement_and_shows_the_log(client, personas):
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    url = reverse("agreements:agreement_consult", args=[agreement.pk])
    response = client.post(url, {"note": "Gửi Sở Ngoại vụ", "version": agreement.version})
    assert response.status_code == 302
    assert Agreement.objects.get(pk=agreement.pk).status == S.CONSULTATION
    page = client.get(agreement.get_absolute_url())
    assert "Gửi Sở Ngoại vụ" in page.content.decode()


def test_a_button_on_another_units_agreement_is_404(client, personas):
    agreement = f.draft(personas.unit_b)
    client.force_login(personas.officer_a)
    url = reverse("agreements:agreement_consult", args=[agreement.pk])
    assert client.post(url).status_code == 404
    assert Agreement.objects.get(pk=agreement.pk).status == S.DRAFT


def test_a_refused_button_says_why_on_the_page(client, personas):
    agreement = f.at(S.LEGAL_REVIEW, personas.unit_a, personas.admin)
    client.force_login(personas.approver_a)
    url = reverse("agreements:agreement_approve", args=[agreement.pk])
    response = client.post(url, follow=True)
    assert "thẩm định" in response.content.decode().lower()
    assert Agreement.objects.get(pk=agreement.pk).status == S.LEGAL_REVIEW


def test_the_api_step_calls_the_same_function_and_answers_409_when_refused(personas):
    from rest_framework.test import APIClient

    agreement = f.draft(personas.unit_a)
    api = APIClient()
    api.force_authenticate(personas.officer_a)
    url = reverse("api:agreement-consult", args=[agreement.pk])
    response = api.post(url, {"note": "qua API"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "consultation"
    again = api.post(url, {}, format="json")
    assert again.status_code == 409
    close = reverse("api:agreement-close-consultation", args=[agreement.pk])
    assert api.post(close, {}, format="json").status_code == 403
    other = f.draft(personas.unit_b)
    assert api.post(reverse("api:agreement-consult", args=[other.pk])).status_code == 404


def test_the_expire_button_shows_only_after_the_expiry_date(personas):
    running = f.at(S.IN_FORCE, personas.unit_a, personas.admin, expires_on=f.today())
    names = {t.name for t in workflow.available(running, personas.officer_a)}
    assert "expire" not in names and "supersede" in names
    past = ready_for("expire", personas.unit_a, personas.admin)
    assert "expire" in {t.name for t in workflow.available(past, personas.officer_a)}
    assert workflow.available(past, personas.outsider_b) == []
