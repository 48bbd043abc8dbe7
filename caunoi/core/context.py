"""Who is acting, from where: the context every change-log row is stamped with.

Web requests set it in :class:`caunoi.core.middleware.RequestContextMiddleware`; the ``caunoi``
console command sets it for management commands; anything else records as "system".
"""

from __future__ import annotations

import contextlib
import uuid
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ChangeContext:
    source: str  # one of core.choices.ChangeSource
    request: Any = None  # the HttpRequest, read lazily: DRF authenticates inside the view
    user: Any = None
    request_id: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def acting_user(self):
        if self.user is not None:
            return self.user
        user = getattr(self.request, "user", None)
        if user is not None and getattr(user, "is_authenticated", False):
            return user
        return None

    @property
    def remote_addr(self) -> str | None:
        if self.request is None:
            return None
        return self.request.META.get("REMOTE_ADDR")


_current: ContextVar[ChangeContext | None] = ContextVar("caunoi_change_context", default=None)


def current() -> ChangeContext:
    ctx = _current.get()
    if ctx is None:
        ctx = ChangeContext(source="system")
        _current.set(ctx)
    return ctx


@contextlib.contextmanager
def change_context(source: str, *, request: Any = None, user: Any = None):
    """Run a block with its own change context (one request id for all its changes)."""
    token = _current.set(ChangeContext(source=source, request=request, user=user))
    try:
        yield _current.get()
    finally:
        _current.reset(token)
