"""A coordinator uploads a list of people, checks the preview, and confirms the enrolment.

The checked rows wait in the session under a random token, so the confirm step needs no file;
confirming takes the entry out of the session, so a second submit enrols nobody twice."""

import secrets

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.exports import csv_response
from courses.cohort import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    CohortFileError,
    CohortPreview,
    CohortRefused,
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


class CohortUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("List of people"),
        help_text=gettext_lazy("A .csv or .xlsx file of at most 5 MB."),
    )

    def __init__(self, *args, course: CoursePage, **kwargs):
        self.course = course
        self.preview: CohortPreview | None = None
        super().__init__(*args, **kwargs)

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.preview = cohort_parse(uploaded, course=self.course)
        except CohortFileError as error:
            raise forms.ValidationError(error.message, code=error.code) from error
        return uploaded


def _course_for(request, page_id: int) -> CoursePage:
    """The live course, for coordinators and administrators only."""
    if not has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise PermissionDenied
    try:
        return CoursePage.objects.live().get(pk=page_id)
    except CoursePage.DoesNotExist as missing:
        raise Http404 from missing


def _upload_context(course: CoursePage, form: CohortUploadForm) -> dict:
    return {
        "course": course,
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


@login_required
def cohort_sample(request, page_id: int):
    """A sample list to fill in, for those who may enrol a group."""
    _course_for(request, page_id)
    return csv_response(
        f"group-sample-{get_language()}.csv", list(COLUMNS), cohort_sample_rows(), delimiter=";"
    )


@login_required
@require_http_methods(["GET", "POST"])
def cohort_upload(request, page_id: int):
    course = _course_for(request, page_id)
    if request.method == "GET":
        form = CohortUploadForm(course=course)
        return render(request, "courses/cohort_upload.html", _upload_context(course, form))

    form = CohortUploadForm(request.POST, request.FILES, course=course)
    if not form.is_valid():
        return render(request, "courses/cohort_upload.html", _upload_context(course, form))
    preview = form.preview
    token = None
    if preview.is_valid:
        # One waiting list per course: a corrected file replaces the one checked before it.
        stale = [
            key
            for key, entry in request.session.items()
            if key.startswith(SESSION_PREFIX) and entry.get("course") == course.pk
        ]
        for key in stale:
            del request.session[key]
        token = secrets.token_urlsafe(16)
        request.session[SESSION_PREFIX + token] = {
            "course": course.pk,
            "rows": [row.to_session() for row in preview.rows],
        }
    context = _upload_context(course, CohortUploadForm(course=course))
    context.update(preview=preview, token=token)
    return render(request, "courses/cohort_preview.html", context)


@login_required
@require_POST
def cohort_confirm(request, page_id: int, token: str):
    course = _course_for(request, page_id)
    entry = request.session.pop(SESSION_PREFIX + token, None)
    if not entry or entry.get("course") != course.pk:
        messages.warning(
            request,
            _(
                "This list has already been enrolled, or its preview has expired. "
                "Upload the file again if you still need to."
            ),
        )
        return redirect("courses:cohort_upload", page_id=course.pk)

    rows = [CohortRow.from_session(data) for data in entry["rows"]]
    try:
        result = cohort_enrol(
            course=course,
            rows=rows,
            by=request.user,
            base_url=request.build_absolute_uri("/"),
        )
    except CohortRefused as refusal:
        # Only valid rows wait in the session: something changed since the preview.
        messages.error(request, str(refusal))
        context = _upload_context(course, CohortUploadForm(course=course))
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
        return redirect("courses:cohort_upload", page_id=course.pk)

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
    return redirect(course.get_url(request))
