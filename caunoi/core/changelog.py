"""Writing and reading the change log.

Snapshots are plain JSON of a record's concrete fields and many-to-many links. Sensitive fields
(``changelog_exclude``) are replaced by a short digest so a change is visible but the value never
is.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from caunoi.core.context import current

SKIPPED_FIELDS = {"created_at", "updated_at", "search_text"}
MASK_PREFIX = "•••"


def _digest(value: Any) -> str:
    raw = json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True).encode()
    return MASK_PREFIX + hashlib.sha256(raw).hexdigest()[:8]


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The record's field values as JSON-safe data, keyed by field name."""
    data: dict[str, Any] = {}
    excluded = getattr(obj, "changelog_exclude", frozenset())
    ignored = SKIPPED_FIELDS | getattr(obj, "changelog_ignore", frozenset())
    for field in obj._meta.concrete_fields:
        if field.name in ignored:
            continue
        value = getattr(obj, field.attname)
        if isinstance(field, models.FileField):
            value = value.name if value else ""
        data[field.name] = _digest(value) if field.name in excluded and value else value
    if obj.pk is not None:
        for field in obj._meta.many_to_many:
            data[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def record(obj: models.Model, action: str, prechange: dict | None, postchange: dict | None):
    """Write one change-log row for ``obj`` in the current change context."""
    from caunoi.core.models import ObjectChange

    if prechange is not None and postchange is not None and prechange == postchange:
        return None
    ctx = current()
    user = ctx.acting_user
    return ObjectChange.objects.create(
        user=user,
        user_name=user.get_username() if user else "",
        request_id=ctx.request_id,
        source=ctx.source,
        remote_addr=ctx.remote_addr,
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=obj.pk,
        object_repr=str(obj)[:300],
        object_version=getattr(obj, "version", None),
        owner_unit_id=_owner_unit_id(obj),
        prechange=prechange,
        postchange=postchange,
    )


def _owner_unit_id(obj) -> int | None:
    field = getattr(obj, "scope_field", None)
    if field == "owner_unit":
        return obj.owner_unit_id
    if field in {"pk", "id"}:
        return obj.pk
    if field and "__" not in field:
        return getattr(obj, f"{field}_id", None)
    return None


def changes_for(obj: models.Model):
    """Every change of one record, newest first."""
    from caunoi.core.models import ObjectChange

    ct = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return ObjectChange.objects.filter(content_type=ct, object_id=obj.pk).select_related("user")


def changes_since(obj: models.Model, version: int):
    """Changes made after ``version`` was read: what a conflicting editor did not see."""
    return changes_for(obj).filter(object_version__gt=version).order_by("time", "id")


def erase_history(obj: models.Model) -> int:
    """Keep the rows (who, when, what action) but drop every value: for erasure requests."""
    return changes_for(obj).update(prechange=None, postchange=None, object_repr=f"#{obj.pk}")
