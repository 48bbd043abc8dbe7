"""The four abstract bases every concrete model picks one of (STYLE.md "Models").

- :class:`BaseModel`: timestamps and the restricted manager.
- :class:`ChangeLoggedModel`: adds a version for optimistic locking and a change-log row for
  every create, update and delete.
- :class:`OrganizationalModel`: lookup tables (name, English name, slug).
- :class:`PrimaryModel`: real business records, owned by a unit, soft-deleted.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from caunoi.core.choices import ChangeAction
from caunoi.core.fold import fold
from caunoi.core.querysets import AliveManager, AllObjectsManager, RestrictedManager


class ConcurrentEditError(Exception):
    """Somebody saved the record after this copy was read; the save was refused."""

    def __init__(self, obj, current_version: int | None):
        self.obj = obj
        self.current_version = current_version
        super().__init__(
            f"{obj._meta.label} {obj.pk}: version {obj.version} is stale (now {current_version})"
        )


class BaseModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, editable=False)

    # The field that ties a row to an org unit for scoping; None for unscoped lookup tables.
    scope_field: str | None = None
    # Fields whose folded text feeds the ``search_text`` column (see SearchableMixin users).
    search_fields: tuple[str, ...] = ()
    # Relations that ``__str__`` reads: lists and the API fetch them with the rows (no N+1).
    display_related: tuple[str, ...] = ()

    objects = RestrictedManager()

    class Meta:
        abstract = True

    def get_absolute_url(self) -> str:
        opts = self._meta
        try:
            return reverse(f"{opts.app_label}:{opts.model_name}_detail", args=[self.pk])
        except NoReverseMatch:
            return ""

    def build_search_text(self) -> str:
        parts = []
        for name in self.search_fields:
            value = getattr(self, name, "")
            if value:
                parts.append(str(value))
        return fold(" ".join(parts))


class ChangeLoggedModel(BaseModel):
    """A record whose every create, update and delete is kept in the change log.

    ``version`` grows by one with each save. A save carrying an older version than the one in the
    database is refused with :class:`ConcurrentEditError`, so two officers editing the same
    record never overwrite each other silently.
    """

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    # Field names left out of change-log snapshots (sensitive data): shown as changed, never shown.
    changelog_exclude: frozenset[str] = frozenset()
    # Derived fields left out of snapshots altogether.
    changelog_ignore: frozenset[str] = frozenset()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        from caunoi.core import changelog
        from caunoi.core.search import index as search_index

        action = kwargs.pop("_change_action", None) or ChangeAction.UPDATE
        if self.search_fields and hasattr(self, "search_text"):
            self.search_text = self.build_search_text()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        if self._state.adding or self.pk is None:
            with transaction.atomic():
                self.version = 1
                super().save(*args, **kwargs)
                changelog.record(self, ChangeAction.CREATE, None, changelog.snapshot(self))
                search_index.update(self)
            return
        with transaction.atomic():
            before = type(self)._base_manager.select_for_update().filter(pk=self.pk).first()
            if before is None or before.version != self.version:
                raise ConcurrentEditError(self, before.version if before else None)
            prechange = changelog.snapshot(before)
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version", "updated_at"}
            super().save(*args, **kwargs)
            changelog.record(self, action, prechange, changelog.snapshot(self))
            search_index.update(self)  # a soft-deleted record leaves the index

    def delete(self, *args, **kwargs):
        from caunoi.core import changelog
        from caunoi.core.search import index as search_index

        with transaction.atomic():
            prechange = changelog.snapshot(self)
            changelog.record(self, ChangeAction.DELETE, prechange, None)
            search_index.remove(self)
            return super().delete(*args, **kwargs)


def bilingual(name: str, name_en: str) -> str:
    """``name_en`` for English readers when it is filled, else the Vietnamese ``name`` (also for
    rows read as bare values, without their model)."""
    return name_en if name_en and get_language() == "en" else name


class BilingualNameMixin:
    """Shows ``name_en`` to English readers when it is filled, else the Vietnamese ``name``."""

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return bilingual(self.name, getattr(self, "name_en", ""))


class OrganizationalModel(BilingualNameMixin, ChangeLoggedModel):
    """A lookup table row (fields of cooperation, regions, …): shared by every unit."""

    name = models.CharField(_("name (Vietnamese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    slug = models.SlugField(_("code"), max_length=100, unique=True)
    search_text = models.TextField(editable=False, blank=True, default="")

    search_fields = ("name", "name_en", "slug")

    class Meta:
        abstract = True
        ordering = ["name"]


class PrimaryModel(ChangeLoggedModel):
    """A real business record, owned by a unit. Deleting it hides it; an Administrator restores."""

    owner_unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("owning unit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    comments = models.TextField(_("comments"), blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, editable=False)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deleted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    scope_field = "owner_unit"
    # True for city-wide registries (partners, relations): every unit reads them, so that two
    # units never work the same partner without knowing; only the owning unit changes them.
    shared_registry = False

    objects = AliveManager()
    all_objects = AllObjectsManager()

    class Meta:
        abstract = True

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def soft_delete(self, *, acting_user=None) -> None:
        self.deleted_at = timezone.now()
        self.deleted_by = acting_user
        self.save(update_fields=["deleted_at", "deleted_by"], _change_action=ChangeAction.DELETE)

    def restore(self, *, acting_user=None) -> None:
        self.deleted_at = None
        self.deleted_by = None
        self.save(update_fields=["deleted_at", "deleted_by"], _change_action=ChangeAction.RESTORE)

    # Templates must never call these (Django calls callables found in templates).
    soft_delete.alters_data = True
    restore.alters_data = True
