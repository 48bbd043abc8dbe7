"""Guarded personal data, whatever the record: who may see it, and the log of every access.

Apps keep the data on their own models and a concrete
:class:`caunoi.core.models.personal.PersonalDataAccessEntry` with ``related_name="access_log"``
(partners' contact channels, delegation members' passports). A ``view_personal_<model>``
permission gates the showing (``accounts/roles.py`` gives it to the roles that work with
people, not to Auditors); every showing, export, erasure and transfer is written with
:func:`log_access`.
"""

from __future__ import annotations

from collections.abc import Iterable

from caunoi.core.scope import perm_name


def personal_perm(model) -> str:
    """``app.view_personal_<model>``: the right to see the model's guarded fields."""
    return perm_name(model, "view_personal")


def may_see_personal(user, obj_or_model) -> bool:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return bool(user and user.is_authenticated and user.has_perm(personal_perm(model)))


def _remote_addr(request) -> str | None:
    return request.META.get("REMOTE_ADDR") if request is not None else None


def log_access(record, request, action: str, *, user=None):
    """One access-log row for ``record`` (its ``access_log`` relation)."""
    return record.access_log.create(
        user=user if user is not None else getattr(request, "user", None),
        action=action,
        remote_addr=_remote_addr(request),
    )


def log_accesses(records: Iterable, request, action: str) -> int:
    """One row per record, in one query per log model (a list of people shown at once)."""
    records = list(records)
    if not records:
        return 0
    relation = records[0].access_log
    model, field = relation.model, relation.field.name
    user = getattr(request, "user", None)
    model.objects.bulk_create(
        [
            model(**{field: record}, user=user, action=action, remote_addr=_remote_addr(request))
            for record in records
        ]
    )
    return len(records)
