"""``caunoi load_countries``: every ISO country with its Vietnamese and English names and the
bundled reference facts. Safe to run again: it fills only what is empty."""

from django.core.management.base import BaseCommand

from caunoi.partners.reference import load_countries


class Command(BaseCommand):
    help = "Create missing countries and fill empty reference facts (never overwrites)."

    def handle(self, *args, **options):
        changed = load_countries()
        self.stdout.write(self.style.SUCCESS(f"Countries created or completed: {changed}"))
