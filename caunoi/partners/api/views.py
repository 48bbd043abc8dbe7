from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.partners import activity, filters
from caunoi.partners.api import serializers
from caunoi.partners.choices import ContactAccess
from caunoi.partners.models import Contact, Country, Partner, PartnerRelation
from caunoi.partners.personal_data import log_access


class CountryViewSet(BaseModelViewSet):
    model = Country
    serializer_class = serializers.CountrySerializer
    filterset_class = filters.CountryFilterSet


class PartnerViewSet(BaseModelViewSet):
    model = Partner
    serializer_class = serializers.PartnerSerializer
    filterset_class = filters.PartnerFilterSet
    select_related = ("country",)

    def get_queryset(self):
        return activity.with_last_activity(super().get_queryset())


class PartnerRelationViewSet(BaseModelViewSet):
    model = PartnerRelation
    serializer_class = serializers.PartnerRelationSerializer
    filterset_class = filters.PartnerRelationFilterSet


class ContactViewSet(BaseModelViewSet):
    model = Contact
    serializer_class = serializers.ContactSerializer
    filterset_class = filters.ContactFilterSet

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["show_channels"] = self.action == "retrieve" and self.request.user.has_perm(
            serializers.PERSONAL_PERM
        )
        return context

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        if request.user.has_perm(serializers.PERSONAL_PERM):
            log_access(self.get_object(), request, ContactAccess.VIEW)
        return response
