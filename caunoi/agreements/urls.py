from django.urls import include, path

from caunoi.agreements.views import agreements, campaigns

app_name = "agreements"

urlpatterns = [
    path("attention/", campaigns.AttentionView.as_view(), name="attention"),
    path("campaigns/open/", campaigns.CampaignOpenView.as_view(), name="reviewcampaign_open"),
    path(
        "campaigns/<int:pk>/close/",
        campaigns.CampaignCloseView.as_view(),
        name="reviewcampaign_close",
    ),
    path("campaigns/", include(campaigns.ReviewCampaignViews.urls())),
    path("consultations/", include(agreements.ConsultationViews.urls())),
    path("documents/", include(agreements.AgreementDocumentViews.urls())),
    path(
        "plan/<int:pk>/evidence/",
        agreements.EvidenceAddView.as_view(),
        name="planitem_evidence",
    ),
    path(
        "evidence/<int:pk>/remove/",
        agreements.EvidenceRemoveView.as_view(),
        name="planevidence_remove",
    ),
    path("plan/", include(agreements.PlanItemViews.urls())),
    path("reviews/", include(agreements.ReviewViews.urls())),
    path("", include(agreements.AgreementViews.urls())),
]
