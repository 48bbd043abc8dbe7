"""Screens of the staff app: records (``records``) and coverage (``coverage``)."""
