from django.urls import include, path

from caunoi.aid_projects.views import projects, report

app_name = "aid_projects"

urlpatterns = [
    path("report/", report.AidReportView.as_view(), name="report"),
    path("disbursements/", include(projects.DisbursementViews.urls())),
    path("goods/", include(projects.InKindItemViews.urls())),
    path("sectors/", include(projects.AidSectorViews.urls())),
    path("", include(projects.AidProjectViews.urls())),
]
