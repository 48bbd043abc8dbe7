"""FilterSetTests: fails when a model field has neither a filter nor a stated exemption."""

from __future__ import annotations

BASE_EXEMPT = {
    "id",
    "created_at",
    "updated_at",
    "search_text",
    "version",
    "deleted_at",
    "deleted_by",
    "description",
    "comments",
}


class FilterSetTests:
    filterset = None

    def test_every_model_field_has_a_filter(self):
        model = self.filterset._meta.model
        declared = set(self.filterset.base_filters)
        field_names = {
            f.name
            for f in model._meta.get_fields()
            if (f.concrete and not f.auto_created)
            or (getattr(f, "many_to_many", False) and not f.auto_created)
        }
        exempt = BASE_EXEMPT | set(getattr(self.filterset, "filter_exempt", ()))
        missing = {name for name in field_names - exempt if name not in declared}
        assert not missing, f"{self.filterset.__name__} has no filter for: {sorted(missing)}"

    def test_search_filter_exists(self):
        assert "q" in self.filterset.base_filters
