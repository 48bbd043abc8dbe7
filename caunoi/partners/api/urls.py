from caunoi.partners.api import views


def register(router) -> None:
    router.register("countries", views.CountryViewSet, basename="country")
    router.register("partners", views.PartnerViewSet, basename="partner")
    router.register("partner-relations", views.PartnerRelationViewSet, basename="partnerrelation")
    router.register("contacts", views.ContactViewSet, basename="contact")
