from django.urls import include, path

from caunoi.staff.views import coverage, records

app_name = "staff"

urlpatterns = [
    path("coverage/", coverage.CoverageView.as_view(), name="coverage"),
    path("coverage/<int:pk>/", coverage.UnitCoverageView.as_view(), name="unit_coverage"),
    path("languages/", include(records.StaffLanguageViews.urls())),
    path("courses/", include(records.TrainingCourseViews.urls())),
    path("attendances/", include(records.AttendanceViews.urls())),
    path("plans/", include(records.TrainingPlanViews.urls())),
    path("plan-lines/", include(records.PlanLineViews.urls())),
    path("<int:pk>/move/", records.StaffMemberMoveView.as_view(), name="staffmember_move"),
    path("", include(records.StaffMemberViews.urls())),
]
