"""``caunoi import_file <app.Model> <path> --as <username> [--dry-run]``: bulk-load a
spreadsheet with the same checks as the import screen, acting as (and limited to the units of)
a named user. Nothing is written unless every row is valid."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from caunoi.core.context import change_context
from caunoi.core.imports import ImportFileError, run_import, spec_for
from caunoi.core.imports.views import summary


class Command(BaseCommand):
    help = "Import an .xlsx or CSV file into a model, as a given user (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("model", help="app_label.ModelName, e.g. partners.Partner")
        parser.add_argument("path", help="the .xlsx or .csv file")
        parser.add_argument("--as", dest="username", required=True, help="act as this user")
        parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")

    def handle(self, *args, model, path, username, dry_run, **options):
        try:
            model_class = apps.get_model(model)
        except (LookupError, ValueError) as exc:
            raise CommandError(f"Unknown model {model!r}") from exc
        spec = spec_for(model_class)
        if spec is None:
            raise CommandError(f"{model} has no import spec (an ImportSpec in <app>/imports.py)")
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username!r}")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise CommandError(str(exc)) from exc
        language = getattr(user, "language", "") or settings.LANGUAGE_CODE
        with translation.override(language), change_context("command", user=user):
            try:
                result = run_import(spec, user, data, Path(path).name, commit=not dry_run)
            except ImportFileError as exc:
                raise CommandError(exc.message) from exc
            except PermissionDenied as exc:
                raise CommandError(f"{username} may not add {model}") from exc
            for error in result.errors:
                self.stderr.write(f"{error.row}\t{error.column}\t{error.message}")
            if not result.ok:
                raise CommandError(
                    _("Nothing was imported. Problems found: %(count)d.")
                    % {"count": result.error_count}
                )
            if dry_run:
                self.stdout.write(
                    _(
                        "Dry run, nothing written. New: %(created)d, to update: %(updated)d, "
                        "unchanged: %(unchanged)d."
                    )
                    % {
                        "created": result.created,
                        "updated": result.updated,
                        "unchanged": result.unchanged,
                    }
                )
            else:
                self.stdout.write(self.style.SUCCESS(summary(result)))
            rate = result.rows / result.seconds if result.seconds else 0
            self.stdout.write(f"{result.rows} rows in {result.seconds:.1f} s ({rate:.0f} rows/s)")
