from django.urls import include, path

from caunoi.investments.views import InvestmentProjectViews, InvestmentSectorViews

app_name = "investments"

urlpatterns = [
    path("sectors/", include(InvestmentSectorViews.urls())),
    path("", include(InvestmentProjectViews.urls())),
]
