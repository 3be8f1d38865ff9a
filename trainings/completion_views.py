"""The session's completion page: where each participant stands (hours attended against those
required, the post-test), and the post-test results typed in from paper."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.i18n import in_locale
from courses.models import CoursePage
from trainings.completion import (
    POST_TEST_CHOICES,
    CompletionRefused,
    may_change_session,
    may_run_session,
    post_tests_record,
    session_completion,
)
from trainings.models import Session


def session_for(request, session_id: int) -> Session:
    """The session, for those who run it; anyone else gets a 404 (its existence unconfirmed)."""
    session = get_object_or_404(Session.objects.select_related("post_test"), pk=session_id)
    if not may_run_session(request.user, session):
        raise Http404
    return session


def course_title(session: Session) -> str:
    course = in_locale(
        CoursePage.objects.filter(translation_key=session.course_key), get_language()
    )
    return course.title if course else ""


@login_required
def completion(request, session_id: int):
    session = session_for(request, session_id)
    states = session_completion(session)
    may_change = may_change_session(request.user, session)
    if request.method == "POST":
        if not may_change:
            raise Http404
        results = {}
        for state in states:
            typed = request.POST.get(f"post_test-{state.registration.pk}")
            if typed is not None:
                results[state.registration.pk] = POST_TEST_CHOICES.get(typed)
        try:
            count = post_tests_record(session=session, results=results, by=request.user)
        except CompletionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request, _("Post-test results saved (%(count)s changed).") % {"count": count}
            )
        return redirect("trainings:completion", session_id=session.pk)
    context = {
        "session": session,
        "course_title": course_title(session),
        "states": states,
        "may_change": may_change and session.post_test_id is not None,
        "completed": sum(state.completed for state in states),
    }
    return render(request, "trainings/completion/completion.html", context)
