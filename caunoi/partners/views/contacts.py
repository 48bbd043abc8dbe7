"""Contacts: personal data handled as the 2025 law requires.

Channels (email, phone, other) are shown only to roles holding ``view_personal_contact`` and
every showing is logged; a person's data can be exported (JSON, PDF), corrected (edit) and
erased (anonymised: the record stays as a number, history keeps only who and when).
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import View

from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView
from caunoi.core.views.mixins import LoginRequiredMixin, get_for_user
from caunoi.partners import filters, forms, tables
from caunoi.partners.choices import ContactAccess
from caunoi.partners.imports import ContactImport
from caunoi.partners.models import Contact
from caunoi.partners.personal_data import anonymise_contact, log_access, personal_record

PERSONAL_PERM = "partners.view_personal_contact"


class ContactDetailView(ObjectDetailView):
    template_name = "partners/contact_detail.html"
    detail_fields = [
        "full_name",
        "title",
        "position",
        "partner",
        "organisation",
        "is_overseas_vietnamese",
        "languages",
        "purpose",
        "legal_basis",
        "consent_given_on",
        "consent_source",
        "retain_until",
        "notes",
    ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        contact = self.object
        may_see = self.request.user.has_perm(PERSONAL_PERM)
        if may_see and self.request.GET.get("show") == "details":
            log_access(contact, self.request, ContactAccess.VIEW)
            context["details"] = {
                "email": contact.email,
                "phone": contact.phone,
                "other_channels": contact.other_channels,
            }
        context.update(
            may_see_details=may_see, access_log=contact.access_log.select_related("user")[:20]
        )
        return context


class ContactEditView(ObjectEditView):
    """The edit form shows the channels, so opening it is a logged view of personal data."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if "pk" in self.kwargs:
            log_access(self.get_object(), request, ContactAccess.VIEW)
        return response


class ContactViews(ModelViews):
    model = Contact
    table_class = tables.ContactTable
    filterset_class = filters.ContactFilterSet
    form_class = forms.ContactForm
    detail_view = ContactDetailView
    edit_view = ContactEditView
    import_spec = ContactImport


class ContactExportView(LoginRequiredMixin, View):
    """Everything held on the person, for their request to see their data."""

    def get(self, request, pk, fmt):
        if fmt not in {"json", "pdf"}:
            raise Http404
        contact = get_for_user(Contact, request.user, pk, "change")
        if not request.user.has_perm(PERSONAL_PERM):
            return HttpResponse(status=403)
        data = personal_record(contact)
        log_access(contact, request, ContactAccess.EXPORT)
        stamp = timezone.localtime().strftime("%Y%m%d")
        if fmt == "json":
            body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
        else:
            from weasyprint import HTML

            labels = {f.name: str(f.verbose_name) for f in Contact._meta.fields}
            labels.update(
                record=_("record"),
                overseas_vietnamese=labels["is_overseas_vietnamese"],
                held_by=_("held by"),
                recorded_on=_("recorded on"),
            )
            rows = [
                (labels.get(key, key), value) for key, value in data.items() if key != "accesses"
            ]
            html = render_to_string(
                "partners/contact_export.html", {"data": data, "rows": rows}, request
            )
            response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="contact-{pk}-{stamp}.{fmt}"'
        return response


class ContactEraseView(LoginRequiredMixin, View):
    """Erase a person's data on request: anonymise the record and its history."""

    def post(self, request, pk):
        contact = get_for_user(Contact, request.user, pk, "delete")
        with transaction.atomic():
            anonymise_contact(contact, request)
        messages.success(
            request,
            _(
                "The person's data was erased. Only the record number "
                "remains, and the history keeps who and when."
            ),
        )
        return redirect(contact.get_absolute_url())
