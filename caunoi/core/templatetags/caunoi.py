"""Template helpers shared by every screen."""

from __future__ import annotations

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def icon(name: str, css: str = "") -> str:
    """An inline SVG from the vendored Tabler icon sprite."""
    href = static("vendor/tabler-icons/sprite.svg") + f"#ti-{name}"
    return format_html(
        '<svg class="icon {}" aria-hidden="true" focusable="false"><use href="{}"></use></svg>',
        css,
        href,
    )


@register.filter
def change_value(value):
    """A value from a change-log snapshot, readable."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return value


@register.filter
def verbose_name(obj) -> str:
    return obj._meta.verbose_name


@register.filter
def verbose_name_plural(obj) -> str:
    return obj._meta.verbose_name_plural


@register.simple_tag
def record_url(obj, screen: str = "detail") -> str:
    """The URL of one of a record's screens (edit, delete, changelog…), or "" if it has none."""
    from django.urls import NoReverseMatch, reverse

    opts = obj._meta
    try:
        return reverse(f"{opts.app_label}:{opts.model_name}_{screen}", args=[obj.pk])
    except NoReverseMatch:
        return ""


@register.simple_tag
def record_perm(obj, action: str) -> str:
    """``app.action_model`` for a record or model, to test against ``perms``."""
    opts = obj._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


@register.simple_tag(takes_context=True)
def can(context, obj, action: str) -> bool:
    """Whether the current user may ``action`` this very record (its unit, not just anywhere)."""
    return may(context.get("user"), obj, action)


def may(user, obj, action: str) -> bool:
    """The ``can`` tag's answer, for Python callers (a table's row actions)."""
    from caunoi.core.scope import perm_name

    if user is None or not user.is_authenticated:
        return False
    return user.has_perm(perm_name(obj, action), obj)


@register.filter
def money(value, style: str = "compact") -> str:
    """``{{ project.commitment|money }}`` → "970,8 triệu USD"; ``|money:"full"`` in full."""
    from caunoi.core.money import Money, format_money

    if not isinstance(value, Money):
        return "—"
    return format_money(value, compact=style != "full")


@register.filter
def rate(value) -> str:
    """``{{ row.rate|rate }}`` → "27.150" (Vietnamese) or "27,150": grouped, up to six decimals."""
    from decimal import Decimal

    from caunoi.core.money.format import format_rate

    if not isinstance(value, Decimal | int):
        return "—"
    return format_rate(Decimal(value))
