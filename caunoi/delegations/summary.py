"""The documents of a delegation: its agenda and its one-page trip summary, in the state's
administrative format (:mod:`caunoi.core.decree30`), and the member list for a foreign host."""

from __future__ import annotations

import io
import itertools

from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.core import decree30
from caunoi.delegations.choices import MemberRole


def agenda_days(delegation):
    """The programme grouped by day: [(date, [items])]."""
    items = delegation.programme.select_related("partner").order_by("date", "start_time", "pk")
    return [(day, list(group)) for day, group in itertools.groupby(items, key=lambda i: i.date)]


def _time(item) -> str:
    if item.start_time is None:
        return ""
    start = item.start_time.strftime("%H:%M")
    return f"{start}–{item.end_time.strftime('%H:%M')}" if item.end_time else start


def _parent_of(unit) -> str:
    parent = unit.parent
    return parent.name if parent is not None else "UBND THÀNH PHỐ HÀ NỘI"


def agenda_document(delegation):
    doc = decree30.document()
    unit = delegation.owner_unit
    decree30.header(doc, parent=_parent_of(unit), issuer=unit.name, day=timezone.localdate())
    decree30.title(doc, _("Programme"), str(delegation))
    for day, items in agenda_days(delegation):
        decree30.heading(doc, day.strftime("%d/%m/%Y"))
        decree30.table(
            doc,
            [_("Time"), _("Activity"), _("Place"), _("Partner"), _("Responsible")],
            [[_time(i), i.activity, i.place, str(i.partner or ""), i.responsible] for i in items],
            [25, 60, 35, 30, 25],
        )
    return doc


def _dates(delegation) -> str:
    start, end = delegation.start_date, delegation.end_date
    if start == end:
        return start.strftime("%d/%m/%Y")
    return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"


def trip_summary(delegation):
    """One page: who, when, where, whom they met, outcomes, follow-ups."""
    doc = decree30.document()
    unit = delegation.owner_unit
    decree30.header(doc, parent=_parent_of(unit), issuer=unit.name, day=timezone.localdate())
    kind = (
        _("Summary of the trip abroad")
        if delegation.is_outbound
        else _("Summary of the visit received")
    )
    decree30.title(doc, _("Report"), f"{kind}: {delegation.name}")
    members = list(delegation.members.order_by("rank", "full_name"))
    head = next((m for m in members if m.role == MemberRole.HEAD), None)
    places = ", ".join(
        filter(None, [", ".join(str(c) for c in delegation.countries.all()), delegation.cities])
    )
    partners = ", ".join(str(p) for p in delegation.partners.all())
    decree30.heading(doc, _("1. Delegation"))
    who = _("%(count)s people") % {"count": len(members)}
    if head is not None:
        who = _("%(count)s people, headed by %(head)s, %(position)s") % {
            "count": len(members),
            "head": head.full_name,
            "position": head.position or head.get_role_display(),
        }
    decree30.paragraph(doc, who, bold_label=_("Members:"))
    decree30.paragraph(doc, _dates(delegation), bold_label=_("When:"))
    decree30.paragraph(
        doc,
        f"{places or '—'} ({delegation.get_mode_display()})",
        bold_label=_("Where:"),
    )
    decree30.paragraph(doc, partners or "—", bold_label=_("Met:"))
    decree30.paragraph(doc, delegation.purpose, bold_label=_("Purpose:"))
    decree30.heading(doc, _("2. Outcomes"))
    outcomes = list(delegation.outcomes.prefetch_related("agreements"))
    for outcome in outcomes:
        signed = [str(a) for a in outcome.agreements.all()] + [outcome.document]
        signed = "; ".join(s for s in signed if s)
        text = outcome.summary + (f" ({signed})" if signed else "")
        decree30.paragraph(doc, f"- {outcome.get_kind_display()}: {text}")
    if not outcomes:
        decree30.paragraph(doc, "—")
    report = delegation.results_report if delegation.is_outbound else delegation.minutes
    if report:
        decree30.paragraph(doc, report[:1200])
    decree30.heading(doc, _("3. Follow-up"))
    tasks = list(delegation.follow_ups.select_related("responsible_unit"))
    for task in tasks:
        who = task.responsible_unit or task.responsible or "—"
        decree30.paragraph(
            doc,
            f"- {task.task} — {who}, {_('by')} {task.deadline:%d/%m/%Y} "
            f"({task.get_status_display()})",
        )
    if not tasks:
        decree30.paragraph(doc, "—")
    decree30.signature(
        doc,
        _("Head of the unit"),
        recipients=[_("The City People's Committee (to report)"), _("Filed")],
    )
    return doc


def member_workbook(delegation, *, with_passports: bool) -> bytes:
    """The member list as a host abroad asks for it (protocol order)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Members"
    heads = ["#", _("full name"), _("position"), _("organisation"), _("role")]
    if with_passports:
        heads += [_("passport number"), _("passport expiry")]
    sheet.append(heads)
    for index, m in enumerate(delegation.members.order_by("rank", "full_name"), start=1):
        row = [index, m.full_name, m.position, m.organisation, str(m.get_role_display())]
        if with_passports:
            row += [m.passport_number, m.passport_expiry]
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
