"""A coordinator uploads a list of people, checks the preview, and confirms the enrolment: in a
course here, in a programme through the same pages (`CohortTarget`, programmes.cohort_views).

The checked rows wait in the session under a random token, so the confirm step needs no file;
confirming takes the entry out of the session, so a second submit enrols nobody twice."""

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from core.exports import csv_response
from courses.cohort import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    CohortFileError,
    CohortPreview,
    CohortRefused,
    CohortResult,
    CohortRow,
    cohort_enrol,
    cohort_parse,
    cohort_sample_rows,
)
from courses.models import CoursePage
from people.models import TargetGroup
from people.models.user import Gender
from people.regions import Region, SettlementType
from people.roles import Role, has_role

SESSION_PREFIX = "cohort:"


@dataclass(frozen=True)
class CohortTarget:
    """What a group is enrolled in: a course here, or a programme (programmes.cohort_views),
    through the same pages. `parse` reads and checks an uploaded file (raising CohortFileError);
    `enrol` enrols checked rows, all or none (raising CohortRefused)."""

    page: Page
    label: str  # "Course:", "Programme:", in the page's language
    parse: Callable[[object], CohortPreview]
    enrol: Callable[..., CohortResult]  # (rows=, by=, base_url=)
    upload_url: str
    sample_url: str
    confirm_url: Callable[[str], str]  # token → the URL that confirms it


class CohortUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("List of people"),
        help_text=gettext_lazy("A .csv or .xlsx file of at most 5 MB."),
    )

    def __init__(self, *args, parse: Callable[[object], CohortPreview], **kwargs):
        self.parse = parse
        self.preview: CohortPreview | None = None
        super().__init__(*args, **kwargs)

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.preview = self.parse(uploaded)
        except CohortFileError as error:
            raise forms.ValidationError(error.message, code=error.code) from error
        return uploaded


def may_enrol_groups(request) -> None:
    """Coordinators and administrators only."""
    if not has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise PermissionDenied


def _course_for(request, page_id: int) -> CohortTarget:
    """The live course, for coordinators and administrators only."""
    may_enrol_groups(request)
    try:
        course = CoursePage.objects.live().get(pk=page_id)
    except CoursePage.DoesNotExist as missing:
        raise Http404 from missing
    return CohortTarget(
        page=course,
        label=_("Course:"),
        parse=partial(cohort_parse, course=course),
        enrol=partial(cohort_enrol, course=course),
        upload_url=reverse("courses:cohort_upload", kwargs={"page_id": course.pk}),
        sample_url=reverse("courses:cohort_sample", kwargs={"page_id": course.pk}),
        confirm_url=lambda token: reverse(
            "courses:cohort_confirm", kwargs={"page_id": course.pk, "token": token}
        ),
    )


def _upload_context(target: CohortTarget, form: CohortUploadForm) -> dict:
    return {
        "target": target,
        "form": form,
        "required_columns": REQUIRED_COLUMNS,
        "optional_columns": OPTIONAL_COLUMNS,
        "max_rows": settings.COHORT_MAX_ROWS,
        # The values each column accepts, named as the page's language names them.
        "regions": Region.choices,
        "genders": Gender.choices,
        "settlement_types": SettlementType.choices,
        "languages": settings.LANGUAGES,
        "target_groups": TargetGroup.objects.all(),
    }


def cohort_sample_page(request):
    """A sample list to fill in."""
    return csv_response(
        f"group-sample-{get_language()}.csv", list(COLUMNS), cohort_sample_rows(), delimiter=";"
    )


def cohort_upload_page(request, target: CohortTarget):
    """The upload page (GET), or the preview of the file sent (POST). Only a list without errors
    waits, in the session, to be confirmed."""
    if request.method == "GET":
        form = CohortUploadForm(parse=target.parse)
        return render(request, "courses/cohort_upload.html", _upload_context(target, form))

    form = CohortUploadForm(request.POST, request.FILES, parse=target.parse)
    if not form.is_valid():
        return render(request, "courses/cohort_upload.html", _upload_context(target, form))
    preview = form.preview
    token = None
    if preview.is_valid:
        # One waiting list per course or programme: a corrected file replaces the one before.
        stale = [
            key
            for key, entry in request.session.items()
            if key.startswith(SESSION_PREFIX) and entry.get("page") == target.page.pk
        ]
        for key in stale:
            del request.session[key]
        token = secrets.token_urlsafe(16)
        request.session[SESSION_PREFIX + token] = {
            "page": target.page.pk,
            "rows": [row.to_session() for row in preview.rows],
        }
    context = _upload_context(target, CohortUploadForm(parse=target.parse))
    context.update(
        preview=preview, token=token, confirm_url=target.confirm_url(token) if token else ""
    )
    return render(request, "courses/cohort_preview.html", context)


def cohort_confirm_page(request, target: CohortTarget, token: str):
    """Enrol the list waiting under `token`. It leaves the session first: a second submit finds
    nothing and enrols nobody twice."""
    entry = request.session.pop(SESSION_PREFIX + token, None)
    if not entry or entry.get("page") != target.page.pk:
        messages.warning(
            request,
            _(
                "This list has already been enrolled, or its preview has expired. "
                "Upload the file again if you still need to."
            ),
        )
        return redirect(target.upload_url)

    rows = [CohortRow.from_session(data) for data in entry["rows"]]
    try:
        result = target.enrol(rows=rows, by=request.user, base_url=request.build_absolute_uri("/"))
    except CohortRefused as refusal:
        # Only valid rows wait in the session: something changed since the preview.
        messages.error(request, str(refusal))
        context = _upload_context(target, CohortUploadForm(parse=target.parse))
        context.update(preview=CohortPreview(rows=refusal.rows), token=None)
        return render(request, "courses/cohort_preview.html", context)
    except IntegrityError:
        messages.error(
            request,
            _(
                "Someone created one of these accounts while you were enrolling, and nothing "
                "was enrolled. Upload the file again."
            ),
        )
        return redirect(target.upload_url)

    messages.success(
        request,
        _(
            "Enrolled: %(enrolled)s. New accounts: %(created)s, each sent an email to choose a "
            "password. Existing accounts: %(existing)s, of them already enrolled: %(already)s."
        )
        % {
            "enrolled": result.enrolled,
            "created": len(result.created),
            "existing": len(result.existing),
            "already": result.already_enrolled,
        },
    )
    return redirect(target.page.get_url(request))


@login_required
def cohort_sample(request, page_id: int):
    """A sample list to fill in, for those who may enrol a group."""
    _course_for(request, page_id)
    return cohort_sample_page(request)


@login_required
@require_http_methods(["GET", "POST"])
def cohort_upload(request, page_id: int):
    return cohort_upload_page(request, _course_for(request, page_id))


@login_required
@require_POST
def cohort_confirm(request, page_id: int, token: str):
    return cohort_confirm_page(request, _course_for(request, page_id), token)
