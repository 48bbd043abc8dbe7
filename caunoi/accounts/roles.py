"""The built-in roles and the capabilities each holds, derived from the models.

Capabilities follow the kind of model, so a new app's models join the right roles on the next
``migrate`` without anyone editing this file:

- business records (``PrimaryModel``): Officers and Approvers view, add, change and delete them in
  their units; Coordinators too, and see every unit; Auditors only view, everywhere;
- lookup tables (``OrganizationalModel``) and the org chart: everyone views; Coordinators edit
  lookups; Administrators edit everything;
- custom permissions: ``approve_*`` belong to Approvers (and Coordinators, who approve at city
  level), ``coordinate_*`` to Coordinators; ``view_personal_*`` (contact details, always logged)
  to the roles that work with people — Officers, Approvers, Coordinators, Administrators — and
  not to Auditors, who audit the records, not the people;
- the change log is browsed by Auditors, Coordinators and Administrators.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_noop

from caunoi.core.models import OrganizationalModel, PrimaryModel

DOMAIN_APP_PREFIX = "caunoi."
CRUD = ("view", "add", "change", "delete")


@dataclass(frozen=True)
class RoleSpec:
    slug: str
    name: str
    name_en: str
    description: str


OFFICER = RoleSpec(
    "officer",
    "Chuyên viên",
    "Officer",
    gettext_noop("Adds and updates the records of their own unit."),
)
APPROVER = RoleSpec(
    "approver",
    "Lãnh đạo phê duyệt",
    "Approver",
    gettext_noop("A unit's leader: approves the unit's requests."),
)
COORDINATOR = RoleSpec(
    "coordinator",
    "Điều phối viên",
    "Coordinator",
    gettext_noop("Department of Foreign Affairs: sees every unit and coordinates."),
)
AUDITOR = RoleSpec(
    "auditor",
    "Kiểm tra viên",
    "Auditor",
    gettext_noop("Reads everything, including the change history; changes nothing."),
)
ADMINISTRATOR = RoleSpec(
    "administrator",
    "Quản trị hệ thống",
    "Administrator",
    gettext_noop("Manages users, units and roles; restores deleted records."),
)
ROLES = (OFFICER, APPROVER, COORDINATOR, AUDITOR, ADMINISTRATOR)


def _domain_models():
    return [m for m in apps.get_models() if m.__module__.startswith(DOMAIN_APP_PREFIX)]


def _codenames(model, actions) -> set[str]:
    return {f"{action}_{model._meta.model_name}" for action in actions}


def permissions_for(slug: str) -> set[tuple[str, str]]:
    """(app_label, codename) pairs the role holds."""
    wanted: set[tuple[str, str]] = set()
    for model in _domain_models():
        label = model._meta.app_label
        custom = {codename for codename, _name in model._meta.permissions}
        is_business = issubclass(model, PrimaryModel)
        is_lookup = issubclass(model, OrganizationalModel)
        codes: set[str] = set()
        if model._meta.model_name in {"orgunit", "role"}:
            codes |= _codenames(model, ["view"])
        if slug in {"officer", "approver"}:
            if is_business:
                codes |= _codenames(model, CRUD)
            elif is_lookup:
                codes |= _codenames(model, ["view"])
            codes |= {c for c in custom if c.startswith("view_personal_")}
            if slug == "approver":
                codes |= {c for c in custom if c.startswith("approve_")}
        elif slug == "coordinator":
            if is_business:
                codes |= _codenames(model, CRUD)
            elif is_lookup:
                codes |= _codenames(model, ["view", "add", "change"])
            codes |= {
                c for c in custom if c.startswith(("approve_", "coordinate_", "view_personal_"))
            }
            if model._meta.label_lower == "core.objectchange":
                codes.add("view_objectchange")
            if label == "accounts":  # who works where: the contact people of every unit
                codes |= _codenames(model, ["view"])
            if model._meta.label_lower == "accounts.membership":
                codes.add("view_all_units")
        elif slug == "auditor":
            codes |= _codenames(model, ["view"])
            if model._meta.label_lower == "accounts.membership":
                codes.add("view_all_units")
        elif slug == "administrator":
            codes |= _codenames(model, CRUD) | custom
        wanted |= {(label, code) for code in codes}
    return wanted


@transaction.atomic
def sync_roles(verbosity: int = 0) -> None:
    """Create the built-in roles and set their permissions (idempotent)."""
    from caunoi.accounts.models import Role

    ContentType.objects.clear_cache()
    for spec in ROLES:
        role = Role.objects.filter(slug=spec.slug).first()
        if role is None:
            role = Role(
                slug=spec.slug, name=spec.name, name_en=spec.name_en, description=spec.description
            )
            role.save()
        wanted = permissions_for(spec.slug)
        perms = [
            p
            for p in Permission.objects.select_related("content_type")
            if (p.content_type.app_label, p.codename) in wanted
        ]
        current = set(role.permissions.values_list("pk", flat=True))
        if current != {p.pk for p in perms}:
            role.permissions.set(perms)
        if verbosity:
            print(f"role {spec.slug}: {len(perms)} permissions")
