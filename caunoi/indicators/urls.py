from django.urls import include, path

from caunoi.indicators import views

app_name = "indicators"

urlpatterns = [
    path("values/", include(views.IndicatorValueViews.urls())),
    path("sources/", include(views.SourceViews.urls())),
    path("source-documents/", include(views.SourceDocumentViews.urls())),
    path("<int:pk>/chart/", views.IndicatorChartView.as_view(), name="indicator_chart"),
    path("", include(views.IndicatorViews.urls())),
]
