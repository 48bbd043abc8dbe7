"""The shell: home page, language, health check, error pages, security headers."""

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers

covers("core:home", "core:set_language", "health")


@pytest.mark.django_db
def test_home_shows_units_counters_and_attention(client, personas):
    client.force_login(personas.officer_a)
    page = client.get(reverse("core:home")).content.decode()
    assert "Liên hiệp hữu nghị A" in page
    assert 'data-testid="home-counters"' in page and 'data-testid="attention"' in page


@pytest.mark.django_db
def test_user_without_unit_is_told_so(client, personas):
    client.force_login(personas.nobody)
    page = client.get(reverse("core:home")).content.decode()
    assert 'data-testid="my-units"' in page and "Liên hiệp" not in page


@pytest.mark.django_db
def test_language_switch_is_remembered_on_the_user(client, personas):
    client.force_login(personas.officer_a)
    response = client.post(reverse("core:set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    personas.officer_a.refresh_from_db()
    assert personas.officer_a.language == "en"
    assert ">Home<" in client.get("/").content.decode()


@pytest.mark.django_db
def test_language_switch_refuses_foreign_redirects(client):
    response = client.post(
        reverse("core:set_language"), {"language": "en", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_vietnamese_is_the_default(client, personas):
    client.force_login(personas.officer_a)
    assert "Trang chủ" in client.get("/").content.decode()


@pytest.mark.django_db
def test_health_check_is_public(client):
    assert client.get(reverse("health")).json() == {"status": "ok"}


@pytest.mark.django_db
def test_not_found_page_is_translated(client, personas):
    client.force_login(personas.officer_a)
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Trang này không tồn tại" in response.content.decode()


@pytest.mark.django_db
def test_csp_forbids_inline_scripts(client):
    response = client.get(reverse("accounts:login"))
    policy = response["Content-Security-Policy"]
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'self'" in script_src
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_browser_language_does_not_override_vietnamese(client, personas):
    client.force_login(personas.officer_a)
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Trang chủ" in page


@pytest.mark.django_db
def test_lists_start_with_their_default_columns_and_remember_a_choice(client, personas):
    client.force_login(personas.officer_a)
    url = reverse("accounts:orgunit_list")
    page = client.get(url).content.decode()
    assert "Tên (tiếng Anh)</a>" not in page  # name_en is not a default column of units
    page = client.get(url + "?columns=name&columns=name_en").content.decode()
    assert "Tên (tiếng Anh)" in page.split("<thead>")[1].split("</thead>")[0]
    assert "Tên (tiếng Anh)" in client.get(url).content.decode().split("<thead>")[1]
