from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.api.workflow import transition_action
from caunoi.core.tests.testapp import workflow
from caunoi.core.tests.testapp.models import Gadget, GadgetKind, GadgetRequest
from caunoi.core.tests.testapp.views import (
    GadgetFilterSet,
    GadgetKindFilterSet,
    GadgetRequestFilterSet,
)


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


class GadgetRequestSerializer(BaseModelSerializer):
    class Meta:
        model = GadgetRequest
        fields = ["id", "display", "version", "title", "status", "owner_unit", "starts_on"]
        read_only_fields = ["status"]


class GadgetRequestViewSet(BaseModelViewSet):
    model = GadgetRequest
    serializer_class = GadgetRequestSerializer
    filterset_class = GadgetRequestFilterSet
    submit = transition_action("submit", workflow.submit_gadgetrequest)
    approve = transition_action("approve", workflow.approve_gadgetrequest)


def register(router) -> None:
    router.register("test-gadgets", GadgetViewSet, basename="gadget")
    router.register("test-gadget-kinds", GadgetKindViewSet, basename="gadgetkind")
    router.register("test-gadget-requests", GadgetRequestViewSet, basename="gadgetrequest")
