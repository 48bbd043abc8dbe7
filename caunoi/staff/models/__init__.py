"""The staff and training records (cán bộ, đào tạo bồi dưỡng)."""

from caunoi.staff.models.staff import StaffAssignment, StaffLanguage, StaffMember
from caunoi.staff.models.training import Attendance, PlanLine, TrainingCourse, TrainingPlan

__all__ = [
    "Attendance",
    "PlanLine",
    "StaffAssignment",
    "StaffLanguage",
    "StaffMember",
    "TrainingCourse",
    "TrainingPlan",
]
