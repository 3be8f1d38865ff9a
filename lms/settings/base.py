"""Settings shared by every environment. Everything comes from the environment, with safe
development defaults; dev.py, test.py and production.py only override."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent
LMS_DIR = BASE_DIR / "lms"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # The custom user model's app comes first: every other app's migrations depend on it.
    "people",
    "outbox",
    "home",
    "courses",
    "quizzes",
    "h5p",
    "webinars",
    "certificates",
    "credentials",
    "trainings",
    "programmes",
    "community",
    "discussions",
    "library",
    "mentoring",
    "reports",
    "audit",
    "core",
    "lms",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "people.apps.UsersAdminConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Wagtail's admin says "5 minutes ago" with humanize's naturaltime: its catalogues (Kyrgyz
    # among them) load only when the app is installed.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before the locale middleware, so that it can read the signed-in user's language.
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.middleware.UserLocaleMiddleware",
    "lms.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the messages middleware, so that the one it signs out reads why.
    "lms.middleware.StaffIdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [LMS_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The embedded default is SQLite in the checkout; production sets DATABASE_URL to PostgreSQL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=0))
# SQLite under a class at once (runserver answers each request in its own thread, the worker
# writes beside it): a transaction takes the write lock when it begins (IMMEDIATE), so it waits
# its turn instead of failing to upgrade a read lock ("database is locked"); a writer waits up to
# 20 s for the lock; WAL lets pages be read while someone writes. test.py uses the same.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sessions are read on every page: keep them in the cache (Redis in production), backed by the
# database so that a cache restart signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Staff sessions end after this long without a request (lms.middleware.StaffIdleTimeoutMiddleware);
# learners' last SESSION_COOKIE_AGE (two weeks).
STAFF_IDLE_SECONDS = env.int("DJANGO_STAFF_IDLE_SECONDS", default=30 * 60)
# Every process must see one cache (the limits of core.ratelimit count in it): production sets
# CACHE_URL to Redis; the embedded default keeps it in files in var/, which needs no server and
# no table to create (unlike the database cache), and which the web and worker processes share.
CACHES = {"default": env.cache("CACHE_URL", default=f"filecache://{BASE_DIR / 'var' / 'cache'}")}
# The reverse proxies in front of the site (addresses or networks, e.g. 172.16.0.0/12 for the
# Docker network). Limits per client (core.addresses) read X-Forwarded-For only from these; none
# by default, so that a client's own header never counts unless a proxy is named.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=[])

AUTH_USER_MODEL = "people.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "full_name", "latin_name")},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "people:sign_in"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3

# Languages: Kyrgyz first, then Russian, then English. URLs carry the language (/ky/, /ru/, /en/).
LANGUAGE_CODE = "ky"
LANGUAGES = [
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
    ("en", "English"),
]
# The project's own catalogue first, so that it wins; then our Kyrgyz catalogues of the admin's
# upstream apps (Wagtail, wagtail-localize and wagtailmedia ship none), one folder per upstream
# catalogue under locale/admin/, kept by `bin/admin-messages` (lms.admin_catalogues).
LOCALE_PATHS = [BASE_DIR / "locale", *sorted((BASE_DIR / "locale" / "admin").glob("*"))]
# Dates and numbers as Kyrgyz and Russian write them ("8-декабрь 2026-ж.", "1,5").
FORMAT_MODULE_PATH = ["lms.formats"]
LANGUAGE_COOKIE_NAME = "tendik_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("DJANGO_TIME_ZONE", default="Asia/Bishkek")

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin in Kyrgyz comes from our catalogues (locale/admin/). A staff member whose Wagtail
# profile names no admin language reads it in her own preferred language (lms.middleware).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English")]
# A page sent for translation starts as a draft in the other language, never live with the
# source's text: the trainer translates it and submits it, and a coordinator approves it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_SITE_NAME = "Теңдик"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Signed credentials (credentials/, docs/credentials.md): the issuer is did:web of this address.
# The Ed25519 private key comes from CREDENTIALS_SIGNING_KEY (PEM or secretKeyMultibase), else
# from CREDENTIALS_KEY_FILE outside the repository (`manage.py credentials_keygen` writes it);
# development generates that file on first use, production refuses to (production.py).
CREDENTIALS_ISSUER_URL = env("CREDENTIALS_ISSUER_URL", default=WAGTAILADMIN_BASE_URL)
CREDENTIALS_ISSUER_NAME = env("CREDENTIALS_ISSUER_NAME", default="Теңдик")
CREDENTIALS_SIGNING_KEY = env("CREDENTIALS_SIGNING_KEY", default="")
CREDENTIALS_KEY_FILE = Path(
    env("CREDENTIALS_KEY_FILE", default=str(BASE_DIR / "var" / "credentials" / "signing-key.pem"))
)
CREDENTIALS_GENERATE_KEY = env.bool("CREDENTIALS_GENERATE_KEY", default=True)
# A credential file posted to the verification page, at most.
CREDENTIALS_MAX_UPLOAD_BYTES = 256 * 1024
# The admin's sign-in counts failures as the site's does (people.limits); its own password reset
# is off, so that the site's limited one (people:password_reset) is the only way to a reset email.
WAGTAILADMIN_USER_LOGIN_FORM = "people.forms.AdminSignInForm"
WAGTAIL_PASSWORD_RESET_ENABLED = False
# No staff email hash to Gravatar, no call to Wagtail's release server: the admin reaches only us.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Uploads keep an extension of their kind, since the extension decides the type a file is served
# with: nothing a browser would run (html, svg, xml, js) from the site's own domain. Documents
# are also served as attachments (Wagtail's serve view, except PDF and plain text). Lessons'
# caption tracks are documents too (courses.blocks.CaptionsBlock): hence vtt.
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "txt", "csv", "rtf", "vtt"),
    *("doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp"),
]
# Recordings: wagtailmedia's own lists, pinned so that an upgrade cannot widen them.
WAGTAILMEDIA = {
    "AUDIO_EXTENSIONS": ["aac", "aiff", "flac", "m4a", "m4b", "mp3", "ogg", "wav"],
    "VIDEO_EXTENSIONS": ["avi", "h264", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "ogv", "webm"],
}

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media")))
# The npm packages the browser needs (frontend/package.json), installed at build time.
STATICFILES_DIRS = [("h5p-standalone", BASE_DIR / "frontend/node_modules/h5p-standalone/dist")]
# Private files (certificate PDFs, print jobs): outside MEDIA_ROOT, so that no public URL
# reaches them; views that check who asks send them (core.private_files).
PRIVATE_MEDIA_ROOT = Path(
    env("DJANGO_PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "var" / "private"))
)
# Set in production (docker/nginx.conf): the prefix of the web server's internal locations, so
# that a view answers with X-Accel-Redirect and the web server sends the file. Empty: Django
# sends it.
PRIVATE_FILES_ACCEL_PREFIX = env("DJANGO_PRIVATE_FILES_ACCEL_PREFIX", default="")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "core.private_files.PrivateStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Uploaded tables (core/tabular.py): the rows a cohort file and a webinar's attendance report
# may have, and the cells an XLSX sheet may hold (filled or only formatted) before it is parsed.
COHORT_MAX_ROWS = 2000
ATTENDANCE_MAX_ROWS = 100_000
TABULAR_MAX_CELLS = 100_000

# Email: the console in development; SMTP from EMAIL_URL in production.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
globals().update(EMAIL_CONFIG)
# The worker holds the outbox row's lock while it sends: a mail server that hangs must not hold
# it for ever.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
# How many emails one task sends when many are kept at once (a cohort's welcome emails).
EMAIL_BATCH = 50
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="Теңдик <noreply@tendik.kg>")

# Celery. The embedded default is kombu's filesystem transport: a real broker that needs no server.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
CELERY_BROKER_FOLDER = Path(env("CELERY_BROKER_FOLDER", default=str(BASE_DIR / "var" / "broker")))
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {
        "data_folder_in": str(CELERY_BROKER_FOLDER),
        "data_folder_out": str(CELERY_BROKER_FOLDER),
        "processed_folder": str(CELERY_BROKER_FOLDER / "processed"),
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    else {"visibility_timeout": 3600}
)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE

# Certificates: the cache of pre-subset fonts, and how many certificates a print job renders
# per task (a resumed job re-renders at most one chunk).
CERTIFICATE_FONT_CACHE = BASE_DIR / "var" / "fonts"
CERTIFICATE_PRINT_CHUNK = 50

# Lesson blocks that activity apps add: (block name, dotted path to the block class).
LESSON_ACTIVITY_BLOCKS: list[tuple[str, str]] = [
    ("quiz", "quizzes.blocks.QuizBlock"),
    ("h5p", "h5p.blocks.H5PBlock"),
    ("webinar", "webinars.blocks.WebinarBlock"),
    ("face_to_face", "trainings.blocks.FaceToFaceBlock"),
]

# Open reports on an item weighing this much hide it until a moderator decides (community.services).
COMMUNITY_HIDE_WEIGHT = env.float("COMMUNITY_HIDE_WEIGHT", default=3.0)
# The resource library: the largest file a member shares (stored privately, library.files).
LIBRARY_MAX_FILE_BYTES = env.int("LIBRARY_MAX_FILE_BYTES", default=20 * 1024 * 1024)

# H5P: the library store, the packages' content and the uploads waiting to be processed. Not
# under MEDIA_ROOT: these files are served only through views that check who may see them.
H5P_ROOT = Path(env("H5P_ROOT", default=str(BASE_DIR / "var" / "h5p")))
H5P_MAX_UPLOAD_BYTES = env.int("H5P_MAX_UPLOAD_BYTES", default=100 * 1024 * 1024)
# Caps that stop a zip bomb before anything is extracted.
H5P_MAX_UNCOMPRESSED_BYTES = env.int("H5P_MAX_UNCOMPRESSED_BYTES", default=300 * 1024 * 1024)
H5P_MAX_FILES = env.int("H5P_MAX_FILES", default=5000)
H5P_MAX_COMPRESSION_RATIO = env.int("H5P_MAX_COMPRESSION_RATIO", default=100)
# The largest xAPI statement or saved state the server accepts from a player.
H5P_XAPI_MAX_BYTES = env.int("H5P_XAPI_MAX_BYTES", default=64 * 1024)
# A scored or completed statement arriving sooner than this many seconds after the server
# launched the player is kept but counts for nothing: no person can have done the activity yet.
H5P_MIN_SECONDS = env.int("H5P_MIN_SECONDS", default=5)
# Statements kept per learner and activity; past it the endpoint answers 429 and keeps none
# (her result row is still updated, so that her best score and completion are not lost).
H5P_STATEMENTS_MAX = env.int("H5P_STATEMENTS_MAX", default=200)
# Launches (plays) kept per learner and activity; an older one's token is then refused.
H5P_LAUNCHES_KEPT = env.int("H5P_LAUNCHES_KEPT", default=20)
# How often (seconds) the player saves a learner's place in an activity, so that she resumes it.
H5P_STATE_SAVE_SECONDS = env.int("H5P_STATE_SAVE_SECONDS", default=30)

# Mentoring: how many active agreements a mentee may have at once, unless the programme the
# agreement is under allows another number (mentoring.Scheme).
MENTORING_MAX_ACTIVE_PER_MENTEE = env.int("MENTORING_MAX_ACTIVE_PER_MENTEE", default=1)

# Counts of people (core.suppression): under the threshold a count is hidden, and every count
# shown is rounded to a multiple of SUPPRESSION_ROUND_TO (1: not rounded).
SUPPRESSION_THRESHOLD = env.int("SUPPRESSION_THRESHOLD", default=5)
SUPPRESSION_ROUND_TO = env.int("SUPPRESSION_ROUND_TO", default=5)
# The reports' age bands (reports.dimensions), by age this year: (from, to), None for open.
REPORTS_AGE_BANDS = [(15, 17), (18, 24), (25, 34), (35, 49), (50, 64), (65, None)]
# The reports' counts are kept in a rollup (reports.rollup) that beat counts again this often
# (minutes); the pages say when their numbers were counted. 0: every count is live.
REPORTS_ROLLUP_MINUTES = env.int("REPORTS_ROLLUP_MINUTES", default=15)

# Periodic tasks, run by `celery worker --beat` (bin/run-demo) or a separate `celery beat`.
CELERY_BEAT_SCHEDULE = {
    "webinar-reminders": {"task": "webinars.tasks.webinar_reminders_send", "schedule": 300.0},
    # What a request stored but could not hand to the broker (it was down): emails, H5P
    # packages still queued, certificates still waiting for their PDF.
    "outbox-flush": {"task": "outbox.tasks.outbox_flush", "schedule": 120.0},
    "h5p-queued": {"task": "h5p.tasks.packages_process_queued", "schedule": 300.0},
    "mentoring-end-due": {"task": "mentoring.tasks.agreements_end_due", "schedule": 3600.0},
    # Daily digests of new replies (each member at most once a day).
    "discussions-digests": {
        "task": "discussions.tasks.discussion_digests_send",
        "schedule": 3600.0,
    },
    "certificates-pending": {
        "task": "certificates.tasks.certificates_render_pending",
        "schedule": 300.0,
    },
    "reports-rollup": {
        "task": "reports.tasks.rollup_recount",
        "schedule": 60.0 * max(REPORTS_ROLLUP_MINUTES, 1),
    },
    # The month before's report for coordinators, at 06:00 on the 1st (site time).
    "reports-monthly": {
        "task": "reports.tasks.monthly_report",
        "schedule": crontab(minute=0, hour=6, day_of_month=1),
    },
}
# Queued work older than this (minutes) counts as stuck: beat queues H5P packages and
# certificates again, and coordinators see it on the page of stuck work.
STUCK_AFTER_MINUTES = env.int("STUCK_AFTER_MINUTES", default=10)
# Beat tries an unsent email this many times; then it waits for a coordinator's "Try again".
OUTBOX_MAX_ATTEMPTS = 20

# The data notice a person agrees to at sign-up. Bump the version when its text changes.
DATA_NOTICE_VERSION = "2026-12-04"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    # WeasyPrint logs each rendering step at INFO.
    "loggers": {"weasyprint.progress": {"level": "WARNING"}},
}

# Every page: only our own origin (lms.middleware.SecurityHeadersMiddleware; the H5P player sets
# a stricter policy of its own, h5p.views.PLAYER_CSP). No inline script or style on the site's
# pages; frames from ourselves only (the H5P player in a lesson, Wagtail's preview).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF, "blob:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
    }
}
# No page of ours uses these; a script that slipped in cannot either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)
