"""``caunoi load_demo``: the Hà Nội demo data set, app by app, safe to run again."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Load the Hà Nội demo data (idempotent). Demo only: it creates users with known passwords."
    )

    def handle(self, *args, **options):
        logins = []
        with transaction.atomic():
            for config in apps.get_app_configs():
                if not config.name.startswith("caunoi."):
                    continue
                try:
                    module = import_module(f"{config.name}.demo")
                except ModuleNotFoundError as exc:
                    if exc.name != f"{config.name}.demo":
                        raise
                    continue
                self.stdout.write(f"{config.verbose_name}:")
                result = module.load(stdout=self.stdout) or {}
                logins.extend(result.get("logins", []))
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        if logins:
            self.stdout.write("\nDemo logins (user name / password — role — unit):")
            for username, password, role, unit in logins:
                self.stdout.write(f"  {username:<14} {password:<12} {role:<14} {unit}")
