"""Enrolling in a programme and leaving it, from its page. Each form posts a one-time token
(core.once): a double click does the work once."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.once import once_begin, once_done, once_release
from programmes.models import ProgrammePage
from programmes.selectors import enrolment_in
from programmes.services import ProgrammeRefused, programme_enrol, programme_leave


def _programme(page_id: int) -> ProgrammePage:
    return get_object_or_404(ProgrammePage.objects.live(), pk=page_id)


def _once(request, url: str, act) -> HttpResponse:
    """Run `act` once for this form (core.once: a double click is sent where the first went),
    then go back to the programme. `act` returns False when it refused: the form may be sent
    again."""
    seen = once_begin(request)
    if seen is not None:
        return redirect(seen or url)
    if act() is False:
        once_release(request)
    else:
        once_done(request, url)
    return redirect(url)


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

    return _once(request, programme.get_url(request), act)


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

    return _once(request, programme.get_url(request), act)
