"""Partner registry services: duplicate detection and merging (one named function each)."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from caunoi.core import changelog
from caunoi.core.choices import ChangeAction
from caunoi.core.fold import fold


def folded_names(*names: str) -> set[str]:
    return {fold(n) for n in names if n and fold(n)}


def find_duplicates(*, names: list[str], country_id, exclude_pk=None, queryset=None):
    """Partners whose folded name in any language equals one of ``names`` in the same country.

    The candidates are narrowed in SQL by the folded search text, then compared exactly.
    """
    from caunoi.partners.models import Partner

    wanted = folded_names(*names)
    if not wanted:
        return []
    base = queryset if queryset is not None else Partner.objects.all()
    condition = Q()
    for name in wanted:
        condition |= Q(search_text__contains=name)
    candidates = base.filter(condition, country_id=country_id)
    if exclude_pk:
        candidates = candidates.exclude(pk=exclude_pk)
    return [p for p in candidates if folded_names(p.name, p.name_en, p.name_native) & wanted]


@transaction.atomic
def merge_partners(keep, remove, *, acting_user) -> dict[str, int]:
    """Fold ``remove`` into ``keep``: every link moves, empty fields are filled, ``remove`` is
    soft-deleted. Returns how many links moved per record type.

    Side effects: updates every row pointing at ``remove`` (any app, found through the model
    metadata, so later apps are covered without change), change-log rows on both partners.
    """
    from caunoi.partners.models import Partner

    if keep.pk == remove.pk:
        raise ValueError(_("A partner cannot be merged into itself."))
    keep = Partner.objects.select_for_update().get(pk=keep.pk)
    remove = Partner.objects.select_for_update().get(pk=remove.pk)
    moved: dict[str, int] = {}
    for relation in Partner._meta.related_objects:
        model = relation.related_model
        if relation.many_to_many:
            through = relation.through
            source = relation.field.m2m_field_name()
            target = relation.field.m2m_reverse_field_name()
            links = through.objects.filter(**{target: remove.pk})
            already = set(
                through.objects.filter(**{target: keep.pk}).values_list(source, flat=True)
            )
            links.filter(**{f"{source}__in": already}).delete()
            count = links.update(**{target: keep.pk})
        else:
            manager = getattr(model, "all_objects", model._base_manager)
            rows = manager.filter(**{relation.field.name: remove.pk})
            count = 0
            for row in rows:  # through save(): each moved record is versioned and logged
                setattr(row, relation.field.name, keep)
                row.save(update_fields=[relation.field.name])
                count += 1
        if count:
            moved[str(model._meta.verbose_name_plural)] = count
    for field in (
        "name_en",
        "name_native",
        "acronym",
        "website",
        "email",
        "phone",
        "address",
        "latitude",
        "longitude",
        "founded_on",
        "ngo_registration_number",
    ):
        if not getattr(keep, field) and getattr(remove, field):
            setattr(keep, field, getattr(remove, field))
    keep.comments = "\n".join(
        filter(
            None,
            [
                keep.comments,
                _("Merged from %(name)s (#%(pk)s).") % {"name": remove.name, "pk": remove.pk},
            ],
        )
    )
    keep.save()
    keep.cooperation_fields.add(*remove.cooperation_fields.all())
    remove.comments = "\n".join(
        filter(
            None,
            [
                remove.comments,
                _("Merged into %(name)s (#%(pk)s).") % {"name": keep.name, "pk": keep.pk},
            ],
        )
    )
    remove.save(update_fields=["comments"])
    remove.soft_delete(acting_user=acting_user)
    changelog.record(
        keep,
        ChangeAction.MERGE,
        {"merged_from": remove.pk},
        {"merged_from": remove.pk, "moved": moved},
    )
    return moved
