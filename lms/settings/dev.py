"""Development and demo: SQLite, media on disk, console email, a real Celery worker on the
filesystem broker (never eager mode, so the demo behaves as production does)."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
