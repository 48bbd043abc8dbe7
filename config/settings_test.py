"""Test settings: the real settings with test-only pieces added. The database comes from
DATABASE_URL (the Makefile runs the suite on SQLite, then on PostgreSQL)."""

import os

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production-0123456789abcdef")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DATABASE_URL", "sqlite:///var/test.sqlite3")
os.environ.setdefault("CAUNOI_HTTPS", "false")

from config.settings import *  # noqa: F403
from config.settings import INSTALLED_APPS, STATIC_ROOT, STORAGES

INSTALLED_APPS = [*INSTALLED_APPS, "caunoi.core.tests.testapp"]
ROOT_URLCONF = "config.urls_test"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
AXES_FAILURE_LIMIT = 3
CAUNOI_COUNT_SECONDS = 0  # list totals and home counts exact in every test (no cache between)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise scans it at start-up

# Uploaded files of the tests go to a throw-away folder, removed when the run ends.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="caunoi-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
