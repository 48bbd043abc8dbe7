"""Signing in and out, lockout, password, profile and API token."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token

from caunoi.core.testing.coverage import covers
from caunoi.core.testing.personas import PASSWORD

covers(
    "accounts:login",
    "accounts:logout",
    "accounts:password_change",
    "accounts:profile",
    "accounts:api_token",
    "accounts:user_set_password",
)


@pytest.mark.django_db
def test_sign_in_sets_the_users_language(client, personas):
    personas.officer_a.language = "en"
    personas.officer_a.save()
    response = client.post(
        reverse("accounts:login"), {"username": "officer_a", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.cookies["caunoi_language"].value == "en"


@pytest.mark.django_db
def test_wrong_password_shows_a_clear_error(client, personas):
    response = client.post(
        reverse("accounts:login"), {"username": "officer_a", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "Sai tên đăng nhập hoặc mật khẩu" in response.content.decode()


@pytest.mark.django_db
def test_repeated_failures_lock_the_account(client, personas, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:login"), {"username": "officer_a", "password": "x"})
    response = client.post(
        reverse("accounts:login"), {"username": "officer_a", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert 'data-testid="locked-out"' in response.content.decode()


@pytest.mark.django_db
def test_logout_needs_post_and_ends_the_session(client, personas):
    client.force_login(personas.officer_a)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("core:home")).status_code == 302


@pytest.mark.django_db
def test_password_change(client, personas):
    client.force_login(personas.officer_a)
    assert client.get(reverse("accounts:password_change")).status_code == 200
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Sông-Hồng-2026!",
            "new_password2": "Sông-Hồng-2026!",
        },
    )
    assert response.status_code == 302
    personas.officer_a.refresh_from_db()
    assert personas.officer_a.check_password("Sông-Hồng-2026!")


@pytest.mark.django_db
def test_profile_edit_and_language(client, personas):
    client.force_login(personas.officer_a)
    assert client.get(reverse("accounts:profile")).status_code == 200
    response = client.post(
        reverse("accounts:profile"),
        {
            "full_name": "Nguyễn Thị Lan",
            "email": "lan@example.org",
            "language": "en",
            "version": personas.officer_a.version,
        },
    )
    assert response.status_code == 302
    personas.officer_a.refresh_from_db()
    assert personas.officer_a.full_name == "Nguyễn Thị Lan"
    assert response.cookies["caunoi_language"].value == "en"


@pytest.mark.django_db
def test_api_token_is_shown_once_and_can_be_revoked(client, personas):
    client.force_login(personas.officer_a)
    client.post(reverse("accounts:api_token"), {"action": "create"})
    token = Token.objects.get(user=personas.officer_a)
    assert token.key in client.get(reverse("accounts:profile")).content.decode()
    assert token.key not in client.get(reverse("accounts:profile")).content.decode()
    client.post(reverse("accounts:api_token"), {"action": "revoke"})
    assert not Token.objects.filter(user=personas.officer_a).exists()


@pytest.mark.django_db
def test_only_administrators_set_other_peoples_passwords(client, personas):
    url = reverse("accounts:user_set_password", args=[personas.officer_a.pk])
    assert client.get(url).status_code == 302
    client.force_login(personas.outsider_b)
    assert client.get(url).status_code == 403
    client.force_login(personas.admin)
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"new_password1": "Tháp-Rùa-2026!", "new_password2": "Tháp-Rùa-2026!"}
    )
    assert response.status_code == 302
    personas.officer_a.refresh_from_db()
    assert personas.officer_a.check_password("Tháp-Rùa-2026!")


@pytest.mark.django_db
def test_user_page_offers_set_password_to_administrators_only(client, personas):
    url = reverse("accounts:user_detail", args=[personas.officer_a.pk])
    client.force_login(personas.admin)
    assert (
        reverse("accounts:user_set_password", args=[personas.officer_a.pk])
        in client.get(url).content.decode()
    )
    client.force_login(personas.auditor)
    assert "/password/" not in client.get(url).content.decode().split("<main")[1]


@pytest.mark.django_db
def test_role_page_lists_capabilities_in_vietnamese(client, personas):
    from caunoi.accounts.models import Role

    officer = Role.objects.get(slug="officer")
    client.force_login(personas.officer_a)
    page = client.get(reverse("accounts:role_detail", args=[officer.pk])).content.decode()
    assert "Nhập và cập nhật dữ liệu của đơn vị mình." in page
    assert ">sửa<" in page or ">sửa</span>" in page
