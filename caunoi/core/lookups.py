"""Seeding lookup tables (``OrganizationalModel`` rows) from a data migration.

    SECTORS = [("health", "Y tế", "Health"), …]
    add, remove = seed_rows("aid_projects", "AidSector", SECTORS)
    operations = [migrations.RunPython(add, remove)]

Rows are matched by slug and never overwritten, so Coordinators may rename them afterwards.
"""

from __future__ import annotations

from caunoi.core.fold import fold


def seed_rows(app_label: str, model_name: str, rows: list[tuple[str, str, str]]):
    """(forward, backward) functions for ``RunPython``: add the (slug, name, name_en) rows that
    are missing; remove them again."""

    def add(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for slug, name, name_en in rows:
            model.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "name_en": name_en,
                    "search_text": fold(f"{name} {name_en} {slug}"),
                },
            )

    def remove(apps, schema_editor):
        slugs = [slug for slug, _name, _name_en in rows]
        apps.get_model(app_label, model_name).objects.filter(slug__in=slugs).delete()

    return add, remove
