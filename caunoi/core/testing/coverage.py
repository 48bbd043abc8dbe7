"""Which URL names the test suites cover, for the URL-walking guard.

Generic suites register their screens automatically; hand-written tests call :func:`covers`.
"""

from __future__ import annotations

COVERED: set[str] = set()


def covers(*url_names: str) -> None:
    COVERED.update(url_names)
