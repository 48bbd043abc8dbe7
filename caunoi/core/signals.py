"""Change log for many-to-many edits, which happen after the record's own save."""

from __future__ import annotations

from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from caunoi.core import changelog
from caunoi.core.choices import ChangeAction
from caunoi.core.context import current


def _pks(instance, field) -> list:
    return sorted(getattr(instance, field.name).values_list("pk", flat=True))


@receiver(m2m_changed)
def log_m2m_change(sender, instance, action, reverse, **kwargs):
    from caunoi.core.models import ChangeLoggedModel

    if reverse or not isinstance(instance, ChangeLoggedModel):
        return
    field = next((f for f in instance._meta.many_to_many if f.remote_field.through is sender), None)
    if field is None:
        return
    pending = instance.__dict__.setdefault("_m2m_before", {})
    if action in {"pre_add", "pre_remove", "pre_clear"}:
        pending.setdefault(field.name, _pks(instance, field))
        return
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    before = pending.pop(field.name, None)
    after = _pks(instance, field)
    latest = (
        changelog.changes_for(instance)
        .filter(request_id=current().request_id)
        .exclude(action=ChangeAction.DELETE)
        .first()
    )
    if latest is not None and latest.postchange is not None:
        latest.postchange = {**latest.postchange, field.name: after}
        latest.save(update_fields=["postchange"])
        return
    changelog.record(instance, ChangeAction.UPDATE, {field.name: before}, {field.name: after})
