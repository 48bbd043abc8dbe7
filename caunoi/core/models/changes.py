"""The change log: one row per create, update, delete or restore of a change-logged record."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.choices import ChangeAction, ChangeSource
from caunoi.core.querysets import RestrictedManager


class ObjectChange(models.Model):
    """A change (thay đổi) to a record: who made it, when, from which request, before and after.

    Rows are written by :mod:`caunoi.core.changelog` only and never edited. The owning unit is
    copied from the record so that history stays in the same scope as the record it describes.
    """

    time = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="changes",
    )
    user_name = models.CharField(_("user name"), max_length=150, blank=True)
    request_id = models.UUIDField(_("request ID"), db_index=True)
    source = models.CharField(_("source"), max_length=10, choices=ChangeSource.choices)
    remote_addr = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=ChangeAction.choices)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("record type"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("record ID"))
    object_repr = models.CharField(_("record"), max_length=300)
    object_version = models.PositiveIntegerField(_("version"), null=True, blank=True)
    owner_unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("owning unit"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    prechange = models.JSONField(_("before"), null=True, blank=True)
    postchange = models.JSONField(_("after"), null=True, blank=True)

    scope_field = "owner_unit"
    objects = RestrictedManager()

    class Meta:
        verbose_name = _("change")
        verbose_name_plural = _("changes")
        ordering = ["-time", "-id"]
        indexes = [
            models.Index(fields=["content_type", "object_id", "-time"], name="objectchange_object"),
        ]
        permissions = [("restore_deleted", _("Can restore deleted records"))]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_repr}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("core:objectchange_detail", args=[self.pk])

    def object_url(self) -> str:
        """The record's page, if it still exists and has one."""
        model = self.model_class
        if model is None or (self.action == "delete" and not hasattr(model, "all_objects")):
            return ""
        from django.urls import NoReverseMatch, reverse

        opts = model._meta
        try:
            return reverse(f"{opts.app_label}:{opts.model_name}_detail", args=[self.object_id])
        except NoReverseMatch:
            return ""

    @property
    def model_class(self):
        return self.content_type.model_class()

    def diff_rows(self) -> list[tuple[str, object, object]]:
        """(field label, before, after) for each changed field, related records by name."""
        return [(label, old, new) for label, old, new, changed in self.field_rows() if changed]

    def field_rows(self) -> list[tuple[str, object, object, bool]]:
        """(field label, before, after, changed) for every field kept, readable values."""
        model = self.model_class
        before, after = self.prechange or {}, self.postchange or {}
        changed = set(self.changed_fields())
        rows = []
        for key in dict.fromkeys([*before.keys(), *after.keys()]):
            field = _field_or_none(model, key)
            label = str(field.verbose_name) if field is not None else key
            rows.append(
                (
                    label[:1].upper() + label[1:],
                    _readable(field, before.get(key)),
                    _readable(field, after.get(key)),
                    key in changed,
                )
            )
        return rows

    def changed_fields(self) -> list[str]:
        before = self.prechange or {}
        after = self.postchange or {}
        keys = list(dict.fromkeys([*before.keys(), *after.keys()]))
        return [key for key in keys if before.get(key) != after.get(key)]


def _field_or_none(model, name):
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except Exception:
        return None


def _readable(field, value):
    """Show choices by label and related records by name, as the user knows them."""
    if field is None or value is None or value == "":
        return value
    if getattr(field, "choices", None):
        return dict(field.flatchoices).get(value, value)
    related = getattr(field, "related_model", None)
    if related is None or not (field.many_to_one or field.one_to_one or field.many_to_many):
        return value
    manager = related._base_manager
    ids = value if isinstance(value, list) else [value]
    names = {obj.pk: str(obj) for obj in manager.filter(pk__in=ids)}
    shown = [names.get(pk, f"#{pk}") for pk in ids]
    return shown if isinstance(value, list) else shown[0]
