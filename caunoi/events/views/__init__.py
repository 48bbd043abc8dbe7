"""Screens of the events app: records (``records``), the shared calendar and its feeds
(``calendar``), the anniversaries planner (``planner``) and the coordination view
(``coordination``)."""
