"""The aid report for a period (báo cáo vận động và trao tặng viện trợ): for aid received and
aid given, how much was committed, disbursed and given in kind, from whom (or to whom), for
what (by sector), in which currency, and converted into VND and USD at the rates stated.

Everything is summed in SQL, one GROUP BY per measure and grouping; only the per-currency sums
are converted (one rate lookup per currency and target). A project with several donors (or
sectors) counts in full under each of them, so the rows of a grouping may add up to more than
the total; the total counts every project once. A project counts in a period when it starts, is
committed, disburses or hands over goods in it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Sum
from django.utils.translation import gettext as _

from caunoi.aid_projects.choices import ACTIVE_STATUSES, AidDirection
from caunoi.aid_projects.models import AidProject, Disbursement, InKindItem
from caunoi.core.money import ConvertedTotal, Money, RateBook, Totals
from caunoi.core.money.totals import CENT, TARGETS, db_sum

MEASURES = ("committed", "disbursed", "in_kind")


@dataclass
class Row:
    """One line of the report: a partner, a sector, or the whole direction."""

    key: object
    label: str
    totals: dict[str, Totals] = field(default_factory=lambda: {m: Totals() for m in MEASURES})
    converted: dict[str, dict[str, ConvertedTotal]] = field(default_factory=dict)
    projects: int = 0

    def add(self, measure: str, currency: str, amount: Decimal) -> None:
        if currency and amount is not None:
            self.totals[measure].add(Money(db_sum(amount), currency))

    def currencies(self) -> list[str]:
        return sorted({c for totals in self.totals.values() for c in totals.amounts})

    def convert(self, day: datetime.date, book: RateBook, targets=TARGETS) -> None:
        self.converted = {
            measure: {target: totals.converted(target, day, book) for target in targets}
            for measure, totals in self.totals.items()
        }

    def lines(self) -> list[dict]:
        """Per currency, the three measures side by side (Money, or None where nothing)."""
        return [
            {
                "currency": c,
                **{
                    m: self.totals[m].get(c) if c in self.totals[m].amounts else None
                    for m in MEASURES
                },
            }
            for c in self.currencies()
        ]

    def converted_lines(self) -> list[dict]:
        if not self.currencies():
            return []
        targets = list(next(iter(self.converted.values()), {}).keys())
        return [
            {
                "currency": target,
                **{m: self.converted[m][target] for m in MEASURES},
                "complete": all(self.converted[m][target].complete for m in MEASURES),
            }
            for target in targets
        ]

    @property
    def span(self) -> int:
        """How many table lines the row takes on the page (at least one)."""
        return max(1, len(self.lines()) + len(self.converted_lines()))


@dataclass
class DirectionReport:
    direction: str
    label: str
    total: Row
    by_partner: list[Row]
    by_sector: list[Row]

    @property
    def total_rows(self) -> list[Row]:
        return [self.total]

    @property
    def partner_heading(self) -> str:
        return _("By donor") if self.direction == AidDirection.RECEIVED else _("By recipient")


@dataclass
class AidReport:
    start: datetime.date
    end: datetime.date
    rate_day: datetime.date
    directions: list[DirectionReport]

    def _conversions(self):
        for report in self.directions:
            for row in [report.total, *report.by_partner, *report.by_sector]:
                for by_target in row.converted.values():
                    yield from by_target.values()

    @property
    def rates(self) -> list:
        seen: dict = {}
        for total in self._conversions():
            for rate in total.rates:
                seen.setdefault((rate.currency, rate.quote, rate.date), rate)
        return sorted(seen.values(), key=lambda r: (r.currency, r.quote))

    @property
    def missing(self) -> list:
        seen: dict = {}
        for total in self._conversions():
            for missing in total.missing:
                seen.setdefault((missing.currency, missing.quote), missing)
        return list(seen.values())


def _partner_path(direction: str) -> str:
    return "donors" if direction == AidDirection.RECEIVED else "recipient_partners"


def build_report(
    user, start: datetime.date, end: datetime.date, rate_day: datetime.date | None = None
) -> AidReport:
    """The report of the aid ``user`` may see, for ``start`` to ``end`` (both included)."""
    rate_day = rate_day or end
    book = RateBook()
    projects = AidProject.objects.restrict(user).filter(status__in=ACTIVE_STATUSES)
    committed = projects.filter(commitment_date__range=(start, end))
    disbursed = Disbursement.objects.restrict(user).filter(
        date__range=(start, end), project__in=projects
    )
    in_kind = InKindItem.objects.restrict(user).filter(
        date__range=(start, end), project__in=projects
    )
    measures = {
        "committed": (committed, "", "commitment_amount", "commitment_currency"),
        "disbursed": (disbursed, "project__", "amount", "currency"),
        "in_kind": (in_kind, "project__", "value_amount", "value_currency"),
    }
    involved = (
        set(projects.filter(start_date__range=(start, end)).values_list("pk", flat=True))
        | set(committed.values_list("pk", flat=True))
        | set(disbursed.values_list("project_id", flat=True))
        | set(in_kind.values_list("project_id", flat=True))
    )
    reports = []
    for direction, label in AidDirection.choices:
        partner = _partner_path(direction)
        total = Row(None, _("Total"))
        partners: dict = {}
        sectors: dict = {}
        for measure, (rows, prefix, amount, currency) in measures.items():
            mine = rows.filter(**{f"{prefix}direction": direction})
            for item in _sums(mine, [currency], amount):
                total.add(measure, item[currency], item["total"])
            for group, path in ((partners, partner), (sectors, "sectors")):
                name_field = f"{prefix}{path}__name"
                for item in _sums(mine, [f"{prefix}{path}", name_field, currency], amount):
                    key = item[f"{prefix}{path}"]
                    row = group.setdefault(key, Row(key, item[name_field] or _("(none)")))
                    row.add(measure, item[currency], item["total"])
        ids = AidProject.objects.filter(pk__in=involved, direction=direction)
        total.projects = ids.count()
        for group, path in ((partners, partner), (sectors, "sectors")):
            counted = ids.values(path, f"{path}__name").annotate(n=Count("pk", distinct=True))
            for item in counted.order_by():
                key = item[path]
                row = group.setdefault(key, Row(key, item[f"{path}__name"] or _("(none)")))
                row.projects = item["n"]
        for row in [total, *partners.values(), *sectors.values()]:
            row.convert(rate_day, book)
        reports.append(
            DirectionReport(
                direction,
                str(label),
                total,
                sorted(partners.values(), key=lambda r: (-r.projects, r.label)),
                sorted(sectors.values(), key=lambda r: (-r.projects, r.label)),
            )
        )
    return AidReport(start, end, rate_day, reports)


def _sums(queryset, group_by: list[str], amount: str):
    return (
        queryset.exclude(**{f"{amount}__isnull": True})
        .order_by()
        .values(*group_by)
        .annotate(total=Sum(amount))
    )


def export_rows(report: AidReport):
    """(header, rows) of the report as one table: a line per currency, then the converted
    totals, then the rates used."""
    header = [
        _("Direction"),
        _("Section"),
        _("Partner / sector"),
        _("Currency"),
        _("Committed"),
        _("Disbursed"),
        _("In kind (estimated)"),
        _("Projects"),
    ]
    day = report.rate_day.strftime("%d/%m/%Y")
    rows = []
    for direction in report.directions:
        sections = [
            (_("Total"), [direction.total]),
            (direction.partner_heading, direction.by_partner),
            (_("By sector"), direction.by_sector),
        ]
        for section, group in sections:
            for row in group:
                for line in row.lines():
                    rows.append(
                        [direction.label, section, row.label, line["currency"]]
                        + [line[m].amount if line[m] else None for m in MEASURES]
                        + [row.projects]
                    )
                for line in row.converted_lines():
                    currency = _("%(currency)s (converted at the rates of %(day)s)") % {
                        "currency": line["currency"],
                        "day": day,
                    }
                    if not line["complete"]:
                        currency += " — " + _("incomplete")
                    rows.append(
                        [direction.label, section, row.label, currency]
                        + [line[m].total.amount for m in MEASURES]
                        + [row.projects]
                    )
    for rate in report.rates:
        rows.append(["", _("Rates used"), str(rate), rate.quote, "", "", "", ""])
    for missing in report.missing:
        rows.append(["", _("Missing rates"), missing.message, missing.quote, "", "", "", ""])
    return header, rows


def cents(money: Money | None) -> str | None:
    """An amount for the API, always to the cent as stored ("120000.00"), on every database."""
    return None if money is None else str(money.amount.quantize(CENT))


def report_data(report: AidReport) -> dict:
    """The report as JSON for /api/v1/aid-projects/report/: amounts as decimal strings."""
    from caunoi.core.rates.api import rate_data

    def row_data(row: Row) -> dict:
        return {
            "id": row.key,
            "label": row.label,
            "projects": row.projects,
            "by_currency": [
                {
                    "currency": line["currency"],
                    **{m: cents(line[m]) for m in MEASURES},
                }
                for line in row.lines()
            ],
            "converted": [
                {
                    "currency": line["currency"],
                    "complete": line["complete"],
                    **{m: str(line[m].total.amount) for m in MEASURES},
                }
                for line in row.converted_lines()
            ],
        }

    return {
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "rate_date": report.rate_day.isoformat(),
        "directions": [
            {
                "direction": d.direction,
                "label": d.label,
                "total": row_data(d.total),
                "by_partner": [row_data(r) for r in d.by_partner],
                "by_sector": [row_data(r) for r in d.by_sector],
            }
            for d in report.directions
        ],
        "rates": [rate_data(rate) for rate in report.rates],
        "missing_rates": [
            {"currency": m.currency, "quote_currency": m.quote, "detail": m.message}
            for m in report.missing
        ],
    }
