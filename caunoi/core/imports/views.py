"""The import screens every ``ModelViews`` bundle with an ``import_spec`` gets.

``<model>_import``: upload a file → a preview (every error by row and column, or what will be
created and updated) → "Import" confirms. Between the two steps the file waits on the server
(:mod:`caunoi.core.imports.stash`), named by a token kept in the session, and is checked again
from scratch on confirmation. ``<model>_import_template``: the .xlsx template. Both need the
model's ``add`` permission; which rows are accepted depends on the user's units.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from caunoi.core.export import CONTENT_TYPES
from caunoi.core.forms import style_widgets
from caunoi.core.imports import stash
from caunoi.core.imports.engine import run_import
from caunoi.core.imports.files import Limits, too_large_message
from caunoi.core.imports.results import CREATE, UNCHANGED, ImportFileError, ImportResult
from caunoi.core.imports.template import build_template, example_for
from caunoi.core.views.mixins import ScopedModelMixin

SESSION_KEY = "caunoi_imports"
PREVIEW_ROWS = 200


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File (.xlsx or .csv)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = ".xlsx,.csv"
        style_widgets(self)


class ImportMixin(ScopedModelMixin):
    action = "add"
    spec_class = None


class ImportView(ImportMixin, TemplateView):
    template_name = "core/object_import.html"

    # -- the pending upload, in the session ----------------------------------------------------
    def pending(self) -> dict | None:
        return self.request.session.get(SESSION_KEY, {}).get(self.model._meta.label_lower)

    def remember(self, token: str, name: str) -> None:
        store = self.request.session.get(SESSION_KEY, {})
        store[self.model._meta.label_lower] = {"token": token, "name": name}
        self.request.session[SESSION_KEY] = store

    def forget(self) -> None:
        store = self.request.session.get(SESSION_KEY, {})
        pending = store.pop(self.model._meta.label_lower, None)
        if pending:
            stash.discard(pending["token"])
            self.request.session[SESSION_KEY] = store

    # -- steps ------------------------------------------------------------------------------------
    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm()
        if "cancel" in request.POST:
            self.forget()
            return redirect(self.list_url())
        return self.upload()

    def upload(self):
        form = ImportForm(self.request.POST, self.request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        limits = Limits.from_settings()
        if upload.size > limits.max_bytes:
            form.add_error("file", too_large_message(limits))
            return self.render_to_response(self.get_context_data(form=form))
        self.forget()
        token = stash.save(upload.chunks())
        try:
            result = run_import(
                self.spec_class, self.request.user, stash.load(token), upload.name, limits=limits
            )
        except ImportFileError as exc:
            stash.discard(token)
            form.add_error("file", exc.message)
            return self.render_to_response(self.get_context_data(form=form))
        if result.ok:
            self.remember(token, upload.name)
        else:
            stash.discard(token)
        context = self.get_context_data(
            form=ImportForm(), result=result, filename=upload.name, token=token
        )
        return self.render_to_response(context)

    def confirm(self):
        pending = self.pending()
        token = self.request.POST.get("token", "")
        data = stash.load(token) if pending and pending["token"] == token else None
        if data is None:
            self.forget()
            messages.error(self.request, _("The uploaded file has expired. Upload it again."))
            return redirect(self.request.path)
        try:
            result = run_import(
                self.spec_class, self.request.user, data, pending["name"], commit=True
            )
        except ImportFileError as exc:
            self.forget()
            messages.error(self.request, exc.message)
            return redirect(self.request.path)
        self.forget()
        if not result.committed:
            context = self.get_context_data(
                form=ImportForm(), result=result, filename=pending["name"]
            )
            return self.render_to_response(context)
        messages.success(self.request, summary(result))
        return redirect(self.list_url())

    # -- context ----------------------------------------------------------------------------------
    def list_url(self) -> str:
        opts = self.model._meta
        return reverse(f"{opts.app_label}:{opts.model_name}_list")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        opts = self.model._meta
        result: ImportResult | None = kwargs.get("result")
        context.update(
            opts=opts,
            list_url=self.list_url(),
            template_url=reverse(f"{opts.app_label}:{opts.model_name}_import_template"),
            columns=[
                {
                    "label": column.label(),
                    "required": column.required,
                    "describe": column.describe(),
                    "example": example_for(column),
                }
                for column in self.spec_class.bound_columns()
            ],
            limits=Limits.from_settings(),
        )
        if result is not None:
            context["preview"] = preview_rows(result)
        return context


def preview_rows(result: ImportResult) -> list[dict]:
    """What will change, row by row (the first rows only), for the preview table."""
    rows = []
    for row in result.plan:
        if row.action == UNCHANGED:
            continue
        opts = row.instance._meta
        rows.append(
            {
                "row": row.row,
                "action": _("New") if row.action == CREATE else _("Update"),
                "record": str(row.instance),
                "changes": ", ".join(str(opts.get_field(name).verbose_name) for name in row.changed)
                if row.action != CREATE
                else "",
            }
        )
        if len(rows) >= PREVIEW_ROWS:
            break
    return rows


def summary(result: ImportResult) -> str:
    return _("Imported. New: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d.") % {
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
    }


class ImportTemplateView(ImportMixin, View):
    """The .xlsx template, with headers and instructions in the user's language."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(build_template(self.spec_class), content_type=CONTENT_TYPES["xlsx"])
        name = self.model._meta.model_name
        response["Content-Disposition"] = f'attachment; filename="{name}-import-template.xlsx"'
        return response
