from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeAction(models.TextChoices):
    CREATE = "create", _("Created")
    UPDATE = "update", _("Updated")
    DELETE = "delete", _("Deleted")
    RESTORE = "restore", _("Restored")
    MERGE = "merge", _("Merged")


class ChangeSource(models.TextChoices):
    UI = "ui", _("Web interface")
    API = "api", _("API")
    COMMAND = "command", _("Command")
    SYSTEM = "system", _("System")
