"""Every URL needs a login, except a short declared list; every URL is covered by a test."""

import importlib
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

import caunoi
from caunoi.core.testing.coverage import COVERED

# The calendar feed needs no sign-in: its secret token is the key (unknown or revoked: 404).
PUBLIC = {
    "accounts:login",
    "accounts:logout",
    "core:set_language",
    "health",
    "events:calendar_feed_ics",
}
IGNORED_NAMESPACES = {"admin"}  # Django's own admin has its own login
SAMPLE_KWARGS = {"pk": 999999, "ct_id": 999999}


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            if ns in IGNORED_NAMESPACES:
                continue
            full_ns = f"{namespace}:{entry.namespace}".strip(":") if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), full_ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield (
                (f"{namespace}:{entry.name}" if namespace else entry.name),
                prefix + str(entry.pattern),
                entry,
            )


def sample_path(route: str) -> str:
    import re

    path = re.sub(
        r"\(\?P<(\w+)>[^)]*\)", lambda m: str(SAMPLE_KWARGS.get(m.group(1), "json")), route
    )
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(SAMPLE_KWARGS.get(m.group(1), 1)), path)
    path = path.replace("^", "").replace("$", "").replace("\\.", ".")
    return "/" + path.lstrip("/")


def all_urls():
    return list(walk(get_resolver().url_patterns))


@pytest.mark.django_db
def test_every_url_requires_login_except_the_public_list(client):
    for name, route, _entry in all_urls():
        if name in PUBLIC or "format" in route:
            continue
        response = client.get(sample_path(route))
        if name.startswith("api:"):
            assert response.status_code == 401, (name, route, response.status_code)
        else:
            assert response.status_code == 302, (name, response.status_code)
            assert "/accounts/login/" in response["Location"], name


def test_every_url_is_covered_by_a_test():
    root = Path(caunoi.__file__).parent
    for path in root.rglob("tests/test_*.py"):
        dotted = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        importlib.import_module(dotted)
    names = {name for name, route, _ in all_urls() if "format" not in route}
    missing = sorted(
        names
        - COVERED
        - {"api:api-root", "api:schema", "api:docs"}
        - {n for n in names if n.startswith("api:") and n.endswith("-root")}
    )
    assert not missing, f"URLs without a test: {missing}"
