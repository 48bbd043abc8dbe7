"""One POST view per workflow transition: a thin adapter over the app's named function.

    class DelegationViews(ModelViews):
        ...
        transitions = {"submit": workflow.submit_delegation, "approve": workflow.approve_delegation}

adds ``delegations:delegation_submit`` at ``<pk>/submit/`` and so on. The form posts ``note``
and ``version``; the function does every check (status, permission, business rules) and the
view turns its refusals into a translated message on the record's page.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View

from caunoi.core.models import ConcurrentEditError
from caunoi.core.views.mixins import ScopedObjectMixin
from caunoi.core.workflow import TransitionNotAllowed


class TransitionView(ScopedObjectMixin, View):
    http_method_names = ["post"]
    function = None  # the app's workflow function (a staticmethod)

    def post(self, request, *args, **kwargs):
        obj = self.get_object()  # outside the user's units: 404
        version = request.POST.get("version") or None
        try:
            obj = self.function(
                obj,
                acting_user=request.user,
                note=request.POST.get("note", ""),
                expected_version=int(version) if version and version.isdigit() else None,
            )
        except TransitionNotAllowed as exc:
            messages.error(request, exc.message)
        except ConcurrentEditError:
            messages.error(
                request,
                _("Someone else changed this record meanwhile. Nothing was done: look again."),
            )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Done: %(record)s") % {"record": obj})
        return redirect(obj.get_absolute_url())
