"""What other apps and screens may ask of the staff app: moving a person, finding speakers.

Public functions, so peer apps (delegations) use them without importing models' internals.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.staff.choices import WORKING_LEVEL
from caunoi.staff.models import StaffAssignment, StaffLanguage, StaffMember


def move_staff_member(
    staff: StaffMember, *, to_unit, on: datetime.date, acting_user=None
) -> StaffMember:
    """Record that ``staff`` works in ``to_unit`` from ``on`` (điều động, luân chuyển).

    Side effects: closes the current posting as a :class:`StaffAssignment` (old unit, from
    ``unit_since``, until the day before ``on``); sets ``owner_unit`` and ``unit_since``; moves the
    person's language and training records to the new unit with them. Every row written is
    change-logged, under the user of the current change context (``acting_user`` is kept for
    the workflow-function convention). Raises ``ValidationError`` (translated) when the move
    makes no sense.
    """
    with transaction.atomic():
        staff = StaffMember.objects.select_for_update().get(pk=staff.pk)
        if to_unit.pk == staff.owner_unit_id:
            raise ValidationError(_("The person already works in this unit."))
        if staff.unit_since and on <= staff.unit_since:
            raise ValidationError(
                _("The move must come after the person joined their current unit.")
            )
        if staff.active_from and on <= staff.active_from:
            raise ValidationError(_("The move must come after the person started."))
        StaffAssignment(
            staff_member=staff,
            unit_id=staff.owner_unit_id,
            start=staff.unit_since or staff.active_from,
            end=on - datetime.timedelta(days=1),
        ).save()
        staff.owner_unit = to_unit
        staff.unit_since = on
        staff.save(update_fields=["owner_unit", "unit_since"])
        for record in [*staff.languages.all(), *staff.attendances.all()]:
            record.owner_unit = to_unit
            record.save(update_fields=["owner_unit"])
    return staff


def language_cover(
    unit_ids: Iterable[int] | None,
    language_codes: Iterable[str],
    *,
    on: datetime.date | None = None,
    min_level: int = WORKING_LEVEL,
) -> list[StaffMember]:
    """Staff who can work in one of ``language_codes`` (ISO 639-1), best speakers first.

    For delegations: "who in these units speaks the language of the country we are going to?"
    (:func:`caunoi.staff.languages.languages_for_country` gives a country's languages). Counts
    people active on ``on`` (today by default) who belong to one of ``unit_ids`` on that day
    (``None``: every unit) and speak one of the languages at ``min_level`` or above (B2 / bậc 4,
    the working level, by default). The caller passes only units the asking user may see.
    Each person carries ``matching_languages``: their qualifying language records.
    """
    codes = list(language_codes)
    if not codes:
        return []
    day = on or timezone.localdate()
    qualifying = StaffLanguage.objects.filter(language__in=codes, level__gte=min_level)
    people = (
        StaffMember.objects.in_units_on(unit_ids, day)
        .filter(pk__in=qualifying.values("staff_member"))
        .select_related("owner_unit")
        .prefetch_related(
            Prefetch(
                "languages",
                queryset=qualifying.order_by("-level", "language"),
                to_attr="matching_languages",
            )
        )
    )
    return sorted(people, key=lambda p: (-p.matching_languages[0].level, p.full_name))
