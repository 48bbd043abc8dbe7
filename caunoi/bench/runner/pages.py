"""What the benchmark requests. The list is data: a page is a name, a URL template filled from
:class:`Facts` (read from the database before the run) and the user who asks.

A page whose ``needs`` URL name does not resolve (an app not built yet) is left out of the run
and reported as such, so the delegations "waiting for me" list joins by itself once it exists.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.urls import NoReverseMatch, reverse

from caunoi.bench.generators.base import ANCHOR
from caunoi.core.dates import add_months

PAGE_SIZE = 25  # the first of CAUNOI_PAGE_SIZES: what a list shows unless asked


@dataclass(frozen=True)
class Page:
    name: str
    url: str  # a str.format template over Facts' fields
    user: str = "bench.officer"
    needs: str = ""  # a URL name that must exist, else the page is skipped
    search: bool = False  # held to the search target (p95 ≤ 50 ms) instead of 100 ms

    def available(self) -> bool:
        if not self.needs:
            return True
        try:
            reverse(self.needs)
        except NoReverseMatch:
            return False
        return True


@dataclass(frozen=True)
class Facts:
    busy_partner: int  # the partner with the most events: the longest timeline
    deep_page: int  # a page near the end of the filtered partner list
    month: str  # the first day of a busy month, for the calendar
    search: str = "giao luu huu nghi"  # typed without diacritics


PAGES: list[Page] = [
    Page("home", "/"),
    Page("partner_list", "/partners/?kind=ngo&status=active&sort=-name"),
    Page("partner_list_deep", "/partners/?kind=ngo&status=active&sort=-name&page={deep_page}"),
    Page("partner_detail", "/partners/{busy_partner}/"),
    Page("search", "/search/?q={search}", search=True),
    Page("calendar_month", "/events/calendar/?view=month&date={month}"),
    Page("event_list", "/events/"),
    Page("api_partners", "/api/v1/partners/"),
    Page("api_events", "/api/v1/events/"),
    Page("api_contacts", "/api/v1/contacts/"),
    Page("api_aid_projects", "/api/v1/aid-projects/"),
    Page(
        "delegations_waiting",
        "/delegations/?waiting_for_me=true",
        user="bench.approver",
        needs="delegations:delegation_list",
    ),
    Page("agreement_list", "/agreements/", needs="agreements:agreement_list"),
    Page("delegation_list", "/delegations/", needs="delegations:delegation_list"),
    Page("api_agreements", "/api/v1/agreements/", needs="agreements:agreement_list"),
    Page("api_delegations", "/api/v1/delegations/", needs="delegations:delegation_list"),
]


def read_facts(anchor: datetime.date = ANCHOR) -> Facts:
    from caunoi.partners.models import Partner

    busy = (
        Partner.objects.annotate(n=Count("events"))
        .order_by("-n", "pk")
        .values_list("pk", flat=True)
    ).first()
    listed = Partner.objects.filter(kind="ngo", status="active").count()
    last_page = max(1, -(-listed // PAGE_SIZE))
    month = add_months(anchor.replace(day=1), -1)
    return Facts(busy_partner=busy or 0, deep_page=max(1, last_page * 9 // 10), month=f"{month}")


def pages_for_run(selected: list[str] | None = None) -> tuple[list[Page], list[Page]]:
    """(pages to measure, pages skipped because their screen does not exist yet)."""
    chosen = [p for p in PAGES if not selected or p.name in selected]
    return [p for p in chosen if p.available()], [p for p in chosen if not p.available()]
