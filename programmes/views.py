"""Enrolling in a programme and leaving it, from its page. Each form posts a one-time token
(core.once): a double click does the work once."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.once import once_run
from programmes.models import ProgrammePage
from programmes.selectors import enrolment_in
from programmes.services import ProgrammeRefused, programme_enrol, programme_leave


def _programme(page_id: int) -> ProgrammePage:
    return get_object_or_404(ProgrammePage.objects.live(), pk=page_id)


@login_required
@require_POST
def enrol(request, page_id: int):
    programme = _programme(page_id)

    def act():
        try:
            programme_enrol(user=request.user, programme=programme)
        except ProgrammeRefused as refusal:
            messages.error(request, str(refusal))
            return False
        messages.success(
            request, _("You are enrolled in the programme. Its first courses are open to you.")
        )
        return True

    return once_run(request, programme.get_url(request), act)


@login_required
@require_POST
def leave(request, page_id: int):
    programme = _programme(page_id)

    def act():
        enrolment = enrolment_in(request.user, programme)
        if enrolment is not None and enrolment.is_active:
            programme_leave(enrolment=enrolment)
            messages.success(
                request, _("You have left the programme. Your courses and progress are kept.")
            )

    return once_run(request, programme.get_url(request), act)
