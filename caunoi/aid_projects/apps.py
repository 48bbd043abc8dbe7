from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidProjectsConfig(AppConfig):
    name = "caunoi.aid_projects"
    label = "aid_projects"
    verbose_name = _("Aid projects")
