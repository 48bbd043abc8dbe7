from __future__ import annotations

from caunoi.core.choices import ChangeSource
from caunoi.core.context import change_context


class RequestContextMiddleware:
    """Open a change context per request so every change it makes shares one request id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        source = ChangeSource.API if request.path.startswith("/api/") else ChangeSource.UI
        with change_context(source, request=request) as ctx:
            request.request_id = ctx.request_id
            response = self.get_response(request)
        response["X-Request-ID"] = str(ctx.request_id)
        return response


class LanguageMiddleware:
    """Vietnamese unless the user chose otherwise (the language cookie set at sign-in or by the
    switch). The browser's Accept-Language is deliberately ignored: officers share machines whose
    browsers are often set to English, and the system's working language is Vietnamese."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.utils import translation
        from django.utils.cache import patch_vary_headers

        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Cookie",))
        return response
