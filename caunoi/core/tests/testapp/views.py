import django_tables2 as tables
from django import forms

from caunoi.core.filters import BaseFilterSet
from caunoi.core.forms import BaseModelForm
from caunoi.core.tables import BaseTable
from caunoi.core.tests.testapp.imports import GadgetImport
from caunoi.core.tests.testapp.models import Gadget, GadgetKind
from caunoi.core.views import ModelViews


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
