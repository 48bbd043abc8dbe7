"""Declare a model's screens in one class; get the views and their URLs.

    class PartnerViews(ModelViews):
        model = Partner
        table_class = PartnerTable
        filterset_class = PartnerFilterSet
        form_class = PartnerForm

    urlpatterns = [path("partners/", include(PartnerViews.urls()))]

URL names follow STYLE.md: ``<model>_list``, ``_add``, ``_detail``, ``_edit``, ``_delete``,
``_changelog``. Override any screen by setting ``list_view``, ``detail_view``, … to a subclass.
With ``import_spec = PartnerImport`` (see caunoi/core/imports) the bundle also offers
``<model>_import`` (upload, preview, confirm) and ``<model>_import_template``.
"""

from __future__ import annotations

from django.urls import path

from caunoi.core.views.detail import ObjectChangeLogView, ObjectDetailView
from caunoi.core.views.edit import ObjectDeleteView, ObjectEditView
from caunoi.core.views.list import ObjectListView


class ModelViews:
    model = None
    table_class = None
    filterset_class = None
    form_class = None
    add_form_class = None
    detail_fields: list[str] | None = None
    detail_template: str | None = None

    list_view = ObjectListView
    detail_view = ObjectDetailView
    edit_view = ObjectEditView
    delete_view = ObjectDeleteView
    changelog_view = ObjectChangeLogView

    # Screens this model offers; drop "add"/"edit"/"delete" for read-only registries.
    screens = ("list", "add", "detail", "edit", "delete", "changelog")

    # For DocumentModel records: caunoi.core.views.documents.DocumentDownloadView adds <pk>/file/.
    download_view = None

    # Workflow steps: {"submit": workflow.submit_delegation, …} adds POST <pk>/submit/ each.
    transitions: dict = {}
    transition_view = None  # default caunoi.core.views.workflow.TransitionView

    # An ImportSpec subclass adds the spreadsheet import screens; None: no import.
    import_spec = None
    import_view = None  # default caunoi.core.imports.views.ImportView
    import_template_view = None  # default caunoi.core.imports.views.ImportTemplateView

    @classmethod
    def _make(cls, base, suffix: str, **attrs):
        name = f"{cls.model.__name__}{suffix}View"
        # Unset bundle options (None) leave the view class's own defaults alone.
        attrs = {key: value for key, value in attrs.items() if value is not None}
        return type(name, (base,), {"model": cls.model, **attrs}).as_view()

    @classmethod
    def urls(cls) -> list:
        model_name = cls.model._meta.model_name
        detail_attrs = {"detail_fields": cls.detail_fields}
        if cls.detail_template:
            detail_attrs["template_name"] = cls.detail_template
        routes = {
            "list": (
                "",
                cls.list_view,
                "List",
                {"table_class": cls.table_class, "filterset_class": cls.filterset_class},
            ),
            "add": (
                "add/",
                cls.edit_view,
                "Add",
                {"form_class": cls.form_class, "add_form_class": cls.add_form_class},
            ),
            "detail": ("<int:pk>/", cls.detail_view, "Detail", detail_attrs),
            "edit": ("<int:pk>/edit/", cls.edit_view, "Edit", {"form_class": cls.form_class}),
            "delete": ("<int:pk>/delete/", cls.delete_view, "Delete", {}),
            "changelog": ("<int:pk>/history/", cls.changelog_view, "ChangeLog", detail_attrs),
        }
        screens = list(cls.screens)
        if cls.download_view is not None:  # documents: the file itself, in scope
            routes["file"] = ("<int:pk>/file/", cls.download_view, "File", {})
            screens.append("file")
        if cls.import_spec is not None:
            from caunoi.core.imports import views as imports

            spec = {"spec_class": cls.import_spec}
            routes["import"] = ("import/", cls.import_view or imports.ImportView, "Import", spec)
            template_view = cls.import_template_view or imports.ImportTemplateView
            routes["import_template"] = ("import/template/", template_view, "ImportTemplate", spec)
            screens += ["import", "import_template"]
        if cls.transitions:
            from caunoi.core.views.workflow import TransitionView

            for verb, function in cls.transitions.items():
                routes[verb] = (
                    f"<int:pk>/{verb.replace('_', '-')}/",
                    cls.transition_view or TransitionView,
                    verb.title().replace("_", ""),
                    {"function": staticmethod(function)},
                )
                screens.append(verb)
        return [
            path(route, cls._make(base, suffix, **attrs), name=f"{model_name}_{screen}")
            for screen, (route, base, suffix, attrs) in routes.items()
            if screen in screens
        ]
