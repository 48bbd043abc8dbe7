from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.tests.testapp.models import Gadget, GadgetKind
from caunoi.core.tests.testapp.views import GadgetFilterSet, GadgetKindFilterSet


class GadgetSerializer(BaseModelSerializer):
    class Meta:
        model = Gadget
        fields = [
            "id",
            "display",
            "version",
            "name",
            "owner_unit",
            "kind",
            "tags",
            "starts_on",
            "description",
        ]


class GadgetViewSet(BaseModelViewSet):
    model = Gadget
    serializer_class = GadgetSerializer
    filterset_class = GadgetFilterSet


class GadgetKindSerializer(BaseModelSerializer):
    class Meta:
        model = GadgetKind
        fields = ["id", "display", "version", "name", "name_en", "slug"]


class GadgetKindViewSet(BaseModelViewSet):
    model = GadgetKind
    serializer_class = GadgetKindSerializer
    filterset_class = GadgetKindFilterSet


def register(router) -> None:
    router.register("test-gadgets", GadgetViewSet, basename="gadget")
    router.register("test-gadget-kinds", GadgetKindViewSet, basename="gadgetkind")
