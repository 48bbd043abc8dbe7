"""Is more disbursed than committed? Computed per currency (cam kết và giải ngân).

Disbursements in the commitment's currency are added as they are. Disbursements in another
currency are converted into it at the rate of their own date, and the rates are stated; if a
rate is missing, the check says it cannot compare instead of guessing."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from caunoi.core.money import Conversion, MissingRate, Money, RateBook, Totals
from caunoi.core.money.format import format_money


@dataclass
class CommitmentCheck:
    commitment: Money | None
    disbursed: Totals  # per currency, as paid
    disbursed_total: Money | None = None  # in the commitment's currency, when comparable
    conversions: list[Conversion] = field(default_factory=list)
    missing: list[MissingRate] = field(default_factory=list)

    @property
    def comparable(self) -> bool:
        return self.commitment is not None and not self.missing

    @property
    def over(self) -> bool:
        return self.comparable and self.disbursed_total > self.commitment

    @property
    def excess(self) -> Money | None:
        return self.disbursed_total - self.commitment if self.over else None

    @property
    def share(self) -> int | None:
        """Per cent of the commitment disbursed (rounded down), when comparable."""
        if not self.comparable or not self.commitment.amount:
            return None
        return int(self.disbursed_total.amount * 100 / self.commitment.amount)

    @property
    def rates(self) -> list:
        return [rate for conversion in self.conversions for rate in conversion.rates]

    def warnings(self) -> list[str]:
        """What the user must be told: an excess, or why no comparison is possible."""
        found = []
        if self.over:
            found.append(
                _(
                    "Disbursements (%(disbursed)s) exceed the commitment (%(committed)s) by "
                    "%(excess)s."
                )
                % {
                    "disbursed": format_money(self.disbursed_total),
                    "committed": format_money(self.commitment),
                    "excess": format_money(self.excess),
                }
            )
        for missing in self.missing:
            found.append(
                _(
                    "The disbursements in %(currency)s cannot be compared with the commitment "
                    "in %(commitment)s: %(reason)s"
                )
                % {
                    "currency": missing.currency,
                    "commitment": self.commitment.currency,
                    "reason": missing.message,
                }
            )
        return found


def check_commitment(
    project,
    *,
    adding: Money | None = None,
    leaving_out: int | None = None,
    book: RateBook | None = None,
) -> CommitmentCheck:
    """The project's disbursements against its commitment; ``adding`` a disbursement about to
    be recorded, ``leaving_out`` the one being edited (its stored amount)."""
    rows = project.disbursements.all()
    if leaving_out:
        rows = rows.exclude(pk=leaving_out)
    moneys = [row.money for row in rows.only("amount", "currency", "date")]
    if adding is not None:
        moneys.append(adding)
    check = CommitmentCheck(project.commitment, Totals.of_money(moneys))
    commitment = check.commitment
    if commitment is None:
        return check
    book = book or RateBook()
    total = Money(0, commitment.currency)
    for money in moneys:
        if money.currency == commitment.currency:
            total = total + money
            continue
        try:
            conversion = book.convert(money, commitment.currency)
        except MissingRate as missing:
            if all(m.currency != missing.currency for m in check.missing):
                check.missing.append(missing)
            continue
        check.conversions.append(conversion)
        total = total + conversion.result
    check.disbursed_total = total
    return check
