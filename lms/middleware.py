from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation

from lms.params import parse_int

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


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
