"""caunoi send_reminders [--date dd/mm/yyyy]: turn today's reminders into notifications.

Run once a day (cron or a systemd timer). Every app's reminder providers are asked; a reminder
with a key reaches each user once, so running it twice a day does no harm.
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError

from caunoi.core.notifications import send_reminders


class Command(BaseCommand):
    help = "Deliver the reminders of every app (deadlines, expiries) as notifications."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--date", help="the day to remind for, dd/mm/yyyy (default today)")

    def handle(self, *args, date: str | None = None, **options) -> None:
        day = None
        if date:
            try:
                day = datetime.datetime.strptime(date, "%d/%m/%Y").date()
            except ValueError as exc:
                raise CommandError(f"--date must be dd/mm/yyyy, not {date!r}") from exc
        count = send_reminders(day)
        self.stdout.write(f"{count} new notifications")
