"""The search page (``core:search``, /search/?q=): every record the user may see, by type."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from caunoi.core.search.query import search_grouped
from caunoi.core.search.text import query_words

PER_TYPE = 8
MAX_QUERY_LENGTH = 200


def read_query(request: HttpRequest) -> str:
    return request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]


@login_required
def search_page(request: HttpRequest) -> HttpResponse:
    """Results grouped by type, best first; htmx asks for the results part only."""
    query = read_query(request)
    groups = search_grouped(request.user, query, per_type=PER_TYPE) if query else []
    context = {
        "title": _("Search"),
        "query": query,
        "searchable": bool(query_words(query)),
        "groups": groups,
        "total": sum(group.total for group in groups),
    }
    template = "core/search.html"
    if request.htmx and request.htmx.target == "search-results":
        template = "core/search.html#results"
    return render(request, template, context)
