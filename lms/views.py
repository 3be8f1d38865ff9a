from django.db import connection
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.defaults import page_not_found as django_page_not_found
from wagtail.models import Page, Site

from lms.celery import app as celery_app
from people.language import remember_language
from people.services import person_remember_language


@require_POST
def set_language(request):
    """The language switcher posts the same page's URL in the other language: remember the
    language (cookie, and the profile of a signed-in person) and go there."""
    target = request.POST.get("next", "")
    language = get_language_from_path(target)
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not safe or not language:
        return HttpResponseBadRequest("Unknown language or unsafe address.")
    person_remember_language(person=request.user, language=language)
    return remember_language(HttpResponseRedirect(target), language)


def _check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        return f"error: {error.__class__.__name__}"
    return "ok"


def _check_broker() -> str:
    try:
        with celery_app.connection_for_write() as broker:
            broker.ensure_connection(max_retries=1, timeout=3)
    except Exception as error:  # noqa: BLE001
        return f"error: {error.__class__.__name__}"
    return "ok"


@never_cache
def healthz(request):
    checks = {"database": _check_database(), "broker": _check_broker()}
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )


def page_not_found(request, exception=None):
    """Django's 404, which also offers the same page in the languages it exists in: a learner
    who opens a course that is not yet translated into her language can read it in another."""
    language = get_language_from_path(request.path_info)
    site = Site.find_for_request(request)
    elsewhere = []
    if language and site is not None:
        rest = request.path_info[len(language) + 2 :]
        elsewhere = list(
            Page.objects.live()
            .filter(url_path=f"{site.root_page.url_path}{rest}")
            .exclude(locale__language_code=language)
            .select_related("locale")
        )
    request.elsewhere = elsewhere
    return django_page_not_found(request, exception)
