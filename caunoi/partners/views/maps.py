"""The partner map: localities as points, countries shaded by the closest relation."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils.translation import get_language
from django.views.generic import TemplateView, View

from caunoi.partners.choices import PartnerKind, RelationLevel
from caunoi.partners.models import Partner, PartnerRelation

LEVEL_RANK = {level: rank for rank, level in enumerate(reversed(RelationLevel.values), start=1)}


class MapView(LoginRequiredMixin, TemplateView):
    template_name = "partners/partner_map.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm("partners.view_partner"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(kinds=PartnerKind.choices, levels=RelationLevel.choices, opts=Partner._meta)
        return context


class MapDataView(LoginRequiredMixin, View):
    """JSON for the map: points and per-country levels, filtered by kind and level."""

    def get(self, request):
        if not request.user.has_perm("partners.view_partner"):
            raise PermissionDenied
        partners = Partner.objects.restrict(request.user).select_related("country")
        relations = PartnerRelation.objects.restrict(request.user).filter(status="active")
        kind = request.GET.get("kind")
        level = request.GET.get("level")
        if kind in PartnerKind.values:
            partners = partners.filter(kind=kind)
        if level in RelationLevel.values:
            relations = relations.filter(level=level)
            partners = partners.filter(pk__in=relations.values("partner"))
        best: dict[int, str] = {}
        for partner_id, rel_level in relations.values_list("partner_id", "level"):
            if LEVEL_RANK[rel_level] > LEVEL_RANK.get(best.get(partner_id, ""), 0):
                best[partner_id] = rel_level
        points, countries = [], {}
        for p in partners.exclude(latitude=None):
            points.append(
                {
                    "id": p.pk,
                    "name": str(p),
                    "url": p.get_absolute_url(),
                    "value": [float(p.longitude), float(p.latitude)],
                    "kind": p.get_kind_display(),
                    "level": best.get(p.pk, ""),
                }
            )
        rows = partners.exclude(country=None).values_list(
            "country__iso", "country__name", "country__name_en", "pk"
        )
        english = get_language() == "en"
        for iso, name, name_en, partner_id in rows:
            rank = LEVEL_RANK.get(best.get(partner_id, ""), 0)
            label = name_en if english and name_en else name
            entry = countries.setdefault(
                iso, {"iso": iso, "label": label, "partners": 0, "rank": 0}
            )
            entry["partners"] += 1
            entry["rank"] = max(entry["rank"], rank)
        labels = dict(RelationLevel.choices)
        return JsonResponse(
            {
                "points": points,
                "countries": list(countries.values()),
                "levels": [
                    {"rank": LEVEL_RANK[v], "label": str(labels[v])} for v in RelationLevel.values
                ],
            }
        )
