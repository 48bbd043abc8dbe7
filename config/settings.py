"""Cầu Nối settings: one module, read top to bottom, every external value from the environment.

See docs/configuration.md for the full reference and .env.example for a starting point.
Production needs SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL; nothing here has a production
default for them.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from config.env import EnvError, database_from_url, env_bool, env_int, env_list, env_str

# ==============================================================================================
# Paths
# ==============================================================================================
BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("CAUNOI_VAR_DIR", str(BASE_DIR / "var")))

# ==============================================================================================
# Core and security
# ==============================================================================================
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY") if not DEBUG else env_str("SECRET_KEY", "dev-only-insecure-key")
ALLOWED_HOSTS = (
    env_list("ALLOWED_HOSTS")
    if not DEBUG
    else env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# HTTPS hardening is on unless the deployment says it serves plain HTTP (the demo does).
HTTPS = env_bool("CAUNOI_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = env_bool("CAUNOI_SSL_REDIRECT", HTTPS)
SECURE_HSTS_SECONDS = env_int("CAUNOI_HSTS_SECONDS", 31536000 if HTTPS else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("CAUNOI_BEHIND_PROXY", False) else None
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("CAUNOI_SESSION_SECONDS", 8 * 3600, minimum=300)

# ==============================================================================================
# Applications
# ==============================================================================================
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "django_countries",  # installed for its translations: Vietnamese country names
    "django_tables2",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "template_partials",
    "caunoi.core",
    "caunoi.accounts",
    "caunoi.partners",
    "caunoi.staff",
    "caunoi.agreements",
    "caunoi.delegations",
    "caunoi.events",
    "caunoi.aid_projects",
    "caunoi.investments",
    "caunoi.indicators",
    "caunoi.bench",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "caunoi.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "caunoi.core.middleware.RequestContextMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "caunoi.core.context_processors.navigation",
            ],
        },
    }
]

# Selects' options written in Python, not one template include each (caunoi/core/renderers.py).
FORM_RENDERER = "caunoi.core.renderers.FormRenderer"

# ==============================================================================================
# Database
# ==============================================================================================
DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL")
        if not DEBUG
        else env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'caunoi.sqlite3'}")
    )
}

# ==============================================================================================
# Authentication, roles and login throttling
# ==============================================================================================
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "caunoi.accounts.backends.MembershipBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AXES_FAILURE_LIMIT = env_int("CAUNOI_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("CAUNOI_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_IPWARE_PROXY_COUNT = 1 if SECURE_PROXY_SSL_HEADER else 0

# ==============================================================================================
# Languages, time and formats
# ==============================================================================================
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "caunoi_language"
USE_I18N = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True
FORMAT_MODULE_PATH = ["config.formats"]

# ==============================================================================================
# Static and uploaded files
# ==============================================================================================
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("CAUNOI_STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("CAUNOI_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"  # never served directly: files go through scoped views
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Uploaded documents live in MEDIA_ROOT ("local") or in an S3-compatible bucket ("s3").
CAUNOI_STORAGE = env_str("CAUNOI_STORAGE", "local")
if CAUNOI_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("CAUNOI_S3_BUCKET"),
            "endpoint_url": env_str("CAUNOI_S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("CAUNOI_S3_REGION", "") or None,
            "access_key": env_str("CAUNOI_S3_ACCESS_KEY", "") or None,
            "secret_key": env_str("CAUNOI_S3_SECRET_KEY", "") or None,
            "location": env_str("CAUNOI_S3_PREFIX", ""),
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
        },
    }
elif CAUNOI_STORAGE != "local":
    raise EnvError("CAUNOI_STORAGE must be 'local' or 's3'.")
# Largest uploaded document (drafts, signed scans, photos), checked by content as well.
CAUNOI_UPLOAD_MAX_BYTES = env_int("CAUNOI_UPLOAD_MAX_BYTES", 25 * 1024 * 1024, minimum=1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# ==============================================================================================
# API
# ==============================================================================================
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an unauthenticated API call then answers 401 with WWW-Authenticate.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "caunoi.core.api.pagination.StandardPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "EXCEPTION_HANDLER": "caunoi.core.api.exceptions.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Cầu Nối API",
    "DESCRIPTION": "API of Cầu Nối, the information system for Hà Nội's foreign affairs.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
}

# ==============================================================================================
# Background jobs (django-tasks; run `caunoi db_worker` in production)
# ==============================================================================================
TASKS = {
    "default": {
        "BACKEND": env_str("CAUNOI_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# ==============================================================================================
# Content Security Policy: no inline scripts, nothing from other hosts.
# ==============================================================================================
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# ==============================================================================================
# Lists and tables
# ==============================================================================================
DJANGO_TABLES2_TEMPLATE = "core/table.html"
CAUNOI_PAGE_SIZES = [25, 50, 100, 250]
CAUNOI_EXPORT_MAX_ROWS = env_int("CAUNOI_EXPORT_MAX_ROWS", 100000, minimum=100)

# ==============================================================================================
# Partner network
# ==============================================================================================
# A partner with nothing recorded for this many months is listed as "going quiet".
CAUNOI_QUIET_MONTHS = env_int("CAUNOI_QUIET_MONTHS", 12, minimum=1)
# Days before an NGO's registration certificate expires when its unit is alerted.
CAUNOI_NGO_EXPIRY_ALERT_DAYS = env_int("CAUNOI_NGO_EXPIRY_ALERT_DAYS", 90, minimum=1)

# ==============================================================================================
# Activities and events
# ==============================================================================================
# How many months ahead the anniversaries planner and the calendar feeds look.
CAUNOI_ANNIVERSARY_MONTHS = env_int("CAUNOI_ANNIVERSARY_MONTHS", 18, minimum=1)

# ==============================================================================================
# Delegations
# ==============================================================================================
# A trip abroad submitted fewer than this many days before departure is flagged as short notice.
CAUNOI_DELEGATION_LEAD_DAYS = env_int("CAUNOI_DELEGATION_LEAD_DAYS", 20, minimum=0)
# The results report of a trip abroad is due this many days after the last day; then overdue.
CAUNOI_DELEGATION_REPORT_DAYS = env_int("CAUNOI_DELEGATION_REPORT_DAYS", 15, minimum=1)

# ==============================================================================================
# Money: a conversion uses the latest rate on or before the value date, at most this old.
# ==============================================================================================
CAUNOI_EXCHANGE_RATE_MAX_AGE_DAYS = env_int("CAUNOI_EXCHANGE_RATE_MAX_AGE_DAYS", 92, minimum=1)

# ==============================================================================================
# Notifications: in the app always; also by email when CAUNOI_NOTIFY_EMAIL is on.
# ==============================================================================================
CAUNOI_NOTIFY_EMAIL = env_bool("CAUNOI_NOTIFY_EMAIL", False)
# The address users reach the app at, for links in emails and calendar feeds.
CAUNOI_SITE_URL = env_str("CAUNOI_SITE_URL", "http://127.0.0.1:8000")
EMAIL_HOST = env_str("CAUNOI_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("CAUNOI_EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("CAUNOI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_str("CAUNOI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("CAUNOI_EMAIL_TLS", False)
DEFAULT_FROM_EMAIL = env_str("CAUNOI_EMAIL_FROM", "caunoi@localhost")

# ==============================================================================================
# Spreadsheet import (caunoi/core/imports): limits checked before a file is read
# ==============================================================================================
CAUNOI_IMPORT_MAX_BYTES = env_int("CAUNOI_IMPORT_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
CAUNOI_IMPORT_MAX_ROWS = env_int("CAUNOI_IMPORT_MAX_ROWS", 20000, minimum=1)
CAUNOI_IMPORT_MAX_COLUMNS = env_int("CAUNOI_IMPORT_MAX_COLUMNS", 200, minimum=1)
CAUNOI_IMPORT_MAX_UNCOMPRESSED_BYTES = env_int(
    "CAUNOI_IMPORT_MAX_UNCOMPRESSED_BYTES", 100 * 1024 * 1024, minimum=1024
)
CAUNOI_IMPORT_MAX_COMPRESSION_RATIO = env_int("CAUNOI_IMPORT_MAX_COMPRESSION_RATIO", 100, minimum=2)
CAUNOI_IMPORT_STASH_SECONDS = env_int("CAUNOI_IMPORT_STASH_SECONDS", 3600, minimum=60)
# List totals and home counts of at least CAUNOI_COUNT_CACHE_MIN rows are kept this long
# (caunoi/core/counting.py); 0 counts every time.
CAUNOI_COUNT_SECONDS = env_int("CAUNOI_COUNT_SECONDS", 30, minimum=0)
CAUNOI_COUNT_CACHE_MIN = env_int("CAUNOI_COUNT_CACHE_MIN", 5000, minimum=0)

# ==============================================================================================
# Logging: structured enough to grep, quiet by default.
# ==============================================================================================
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("CAUNOI_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
