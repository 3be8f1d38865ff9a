import time

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from core.params import parse_int

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
ADMIN_PREFIX = "/admin/"
STAFF_KEY, STAFF_SEEN_KEY, STAFF_SEEN_EVERY_SECONDS = "staff", "staff_seen", 60


class UserLocaleMiddleware(LocaleMiddleware):
    """Django's locale middleware, but a signed-in person who opens a URL without a language
    (`/`, a bookmark) gets the language she chose, wherever she signs in from."""

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info):
            return
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.preferred_language:
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = translation.get_language()


class RejectNulMiddleware:
    """A NUL character in the address or a form is never something a person typed: PostgreSQL
    cannot store or even compare it, SQLite's search chokes on it. Refuse it here, once for
    every page, with a 400 in her language (after the locale middleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)

    @staticmethod
    def _has_nul(request) -> bool:
        if "\x00" in request.path:
            return True
        data = [request.GET]
        if request.method == "POST" and request.content_type in FORM_TYPES:
            # Read (and keep) a small body first, so that views that read it (the H5P state)
            # still can; a large upload is parsed as it streams in, as without this check.
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            if limit is None or parse_int(request.META.get("CONTENT_LENGTH"), 0) <= limit:
                request.body  # noqa: B018
            data.append(request.POST)
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for query in data
            for key, values in query.lists()
        )


class SecurityHeadersMiddleware(CSPMiddleware):
    """The site's Content-Security-Policy (settings.CONTENT_SECURITY_POLICY, through django-csp)
    and Permissions-Policy on every response. A view that sets its own policy keeps it (the H5P
    player and its files). The Wagtail admin's templates still carry inline scripts and styles
    (date choosers, inline panels, wagtail-localize's editor), so under /admin/ they are allowed;
    the site's own pages allow none."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and parts.update is None:
            parts.update = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
        return parts

    def process_response(self, request, response):
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return super().process_response(request, response)


class StaffIdleTimeoutMiddleware:
    """Signs out staff (anyone who may open the Wagtail admin) after settings.STAFF_IDLE_SECONDS
    without a request: their sessions reach everyone's data. Learners keep their long sessions,
    for phones shared in a family are signed in on purpose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and self._staff(request):
            now = int(time.time())
            seen = request.session.get(STAFF_SEEN_KEY)
            if seen is not None and now - seen > settings.STAFF_IDLE_SECONDS:
                logout(request)
                messages.info(request, _("You were signed out after a time without activity."))
            elif seen is None or now - seen >= STAFF_SEEN_EVERY_SECONDS:
                # Not on every request: each write of the session is a database write.
                request.session[STAFF_SEEN_KEY] = now
        return self.get_response(request)

    @staticmethod
    def _staff(request) -> bool:
        # Asked once a session: the permission check costs queries, the session is in the cache.
        staff = request.session.get(STAFF_KEY)
        if staff is None:
            user = request.user
            staff = user.is_staff or user.has_perm("wagtailadmin.access_admin")
            request.session[STAFF_KEY] = staff
        return staff
