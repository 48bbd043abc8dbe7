"""A delegation's agenda (page and Word), its trip summary (Word, Decree 30/2020 format), and
sending its member list to a foreign host — a recorded cross-border transfer."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from caunoi.core import decree30
from caunoi.core.models.personal import PersonalDataAction
from caunoi.core.personal_data import log_accesses, may_see_personal
from caunoi.core.views.mixins import ScopedObjectMixin
from caunoi.delegations import summary
from caunoi.delegations.forms import TransferForm
from caunoi.delegations.models import Delegation, DelegationMember, MemberListTransfer

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class DelegationScoped(ScopedObjectMixin):
    model = Delegation
    action = "view"


class AgendaView(DelegationScoped, TemplateView):
    template_name = "delegations/agenda.html"

    def get(self, request, *args, **kwargs):
        delegation = self.get_object()
        context = self.get_context_data(
            object=delegation, days=summary.agenda_days(delegation), opts=Delegation._meta
        )
        return self.render_to_response(context)


class AgendaDocxView(DelegationScoped, TemplateView):
    def get(self, request, *args, **kwargs):
        delegation = self.get_object()
        return decree30.response(
            summary.agenda_document(delegation), f"chuong-trinh-doan-{delegation.pk}.docx"
        )


class TripSummaryView(DelegationScoped, TemplateView):
    def get(self, request, *args, **kwargs):
        delegation = self.get_object()
        return decree30.response(
            summary.trip_summary(delegation), f"tom-tat-doan-{delegation.pk}.docx"
        )


class MemberTransferView(ScopedObjectMixin, TemplateView):
    """Send the member list to a foreign host: for those who may change the delegation. The
    transfer is recorded (to whom, which country, why, on which basis, with or without
    passport data), and passports sent are logged per member."""

    model = Delegation
    action = "change"
    template_name = "delegations/transfer.html"

    def get(self, request, *args, **kwargs):
        delegation = self.get_object()
        form = TransferForm(delegation=delegation, user=request.user)
        return self.render_to_response(self._context(delegation, form))

    def _context(self, delegation, form):
        return self.get_context_data(
            object=delegation,
            form=form,
            opts=Delegation._meta,
            transfers=delegation.transfers.select_related("country", "sent_by"),
        )

    def post(self, request, *args, **kwargs):
        delegation = self.get_object()
        form = TransferForm(request.POST, delegation=delegation, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self._context(delegation, form))
        data = form.cleaned_data
        with_passports = bool(data.get("with_passports")) and may_see_personal(
            request.user, DelegationMember
        )
        members = list(delegation.members.all())
        if not members:
            messages.error(request, _("The delegation has no members to send."))
            return redirect(delegation.get_absolute_url())
        categories = [_("names"), _("positions"), _("organisations"), _("roles")]
        if with_passports:
            categories.append(_("passport numbers and expiry dates"))
        with transaction.atomic():
            MemberListTransfer.objects.create(
                delegation=delegation,
                recipient=data["recipient"],
                country=data["country"],
                purpose=data["purpose"],
                legal_basis=data["legal_basis"],
                data_categories=", ".join(str(c) for c in categories),
                persons=len(members),
                with_passports=with_passports,
                sent_by=request.user,
                remote_addr=request.META.get("REMOTE_ADDR"),
            )
            if with_passports:
                log_accesses(members, request, PersonalDataAction.TRANSFER)
        body = summary.member_workbook(delegation, with_passports=with_passports)
        stamp = timezone.localtime().strftime("%Y%m%d")
        response = HttpResponse(body, content_type=XLSX)
        response["Content-Disposition"] = (
            f'attachment; filename="danh-sach-doan-{delegation.pk}-{stamp}.xlsx"'
        )
        response["Cache-Control"] = "no-store"
        return response
