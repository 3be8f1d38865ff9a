"""The player, the files it loads, the endpoints it posts to, and the results of an activity.

The player runs in a page of its own, framed by the lesson, so that its strict
Content-Security-Policy binds H5P's code without weighing on the lesson page."""

import gzip
import json
import mimetypes
from functools import lru_cache

from django.conf import settings
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseForbidden,
    JsonResponse,
)
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from audit.services import Action, audited
from core import private_files
from core.exports import csv_response
from courses.selectors import sees_learners_of
from h5p import store
from h5p.l10n import content_localise, core_translations
from h5p.selectors import activity_for, activity_report, may_play, result_for
from h5p.services import (
    StatementCapped,
    StatementRefused,
    launch_start,
    state_save,
    statement_record,
)

# Self only. H5P's libraries build their markup with inline style attributes (jQuery), so
# styles need 'unsafe-inline'; scripts need neither 'unsafe-inline' nor 'unsafe-eval' with the
# sample packages (tests/browser/test_h5p.py fails on any CSP violation). base-uri 'self':
# jQuery's parseHTML gives its inert document a <base> with the page's address. Media from
# elsewhere (an interactive video's external URL) is refused: the player still loads.
# docs/h5p.md says more.
PLAYER_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "frame-src 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'none'",
        "object-src 'none'",
    ]
)
# A package's files opened on their own (an SVG, say) run nothing and reach nothing.
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".eot": "application/vnd.ms-fontobject",
    ".vtt": "text/vtt",
    ".webvtt": "text/vtt",
    ".md": "text/plain",
    ".textile": "text/plain",
    ".patch": "text/plain",
    ".diff": "text/plain",
}


# Text compresses to a third or less; learners are often on metered mobile data.
COMPRESSIBLE = {".js", ".css", ".json", ".svg", ".txt", ".md", ".vtt", ".webvtt", ".xml", ".csv"}
COMPRESS_MAX_BYTES = 4 * 1024 * 1024


@lru_cache(maxsize=512)
def _gzipped(path, mtime_ns: int) -> bytes:
    """Library and content files never change once in the store (a new version is a new
    folder), so each is compressed once per process."""
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


def _file_response(request, path, *, cache: str) -> HttpResponse:
    suffix = path.suffix.lower()
    content_type = TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]
    content_type = content_type or "application/octet-stream"
    info = path.stat()
    if (
        # Behind the web server, it compresses (docker/nginx.conf).
        not settings.PRIVATE_FILES_ACCEL_PREFIX
        and suffix in COMPRESSIBLE
        and info.st_size <= COMPRESS_MAX_BYTES
        and "gzip" in request.headers.get("Accept-Encoding", "")
    ):
        response = HttpResponse(_gzipped(path, info.st_mtime_ns), content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = private_files.send(path, content_type=content_type)
    if suffix in COMPRESSIBLE:
        patch_vary_headers(response, ["Accept-Encoding"])
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_CSP
    response["Cache-Control"] = cache
    return response


def _activity_or_404(lesson_id: int, block_id: str):
    activity = activity_for(lesson_id, block_id)
    if activity is None:
        raise Http404
    return activity


def _urls(activity) -> dict[str, str]:
    args = [activity.lesson.pk, activity.block_id]
    package = reverse("h5p:package_root", args=args)
    return {
        "package": package.rstrip("/"),
        "xapi": reverse("h5p:xapi", args=args),
        "state": reverse("h5p:state", args=args),
    }


@require_GET
@xframe_options_sameorigin
def player(request, lesson_id: int, block_id: str):
    activity = _activity_or_404(lesson_id, block_id)
    allowed, enrolment = may_play(request.user, activity)
    if not allowed:
        return HttpResponseForbidden()
    urls = _urls(activity)
    # Only a learner's play is recorded; trainers and coordinators may try it out.
    record = enrolment is not None and enrolment.is_active
    options = {
        "id": f"{activity.lesson.pk}-{activity.block_id}",
        "h5pJsonPath": urls["package"],
        "contentJsonPath": urls["package"] + "/content",
        "librariesPath": reverse("h5p:library_root").rstrip("/"),
        "frameJs": static("h5p-standalone/frame.bundle.js"),
        "frameCss": static("h5p-standalone/styles/h5p.css"),
        "embedType": "div",
        "fullScreen": True,
        "xAPIObjectIRI": request.build_absolute_uri(request.path),
        # The player core's words; the libraries' come with content.json (package_file).
        "translations": core_translations(),
    }
    if record:
        result = result_for(enrolment, activity)
        options.update(
            saveFreq=settings.H5P_STATE_SAVE_SECONDS,
            user={"name": request.user.get_full_name(), "mail": request.user.email},
            ajax={"contentUserDataUrl": urls["state"]},
        )
        if result is not None and result.state:
            options["contentUserData"] = [{"state": result.state}]
    config = {
        "options": options,
        "record": record,
        "xapiUrl": urls["xapi"],
        "csrfToken": get_token(request),
    }
    if record:
        # Each play is a launch of its own: her statements carry its token (LAUNCH_HEADER).
        config["launch"] = launch_start(enrolment=enrolment, activity=activity).token
    response = render(request, "h5p/player.html", {"config": config, "package": activity.package})
    response["Content-Security-Policy"] = PLAYER_CSP
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def package_file(request, lesson_id: int, block_id: str, path: str):
    """h5p.json and content/: only for those who may read the lesson."""
    activity = _activity_or_404(lesson_id, block_id)
    allowed, _enrolment = may_play(request.user, activity)
    if not allowed:
        return HttpResponseForbidden()
    file = store.safe_file(activity.package.content_path, path)
    if file is None:
        raise Http404
    if path == "content/content.json":
        return _content_json(activity, file)
    return _file_response(request, file, cache="private, max-age=3600")


def _content_json(activity, file) -> HttpResponse:
    """content.json with the libraries' own buttons and labels in the reader's language."""
    manifest = store.safe_file(activity.package.content_path, "h5p.json")
    try:
        main_library = json.loads(manifest.read_text(encoding="utf-8"))["mainLibrary"]
        content = json.loads(file.read_text(encoding="utf-8"))
    except (AttributeError, OSError, ValueError, KeyError, TypeError) as error:
        raise Http404 from error  # packages are validated on upload: a damaged store
    response = JsonResponse(content_localise(content, main_library), safe=False)
    response["Content-Language"] = get_language()
    # Its words change with the reader's language: never reuse another language's copy.
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def library_file(request, path: str):
    """Library code is the same for everyone (open-source H5P libraries); signed-in only."""
    if not request.user.is_authenticated:
        return HttpResponseForbidden()
    file = store.safe_file(store.libraries_root(), path)
    if file is None:
        raise Http404
    return _file_response(request, file, cache="private, max-age=86400")


def _refuse(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _read_body(request) -> bytes | None:
    """The request body, or None when it is over the cap."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if length > settings.H5P_XAPI_MAX_BYTES:
        return None
    body = request.body
    return None if len(body) > settings.H5P_XAPI_MAX_BYTES else body


# The header the player sends its launch's token in (h5p/static/h5p/player.js).
LAUNCH_HEADER = "X-H5P-Launch"


@require_POST
def xapi(request, lesson_id: int, block_id: str):
    """An xAPI statement from the player. It is bound to the signed-in learner, never to the
    actor it names, and refused when she is not enrolled or it does not carry the token of a
    play the server launched for her (h5p.services.statement_record)."""
    if not request.user.is_authenticated:
        return _refuse(403, "sign in")
    body = _read_body(request)
    if body is None:
        return _refuse(413, "statement too large")
    activity = _activity_or_404(lesson_id, block_id)
    try:
        statement = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return _refuse(400, "not JSON")
    try:
        record = statement_record(
            user=request.user,
            activity=activity,
            statement=statement,
            token=request.headers.get(LAUNCH_HEADER),
        )
    except StatementCapped as refusal:
        return _refuse(429, str(refusal))
    except StatementRefused as refusal:
        return _refuse(403, str(refusal))
    return JsonResponse(
        {"recorded": True, "attempt": record.is_attempt, "early": record.early}, status=201
    )


@require_http_methods(["GET", "POST"])
def state(request, lesson_id: int, block_id: str):
    """H5P's content user data (resume state), as H5P core reads and posts it."""
    if not request.user.is_authenticated:
        return _refuse(403, "sign in")
    activity = _activity_or_404(lesson_id, block_id)
    if request.method == "GET":
        allowed, enrolment = may_play(request.user, activity)
        if not allowed:
            return _refuse(403, "not allowed")
        result = result_for(enrolment, activity)
        return JsonResponse({"success": True, "data": (result.state if result else "") or False})
    body = _read_body(request)
    if body is None:
        return _refuse(413, "state too large")
    data = request.POST.get("data", "")
    try:
        # H5P core posts "0" to forget the state.
        state_save(user=request.user, activity=activity, state="" if data == "0" else data)
    except StatementRefused as refusal:
        return _refuse(403, str(refusal))
    return JsonResponse({"success": True})


def _report_or_403(request, lesson_id: int, block_id: str):
    activity = _activity_or_404(lesson_id, block_id)
    if not request.user.is_authenticated or not sees_learners_of(request.user, activity.course):
        return activity, None
    return activity, activity_report(activity)


@require_GET
@audited("h5p.results")
def results(request, lesson_id: int, block_id: str):
    activity, rows = _report_or_403(request, lesson_id, block_id)
    if rows is None:
        return HttpResponseForbidden()
    return render(request, "h5p/results.html", {"activity": activity, "rows": rows})


@require_GET
@audited("h5p.results", Action.EXPORTED)
def results_csv(request, lesson_id: int, block_id: str):
    activity, rows = _report_or_403(request, lesson_id, block_id)
    if rows is None:
        return HttpResponseForbidden()
    return csv_response(
        f"h5p-{activity.lesson.pk}-{activity.block_id}.csv",
        [
            _("Learner"),
            _("Email"),
            _("Attempts"),
            _("Best score"),
            _("Out of"),
            _("Best score (%)"),
            _("Completed at"),
        ],
        (_result_row(row) for row in rows),
    )


def _result_row(row) -> list:
    result = row.result
    return [
        row.enrolment.user.full_name,
        row.enrolment.user.email,
        result.attempts if result else 0,
        _number(result.best_raw) if result else "",
        _number(result.best_max) if result else "",
        _number(result.best_percent) if result else "",
        result.completed_at.isoformat() if result and result.completed_at else "",
    ]


def _number(value) -> str:
    if value is None:
        return ""
    return f"{value:g}" if value != int(value) else str(int(value))
