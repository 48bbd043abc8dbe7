import django_tables2 as tables
from django import forms

from caunoi.core.filters import BaseFilterSet
from caunoi.core.forms import BaseModelForm
from caunoi.core.tables import BaseTable, MoneyColumn
from caunoi.core.tests.testapp import workflow
from caunoi.core.tests.testapp.imports import GadgetImport
from caunoi.core.tests.testapp.models import Gadget, GadgetFile, GadgetKind, GadgetRequest
from caunoi.core.views import ModelViews, ObjectDetailView
from caunoi.core.views.documents import DocumentDownloadView


class GadgetFilterSet(BaseFilterSet):
    filter_exempt = ("description", "comments", "secret")

    class Meta:
        model = Gadget
        fields = ["name", "kind", "tags", "starts_on", "owner_unit"]


class GadgetTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = Gadget
        fields = ("name", "kind", "owner_unit", "starts_on")


class GadgetForm(BaseModelForm):
    class Meta:
        model = Gadget
        fields = ["name", "owner_unit", "kind", "tags", "starts_on", "secret", "description"]
        widgets = {"secret": forms.PasswordInput(render_value=True)}


class GadgetViews(ModelViews):
    model = Gadget
    table_class = GadgetTable
    filterset_class = GadgetFilterSet
    form_class = GadgetForm
    import_spec = GadgetImport


class GadgetKindFilterSet(BaseFilterSet):
    class Meta:
        model = GadgetKind
        fields = ["name", "name_en", "slug"]


class GadgetKindTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = GadgetKind
        fields = ("name", "name_en", "slug")


class GadgetKindForm(BaseModelForm):
    class Meta:
        model = GadgetKind
        fields = ["name", "name_en", "slug"]


class GadgetKindViews(ModelViews):
    model = GadgetKind
    table_class = GadgetKindTable
    filterset_class = GadgetKindFilterSet
    form_class = GadgetKindForm


class GadgetRequestFilterSet(BaseFilterSet):
    filter_exempt = ("submitted_at",)

    class Meta:
        model = GadgetRequest
        fields = ["title", "status", "budget_amount", "budget_currency", "starts_on", "owner_unit"]


class GadgetRequestTable(BaseTable):
    title = tables.Column(linkify=True)
    budget = MoneyColumn(order_by="budget_amount")

    class Meta(BaseTable.Meta):
        model = GadgetRequest
        fields = ("title", "status", "budget", "owner_unit")


class GadgetRequestForm(BaseModelForm):
    class Meta:
        model = GadgetRequest
        fields = ["title", "owner_unit", "budget_amount", "budget_currency", "starts_on"]


class GadgetRequestDetailView(ObjectDetailView):
    template_name = "testapp/gadgetrequest_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = workflow.FLOW.available(self.object, self.request.user)
        return context


class GadgetRequestViews(ModelViews):
    model = GadgetRequest
    table_class = GadgetRequestTable
    filterset_class = GadgetRequestFilterSet
    form_class = GadgetRequestForm
    detail_view = GadgetRequestDetailView
    transitions = {
        "submit": workflow.submit_gadgetrequest,
        "return": workflow.return_gadgetrequest,
        "approve": workflow.approve_gadgetrequest,
        "cancel": workflow.cancel_gadgetrequest,
    }


class GadgetFileFilterSet(BaseFilterSet):
    filter_exempt = ("file", "sha256", "original_name", "content_type", "size", "uploaded_by")

    class Meta:
        model = GadgetFile
        fields = ["title", "gadget", "classification", "owner_unit"]


class GadgetFileTable(BaseTable):
    title = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = GadgetFile
        fields = ("title", "gadget", "content_type", "size")


class GadgetFileForm(BaseModelForm):
    class Meta:
        model = GadgetFile
        fields = ["gadget", "title", "file", "classification"]


class GadgetFileViews(ModelViews):
    model = GadgetFile
    table_class = GadgetFileTable
    filterset_class = GadgetFileFilterSet
    form_class = GadgetFileForm
    download_view = DocumentDownloadView
