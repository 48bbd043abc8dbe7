"""``caunoi``: the project's manage.py. Every management command runs in a change context, so
writes made from the console are change-logged with source "command"."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    from caunoi.core.context import change_context

    with change_context("command"):
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
