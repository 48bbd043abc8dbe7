from caunoi.staff.api import views


def register(router) -> None:
    router.register("staff", views.StaffMemberViewSet, basename="staffmember")
    router.register("staff-languages", views.StaffLanguageViewSet, basename="stafflanguage")
    router.register("staff-coverage", views.CoverageViewSet, basename="staffcoverage")
    router.register("training-courses", views.TrainingCourseViewSet, basename="trainingcourse")
    router.register("attendances", views.AttendanceViewSet, basename="attendance")
    router.register("training-plans", views.TrainingPlanViewSet, basename="trainingplan")
    router.register("plan-lines", views.PlanLineViewSet, basename="planline")
