"""The search index: one row per searchable record (mục lục tìm kiếm).

Registered models (see :mod:`caunoi.core.search.registry`) are copied here when they are saved,
so that the global search box answers from one table instead of scanning every registry.
``text`` holds the folded words of the record (:func:`caunoi.core.fold.fold`, đ→d), padded with
a space on each side; ``title`` and ``subtitle`` keep the original, accented text for display
and highlighting. ``owner_unit`` is a copy of the record's unit so scope is applied in SQL.

Database side (migration ``core.0002``): on SQLite an FTS5 table ``core_searchentry_fts`` kept
in step by triggers; on PostgreSQL a GIN trigram index on ``text``.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One searchable record: what it is called, what is shown, and which unit owns it."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("type"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("record id"))
    # A copy for scoping, not a relation to keep: no database constraint, nothing cascades.
    owner_unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("owning unit"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    subtitle = models.CharField(_("subtitle"), max_length=500, blank=True)
    text = models.TextField(_("folded text"))
    weight = models.FloatField(_("weight"), default=1.0)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="searchentry_one_per_record"
            ),
        ]
        indexes = [
            models.Index(fields=["content_type", "owner_unit"], name="searchentry_type_unit"),
        ]

    def __str__(self) -> str:
        return self.title
