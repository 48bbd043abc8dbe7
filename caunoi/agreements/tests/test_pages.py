"""The agreement page and the screens around it: consultation recorded by coordinators, the
implementation plan with linked evidence and its progress, reviews, the chain of versions,
amendments and renewals started from the page."""

import datetime

import pytest
from django.urls import reverse

from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import Agreement, Consultation, PlanEvidence
from caunoi.agreements.tests import factories as f
from caunoi.core.testing.coverage import covers
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
covers(
    "agreements:consultation_list",
    "agreements:consultation_add",
    "agreements:consultation_detail",
    "agreements:consultation_edit",
    "agreements:consultation_changelog",
    "agreements:planitem_evidence",
    "agreements:planevidence_remove",
    "api:consultation-list",
    "api:consultation-detail",
)
D = datetime.timedelta


def test_the_page_of_an_agreement_in_force_shows_plan_progress_evidence_and_reviews(
    client, personas
):
    agreement = f.in_force(personas.unit_a, personas.admin)
    done = f.plan_item(agreement, status="done", done_on=f.today(), title="Lễ hội văn hóa")
    f.plan_item(agreement, title="Trao đổi học sinh", deadline=f.today() - D(days=2))
    event = EventFactory(owner_unit=personas.unit_a, start_date=f.today() - D(days=10))
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("agreements:planitem_evidence", args=[done.pk]),
        {"record": f"events.event:{event.pk}"},
    )
    assert response.status_code == 302
    f.review(agreement, findings="Các hoạt động văn hóa được duy trì đều đặn.")
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Hoàn thành 1/2 hạng mục" in page and "50%" in page
    assert str(event) in page
    assert 'data-testid="item-overdue"' in page
    assert "Các hoạt động văn hóa được duy trì đều đặn." in page
    assert 'data-testid="add-review"' in page and 'data-testid="start-renewal"' in page


def test_evidence_the_officer_cannot_see_is_refused(client, personas):
    agreement = f.in_force(personas.unit_a, personas.admin)
    item = f.plan_item(agreement)
    hidden = EventFactory(owner_unit=personas.unit_b)
    client.force_login(personas.officer_a)
    form = client.get(reverse("agreements:planitem_evidence", args=[item.pk])).content.decode()
    assert f"events.event:{hidden.pk}" not in form
    response = client.post(
        reverse("agreements:planitem_evidence", args=[item.pk]),
        {"record": f"events.event:{hidden.pk}"},
    )
    assert response.status_code == 200 and not PlanEvidence.objects.exists()


def test_evidence_on_another_units_plan_is_404_and_removing_works_for_the_owner(client, personas):
    agreement = f.in_force(personas.unit_a, personas.admin)
    item = f.plan_item(agreement)
    event = EventFactory(owner_unit=personas.unit_a)
    client.force_login(personas.outsider_b)
    url = reverse("agreements:planitem_evidence", args=[item.pk])
    assert client.get(url).status_code == 404
    client.force_login(personas.officer_a)
    client.post(url, {"record": f"events.event:{event.pk}"})
    row = PlanEvidence.objects.get()
    client.force_login(personas.outsider_b)
    remove = reverse("agreements:planevidence_remove", args=[row.pk])
    assert client.post(remove).status_code == 404
    client.force_login(personas.officer_a)
    assert client.post(remove).status_code == 302
    assert not PlanEvidence.objects.exists()


def test_a_coordinator_records_a_consultation_for_another_units_agreement(client, personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    client.force_login(personas.coordinator)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert 'data-testid="add-consultation"' in page
    response = client.post(
        reverse("agreements:consultation_add"),
        {
            "agreement": agreement.pk,
            "body": "Bộ Ngoại giao",
            "sent_on": (f.today() - D(days=5)).strftime("%d/%m/%Y"),
            "due_on": (f.today() + D(days=10)).strftime("%d/%m/%Y"),
        },
    )
    assert response.status_code == 302
    consultation = Consultation.objects.get()
    assert consultation.owner_unit == personas.unit_a  # the agreement's unit
    response = client.post(
        reverse("agreements:consultation_edit", args=[consultation.pk]),
        {
            "agreement": agreement.pk,
            "body": "Bộ Ngoại giao",
            "sent_on": consultation.sent_on.strftime("%d/%m/%Y"),
            "due_on": consultation.due_on.strftime("%d/%m/%Y"),
            "answered_on": f.today().strftime("%d/%m/%Y"),
            "opinion": "agree_with_comments",
            "opinion_text": "Đề nghị bổ sung điều khoản về bảo mật thông tin.",
            "version": consultation.version,
        },
    )
    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.opinion == "agree_with_comments"
    detail = client.get(reverse("agreements:consultation_detail", args=[consultation.pk]))
    assert detail.status_code == 200
    history = client.get(reverse("agreements:consultation_changelog", args=[consultation.pk]))
    assert history.status_code == 200


def test_officers_do_not_record_consultations(client, personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    consultation = f.consultation(agreement)
    client.force_login(personas.officer_a)
    assert client.get(reverse("agreements:consultation_add")).status_code == 403
    edit = reverse("agreements:consultation_edit", args=[consultation.pk])
    assert client.get(edit).status_code == 403
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert 'data-testid="add-consultation"' not in page
    assert client.get(reverse("agreements:consultation_list")).status_code == 200


def test_consultation_is_refused_outside_the_consultation_step(client, personas):
    agreement = f.at(S.DRAFT, personas.unit_a, personas.admin)
    client.force_login(personas.coordinator)
    response = client.post(
        reverse("agreements:consultation_add"),
        {"agreement": agreement.pk, "body": "Bộ Tư pháp", "sent_on": "01/03/2026"},
    )
    assert response.status_code == 200 and not Consultation.objects.exists()


def test_an_outsider_does_not_see_another_units_consultations(client, personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    consultation = f.consultation(agreement)
    client.force_login(personas.outsider_b)
    url = reverse("agreements:consultation_detail", args=[consultation.pk])
    assert client.get(url).status_code == 404
    api = client.get(reverse("api:consultation-list")).json()
    assert api["count"] == 0
    client.force_login(personas.officer_a)
    detail = client.get(reverse("api:consultation-detail", args=[consultation.pk]))
    assert detail.status_code == 200
    posted = client.post(reverse("api:consultation-list"), {}, content_type="application/json")
    assert posted.status_code == 405


def test_a_renewal_starts_from_the_agreement_and_the_chain_shows_every_version(client, personas):
    old = f.in_force(personas.unit_a, personas.admin)
    client.force_login(personas.officer_a)
    form = client.get(
        reverse("agreements:agreement_add") + f"?previous={old.pk}&link=renewal"
    ).content.decode()
    assert old.name in form
    data = {
        "name": old.name + " (gia hạn)",
        "kind": old.kind,
        "link": "renewal",
        "previous": old.pk,
        "partners": [p.pk for p in old.partners.all()],
        "classification": "unclassified",
        "owner_unit": personas.unit_a.pk,
    }
    response = client.post(reverse("agreements:agreement_add"), data)
    assert response.status_code == 302
    renewal = Agreement.objects.get(previous=old)
    assert old.renewal_started()
    amendment = f.draft(personas.unit_a, link="amendment", previous=renewal)
    page = client.get(old.get_absolute_url()).content.decode()
    assert 'data-testid="versions"' in page
    for version in (old, renewal, amendment):
        assert version.name in page
    assert [a.pk for a in amendment.chain(personas.officer_a)] == [old.pk, renewal.pk, amendment.pk]


def test_an_amendment_must_name_the_agreement_it_amends(client, personas):
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("agreements:agreement_add"),
        {
            "name": "Sửa đổi",
            "kind": "mou",
            "link": "amendment",
            "partners": [f.partner(personas.unit_a).pk],
            "classification": "unclassified",
            "owner_unit": personas.unit_a.pk,
        },
    )
    assert response.status_code == 200 and not Agreement.objects.exists()


def test_a_chain_cannot_go_round_in_a_circle(personas):
    from django.core.exceptions import ValidationError

    first = f.draft(personas.unit_a)
    second = f.draft(personas.unit_a, link="amendment", previous=first)
    first.link, first.previous = "amendment", second
    with pytest.raises(ValidationError):
        first.full_clean()


def test_a_review_is_only_for_signed_agreements(personas):
    from django.core.exceptions import ValidationError

    agreement = f.draft(personas.unit_a)
    with pytest.raises(ValidationError):
        f.review(agreement)


def test_the_list_filters_by_status_and_exports(client, personas):
    f.in_force(personas.unit_a, personas.admin, name="Thỏa thuận hữu nghị Viêng Chăn")
    f.draft(personas.unit_a, name="Dự thảo với Cairo")
    client.force_login(personas.officer_a)
    page = client.get(reverse("agreements:agreement_list") + "?status=in_force").content.decode()
    assert "Viêng Chăn" in page and "Cairo" not in page
    export = client.get(reverse("agreements:agreement_list") + "?_export=csv")
    assert export.status_code == 200


def test_a_new_review_starts_with_today_and_the_reviewer(client, personas):
    agreement = f.in_force(personas.unit_a, personas.admin)
    client.force_login(personas.officer_a)
    url = reverse("agreements:review_add") + f"?agreement={agreement.pk}"
    form = client.get(url).content.decode()
    assert f.today().strftime("%d/%m/%Y") in form
    assert personas.officer_a.get_full_name() in form


def test_the_api_refuses_a_secret_agreement_and_says_why(client, personas):
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("api:agreement-list"),
        {
            "name": "Thỏa thuận",
            "kind": "mou",
            "link": "original",
            "partners": [f.partner(personas.unit_a).pk],
            "classification": "secret",
            "owner_unit": personas.unit_a.pk,
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "Luật Bảo vệ bí mật nhà nước" in str(response.json())


def test_the_api_refuses_a_plan_item_on_another_units_agreement(client, personas):
    other = f.in_force(personas.unit_b, personas.admin)
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("api:planitem-list"),
        {"agreement": other.pk, "title": "Việc", "responsible_unit": personas.unit_a.pk},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert not other.plan_items.exists()


def test_an_auditor_reads_the_page_without_any_button(client, personas):
    agreement = f.in_force(personas.unit_a, personas.admin, expires_on=f.today() + D(days=10))
    f.plan_item(agreement)
    client.force_login(personas.auditor)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert 'data-testid="expiring"' in page
    for button in (
        "workflow-actions",
        "add-review",
        "add-plan-item",
        "start-renewal",
        "edit-button",
    ):
        assert f'data-testid="{button}"' not in page
