from django.urls import include, path

from caunoi.partners.views import contacts, lookups, maps
from caunoi.partners.views import partners as partner_views

app_name = "partners"

urlpatterns = [
    path("map/", maps.MapView.as_view(), name="partner_map"),
    path("map/data/", maps.MapDataView.as_view(), name="partner_map_data"),
    path("going-quiet/", partner_views.GoingQuietView.as_view(), name="partner_quiet"),
    path("<int:pk>/merge/", partner_views.PartnerMergeView.as_view(), name="partner_merge"),
    path("countries/", include(lookups.CountryViews.urls())),
    path("fields/", include(lookups.CooperationFieldViews.urls())),
    path("relations/", include(lookups.PartnerRelationViews.urls())),
    path("contacts/", include(contacts.ContactViews.urls())),
    path(
        "contacts/<int:pk>/export.<str:fmt>",
        contacts.ContactExportView.as_view(),
        name="contact_export",
    ),
    path("contacts/<int:pk>/erase/", contacts.ContactEraseView.as_view(), name="contact_erase"),
    path("", include(partner_views.PartnerViews.urls())),
]
