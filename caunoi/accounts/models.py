"""Units, users, roles and memberships: who works where, and what they may do there."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser, Permission
from django.contrib.auth.models import UserManager as BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Concat, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.accounts.choices import Language, UnitKind
from caunoi.accounts.querysets import MembershipQuerySet, OrgUnitQuerySet
from caunoi.core.models import ChangeLoggedModel
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.querysets import RestrictedQuerySet

PATH_SEPARATOR = "/"


class OrgUnit(BilingualNameMixin, ChangeLoggedModel):
    """A unit (đơn vị) of the city: leadership, department, front, association, ward, …

    Units form a tree. A unit may be dissolved (``valid_to``) and replaced by successor units —
    Hà Nội's districts were abolished on 1 July 2025 and their records roll up into the wards and
    communes that replaced them. ``path`` is the materialised chain of ids from the root, kept by
    :meth:`save`, so that "this unit and everything under it" is one indexed prefix query.
    """

    name = models.CharField(_("name (Vietnamese)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name=_("successor units"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
    )
    description = models.TextField(_("description"), blank=True)
    path = models.CharField(max_length=500, editable=False, db_index=True, default="")
    search_text = models.TextField(editable=False, blank=True, default="")

    scope_field = None  # every signed-in user may see the org chart
    changelog_ignore = frozenset({"path"})
    search_fields = ("name", "name_en", "acronym")

    objects = OrgUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="orgunit_valid_period",
                violation_error_message=_("A unit cannot end before it begins."),
            ),
        ]

    @property
    def is_active(self) -> bool:
        today = timezone.localdate()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_to is None or self.valid_to >= today
        )

    @property
    def depth(self) -> int:
        return max(self.path.count(PATH_SEPARATOR) - 2, 0)

    def clean(self) -> None:
        super().clean()
        if self.parent_id and self.pk:
            ancestor = self.parent
            while ancestor is not None:
                if ancestor.pk == self.pk:
                    raise ValidationError({"parent": _("A unit cannot be placed under itself.")})
                ancestor = ancestor.parent

    def save(self, *args, **kwargs):
        old_path = self.path
        super().save(*args, **kwargs)
        parent_path = self.parent.path if self.parent_id else PATH_SEPARATOR
        new_path = f"{parent_path}{self.pk}{PATH_SEPARATOR}"
        if new_path == old_path:
            return
        OrgUnit.objects.filter(pk=self.pk).update(path=new_path)
        self.path = new_path
        if old_path:  # moved: carry the whole subtree along
            OrgUnit.objects.filter(path__startswith=old_path).exclude(pk=self.pk).update(
                path=Concat(Value(new_path), Substr("path", len(old_path) + 1))
            )


class Role(BilingualNameMixin, ChangeLoggedModel):
    """A role (vai trò): a named set of capabilities, held in a unit through a membership.

    The five built-in roles (Officer, Approver, Coordinator, Auditor, Administrator) are kept in
    step with the models by :func:`caunoi.accounts.roles.sync_roles` after every migration.
    """

    name = models.CharField(_("name (Vietnamese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    slug = models.SlugField(_("code"), max_length=50, unique=True)
    description = models.TextField(_("description"), blank=True)
    permissions = models.ManyToManyField(
        Permission, verbose_name=_("permissions"), blank=True, related_name="roles"
    )
    search_text = models.TextField(editable=False, blank=True, default="")

    scope_field = None
    search_fields = ("name", "name_en", "slug")

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["name"]

    @property
    def display_description(self) -> str:
        """The built-in roles' descriptions are English msgids, shown translated."""
        from django.utils.translation import gettext

        return gettext(self.description) if self.description else ""


class UserManager(BaseUserManager.from_queryset(RestrictedQuerySet)):
    pass


class User(AbstractUser, ChangeLoggedModel):
    """A person who signs in: an officer (cán bộ) of one or more units."""

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    position = models.CharField(_("position"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.VI
    )

    search_text = models.TextField(editable=False, blank=True, default="")

    scope_field = "memberships__unit"
    search_fields = ("username", "full_name", "email", "position")
    changelog_exclude = frozenset({"password"})
    changelog_ignore = frozenset({"last_login"})

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["username"]

    def __str__(self) -> str:
        return self.full_name or self.get_username()

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.get_username()

    def unit_scope(self, perm: str):
        from caunoi.accounts.scope import unit_scope_for

        return unit_scope_for(self, perm)

    @property
    def primary_unit(self):
        membership = self.active_memberships[0] if self.active_memberships else None
        return membership.unit if membership else None

    @property
    def active_memberships(self) -> list[Membership]:
        cache = self.__dict__.get("_active_memberships")
        if cache is None:
            cache = list(self.memberships.active().select_related("unit", "role").order_by("id"))
            self.__dict__["_active_memberships"] = cache
        return cache


class Membership(ChangeLoggedModel):
    """A membership: this user holds this role in this unit (and, optionally, the units below)."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.ForeignKey(
        Role, verbose_name=_("role"), on_delete=models.PROTECT, related_name="memberships"
    )
    include_descendants = models.BooleanField(
        _("includes units below"),
        default=False,
        help_text=_("The role also applies in every unit under this one."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    scope_field = "unit"
    display_related = ("user", "unit", "role")

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["user__username", "unit__path"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "unit", "role"],
                name="membership_unique_role_in_unit",
                violation_error_message=_("This user already has this role in this unit."),
            ),
        ]
        permissions = [
            ("view_all_units", _("Can see the records of every unit")),
            ("change_all_units", _("Can change the records of every unit")),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.role} · {self.unit}"
