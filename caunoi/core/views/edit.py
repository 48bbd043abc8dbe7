from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from caunoi.core import changelog
from caunoi.core.models import ConcurrentEditError
from caunoi.core.views.mixins import ScopedObjectMixin


class ObjectEditView(ScopedObjectMixin, TemplateView):
    """Add (no pk) or edit a record. A stale version is refused and the other changes shown."""

    form_class = None
    add_form_class = None  # a different form for adding, when the model needs one
    template_name = "core/object_edit.html"

    @property
    def action(self):  # type: ignore[override]
        return "change" if "pk" in self.kwargs else "add"

    def get_form_class(self):
        if "pk" not in self.kwargs and self.add_form_class is not None:
            return self.add_form_class
        return self.form_class

    def get_instance(self):
        return self.get_object() if "pk" in self.kwargs else self.model()

    def get(self, request, *args, **kwargs):
        instance = self.get_instance()
        form = self.get_form_class()(
            instance=instance, user=request.user, initial=self.get_initial(instance)
        )
        return self.render_to_response(self.get_context_data(form=form, object=instance))

    def get_initial(self, instance) -> dict:
        """Pre-fill from the query string (``?user=3`` from a user's page) and the user's unit."""
        fields = self.get_form_class().base_fields
        initial = {key: value for key, value in self.request.GET.items() if key in fields}
        if instance.pk is None and "owner_unit" in self.get_form_class().base_fields:
            unit = self.request.user.primary_unit
            if unit is not None:
                initial.setdefault("owner_unit", unit.pk)
        return initial

    def post(self, request, *args, **kwargs):
        instance = self.get_instance()
        form = self.get_form_class()(
            request.POST, request.FILES, instance=instance, user=request.user
        )
        conflict = None
        if form.is_valid():
            try:
                with transaction.atomic():
                    obj = form.save()
                    self.check_still_in_scope(obj)
            except ConcurrentEditError as exc:
                conflict = self.conflict(form, exc)
            else:
                verb = _("Saved") if "pk" in self.kwargs else _("Created")
                messages.success(request, f"{verb}: {obj}")
                return redirect(self.get_success_url(obj))
        context = self.get_context_data(form=form, object=instance, conflict=conflict)
        return self.render_to_response(context, status=409 if conflict else 200)

    def check_still_in_scope(self, obj) -> None:
        """After saving, the record must still be within the user's reach (no moving it away)."""
        if not self.model.objects.restrict(self.request.user, "view").filter(pk=obj.pk).exists():
            raise PermissionDenied(_("You cannot move a record outside your units."))

    def conflict(self, form, exc: ConcurrentEditError):
        stale = form.cleaned_data.get("version") or 0
        changes = list(changelog.changes_since(exc.obj, stale))
        form.add_error(
            None,
            _(
                "Someone else saved this record while you were editing it. Nothing was "
                "overwritten. Review their changes below; saving again will replace them "
                "with your values."
            ),
        )
        data = form.data.copy()
        data["version"] = exc.current_version
        form.data = data
        return changes

    def get_success_url(self, obj) -> str:
        return obj.get_absolute_url()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        opts = self.model._meta
        obj = kwargs.get("object")
        context["opts"] = opts
        context["cancel_url"] = (
            obj.get_absolute_url()
            if obj is not None and obj.pk
            else reverse(f"{opts.app_label}:{opts.model_name}_list")
        )
        return context


class ObjectDeleteView(ScopedObjectMixin, TemplateView):
    """Confirm, then delete: business records are soft-deleted and can be restored."""

    action = "delete"
    template_name = "core/object_delete.html"

    def get(self, request, *args, **kwargs):
        obj = self.get_object()
        return self.render_to_response(self.get_context_data(object=obj, opts=obj._meta))

    def post(self, request, *args, **kwargs):
        obj = self.get_object()
        try:
            with transaction.atomic():
                if hasattr(obj, "soft_delete"):
                    obj.soft_delete(acting_user=request.user)
                else:
                    obj.delete()
        except ProtectedError:
            messages.error(
                request,
                _("%(record)s cannot be deleted while other records refer to it.")
                % {"record": obj},
            )
            return redirect(obj.get_absolute_url())
        messages.success(request, _("Deleted: %(record)s") % {"record": obj})
        opts = obj._meta
        return redirect(f"{opts.app_label}:{opts.model_name}_list")
