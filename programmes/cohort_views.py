"""A coordinator enrols a group in a programme: the course's cohort pages (upload, preview,
confirm; `courses.cohort_views`), with the programme as their target (`programmes.cohort`)."""

from functools import partial

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.cohort_views import (
    CohortTarget,
    cohort_confirm_page,
    cohort_sample_page,
    cohort_upload_page,
    may_enrol_groups,
)
from programmes.cohort import programme_cohort_enrol, programme_cohort_parse
from programmes.models import ProgrammePage


def _programme_for(request, page_id: int) -> CohortTarget:
    """The live programme, for coordinators and administrators only."""
    may_enrol_groups(request)
    try:
        programme = ProgrammePage.objects.live().get(pk=page_id)
    except ProgrammePage.DoesNotExist as missing:
        raise Http404 from missing
    return CohortTarget(
        page=programme,
        label=_("Programme:"),
        parse=partial(programme_cohort_parse, programme=programme),
        enrol=partial(programme_cohort_enrol, programme=programme),
        upload_url=reverse("programme_cohort:upload", kwargs={"page_id": programme.pk}),
        sample_url=reverse("programme_cohort:sample", kwargs={"page_id": programme.pk}),
        confirm_url=lambda token: reverse(
            "programme_cohort:confirm", kwargs={"page_id": programme.pk, "token": token}
        ),
    )


@login_required
def cohort_sample(request, page_id: int):
    _programme_for(request, page_id)
    return cohort_sample_page(request)


@login_required
@require_http_methods(["GET", "POST"])
def cohort_upload(request, page_id: int):
    return cohort_upload_page(request, _programme_for(request, page_id))


@login_required
@require_POST
def cohort_confirm(request, page_id: int, token: str):
    return cohort_confirm_page(request, _programme_for(request, page_id), token)
