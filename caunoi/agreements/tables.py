"""List tables of agreements and what belongs to them."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.agreements.models import (
    Agreement,
    AgreementDocument,
    Consultation,
    PlanItem,
    Review,
    ReviewCampaign,
)
from caunoi.core.tables import BaseTable, NamesColumn


class AgreementTable(BaseTable):
    name = tables.Column(linkify=True)
    partner_names = NamesColumn(verbose_name=_("Partner parties"), accessor="partners")
    field_names = NamesColumn(
        verbose_name=_("Fields of cooperation"), accessor="cooperation_fields"
    )
    signed_on = tables.DateColumn(short=True)
    expires_on = tables.DateColumn(short=True)

    class Meta(BaseTable.Meta):
        model = Agreement
        fields = (
            "name",
            "kind",
            "status",
            "link",
            "partner_names",
            "field_names",
            "signed_on",
            "signed_place",
            "expires_on",
            "indefinite",
            "signatory",
            "treaty_reference",
            "owner_unit",
        )
        default_columns = (
            "name",
            "kind",
            "status",
            "partner_names",
            "signed_on",
            "expires_on",
            "owner_unit",
        )


class ConsultationTable(BaseTable):
    body = tables.Column(linkify=True)
    agreement = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = Consultation
        fields = ("body", "agreement", "sent_on", "due_on", "answered_on", "opinion", "owner_unit")


class AgreementDocumentTable(BaseTable):
    title = tables.Column(linkify=True)
    agreement = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = AgreementDocument
        fields = ("title", "agreement", "document_kind", "content_type", "size", "owner_unit")


class PlanItemTable(BaseTable):
    title = tables.Column(linkify=True)
    agreement = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = PlanItem
        fields = (
            "title",
            "agreement",
            "responsible_unit",
            "deadline",
            "status",
            "done_on",
            "owner_unit",
        )


class ReviewTable(BaseTable):
    reviewed_on = tables.DateColumn(linkify=True, short=True)
    agreement = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = Review
        fields = (
            "reviewed_on",
            "agreement",
            "effectiveness",
            "recommendation",
            "reviewer",
            "owner_unit",
        )


class ReviewCampaignTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = ReviewCampaign
        fields = ("name", "opened_on", "due_on", "status", "closed_on", "owner_unit")
