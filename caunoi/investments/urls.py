from django.urls import include, path

from caunoi.investments.views import InvestmentProjectViews

app_name = "investments"

urlpatterns = [path("", include(InvestmentProjectViews.urls()))]
