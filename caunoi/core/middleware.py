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
