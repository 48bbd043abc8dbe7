from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    name = "caunoi.staff"
    label = "staff"
    verbose_name = _("Staff and training")

    def ready(self) -> None:
        from caunoi.core import search
        from caunoi.core.registry import Counter, Menu, MenuItem, register_counter, register_menu
        from caunoi.staff.models import StaffMember, TrainingCourse

        register_menu(
            Menu(
                "staff",
                _("Staff and training"),
                "id-badge-2",
                order=600,
                items=[
                    MenuItem(
                        _("Staff members"),
                        "staff:staffmember_list",
                        "staff.view_staffmember",
                        "users",
                    ),
                    MenuItem(
                        _("Language skills"),
                        "staff:stafflanguage_list",
                        "staff.view_stafflanguage",
                        "language",
                    ),
                    MenuItem(
                        _("Training courses"),
                        "staff:trainingcourse_list",
                        "staff.view_trainingcourse",
                        "school",
                    ),
                    MenuItem(
                        _("Attendances"),
                        "staff:attendance_list",
                        "staff.view_attendance",
                        "file-certificate",
                    ),
                    MenuItem(
                        _("Training plans"),
                        "staff:trainingplan_list",
                        "staff.view_trainingplan",
                        "clipboard-list",
                    ),
                    MenuItem(
                        _("Coverage by unit"),
                        "staff:coverage",
                        "staff.view_staffmember",
                        "chart-bar",
                    ),
                ],
            )
        )
        register_counter(
            Counter(
                _("Foreign-affairs staff"),
                "staff.StaffMember",
                "staff:staffmember_list",
                "id-badge-2",
                order=600,
            )
        )
        search.register(
            StaffMember,
            fields=("full_name", "position", "email"),
            subtitle=lambda person: " · ".join(
                filter(None, [person.position, str(person.owner_unit)])
            ),
            select_related=("owner_unit",),
        )
        search.register(
            TrainingCourse,
            fields=("title", "title_en", "organiser"),
            title_en="title_en",
            subtitle=lambda course: " · ".join(
                filter(None, [course.organiser, f"{course.start_date:%d/%m/%Y}"])
            ),
        )
