"""The home page, the language switch, the health check and the error pages."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.http import require_POST

from caunoi.core import registry
from caunoi.core.counting import cached_count


def _count(model, user) -> int:
    """The home page's tiles count whole registries: see :mod:`caunoi.core.counting`."""
    return cached_count(model.objects.restrict(user))


@login_required
def home(request):
    user = request.user
    tiles = []
    for counter in sorted(registry.counters, key=lambda c: c.order):
        model = apps.get_model(counter.model_label)
        perm = f"{model._meta.app_label}.view_{model._meta.model_name}"
        if not user.has_perm(perm):
            continue
        try:
            url = reverse(counter.url_name)
        except NoReverseMatch:
            url = ""
        tiles.append({"counter": counter, "count": _count(model, user), "url": url})
    attention = []
    for provider in registry.attention_providers:
        attention.extend(provider(user))
    panels = [
        p
        for p in sorted(registry.home_panels, key=lambda p: p.order)
        if p.perm is None or user.has_perm(p.perm)
    ]
    context = {
        "memberships": user.active_memberships,
        "tiles": tiles,
        "attention": attention,
        "panels": panels,
    }
    return render(request, "core/home.html", context)


@require_POST
def set_language(request):
    """Switch the interface language; remembered on the user and in a cookie."""
    language = request.POST.get("language", "")
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or "/"
    if not url_has_allowed_host_and_scheme(
        target, {request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if language in dict(settings.LANGUAGES) and check_for_language(language):
        if request.user.is_authenticated and request.user.language != language:
            request.user.language = language
            request.user.save(update_fields=["language"])
        remember_language(response, language)
    return response


def remember_language(response, language: str):
    """Keep the chosen interface language in the cookie the language middleware reads."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response


def health(request):
    """For load balancers: the app answers and the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def error_403(request, exception=None):
    return render(request, "403.html", status=403)


def error_404(request, exception=None):
    return render(request, "404.html", status=404)


def error_500(request):
    return render(request, "500.html", status=500)
