"""/api/v1/search/?q=: the global search for tools, ranked across types and paged.

Same index, same words, same scope as the search page. Parameters: ``q``; ``type`` (repeatable,
``app_label.model_name``); ``limit`` (20, at most 100) and ``offset``.
"""

from __future__ import annotations

from django.utils.http import urlencode
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from caunoi.core.search.query import search_flat
from caunoi.core.search.views import MAX_QUERY_LENGTH

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class HighlightsSerializer(serializers.Serializer):
    title = serializers.CharField(help_text="The title as HTML, matched words in <mark>.")
    subtitle = serializers.CharField(help_text="The subtitle as HTML, matched words in <mark>.")


class SearchHitSerializer(serializers.Serializer):
    type = serializers.CharField(help_text="app_label.model_name, e.g. partners.partner")
    type_label = serializers.SerializerMethodField()
    id = serializers.IntegerField(source="object_id")
    title = serializers.CharField()
    subtitle = serializers.CharField()
    url = serializers.CharField()
    score = serializers.FloatField()
    highlights = serializers.SerializerMethodField()

    def get_type_label(self, hit) -> str:
        return str(hit.spec.model._meta.verbose_name)

    @extend_schema_field(HighlightsSerializer)
    def get_highlights(self, hit) -> dict[str, str]:
        return {"title": str(hit.title_html), "subtitle": str(hit.subtitle_html)}


class SearchPageSerializer(serializers.Serializer):
    query = serializers.CharField()
    count = serializers.IntegerField()
    next = serializers.CharField(allow_null=True)
    previous = serializers.CharField(allow_null=True)
    results = SearchHitSerializer(many=True)


def _int(value, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


class SearchAPIView(APIView):
    """Search every record the caller may see; ``count`` is the number of hits in all."""

    @extend_schema(
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, description="Words; diacritics optional."),
            OpenApiParameter("type", OpenApiTypes.STR, many=True, description="app.model"),
            OpenApiParameter("limit", OpenApiTypes.INT, description="At most 100."),
            OpenApiParameter("offset", OpenApiTypes.INT),
        ],
        responses=SearchPageSerializer,
    )
    def get(self, request: Request) -> Response:
        query = request.query_params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        types = request.query_params.getlist("type") or None
        limit = _int(request.query_params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = _int(request.query_params.get("offset"), 0, 0, 10**9)
        count, hits = search_flat(request.user, query, limit=limit, offset=offset, types=types)
        return Response(
            {
                "query": query,
                "count": count,
                "next": self._page(request, limit, offset + limit)
                if offset + limit < count
                else None,
                "previous": self._page(request, limit, max(0, offset - limit)) if offset else None,
                "results": SearchHitSerializer(hits, many=True).data,
            }
        )

    def _page(self, request: Request, limit: int, offset: int) -> str:
        params = [(k, v) for k in request.query_params for v in request.query_params.getlist(k)]
        params = [(k, v) for k, v in params if k not in {"limit", "offset"}]
        params += [("limit", limit), ("offset", offset)]
        return request.build_absolute_uri(request.path) + "?" + urlencode(params)
