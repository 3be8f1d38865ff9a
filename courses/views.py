from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.params import parse_int
from courses.learning import learning_sections
from courses.models import CoursePage, LessonPage
from courses.selectors import enrolment_for, learning_for
from courses.services import (
    EnrolmentRefused,
    enrolment_create,
    enrolment_withdraw,
    lesson_mark_done,
)


@login_required
@require_POST
def enrol(request, page_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    try:
        enrolment_create(user=request.user, course=course, key=request.POST.get("key", ""))
    except EnrolmentRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    return redirect(course.get_url(request))


@login_required
@require_POST
def withdraw(request, page_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    enrolment = enrolment_for(request.user, course)
    if enrolment is not None and enrolment.is_active:
        enrolment_withdraw(enrolment=enrolment)
        messages.success(request, _("You have left the course. Your progress is kept."))
    return redirect(course.get_url(request))


@login_required
@require_POST
def mark_done(request, page_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    try:
        enrolment = lesson_mark_done(user=request.user, lesson=lesson)
    except EnrolmentRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(lesson.get_url(request))
    if enrolment.completed_at:
        messages.success(request, _("You have completed the course. Well done!"))
    target = parse_int(request.POST.get("next_page"))
    following = LessonPage.objects.live().filter(pk=target).first() if target else None
    return redirect((following or lesson).get_url(request))


@login_required
def my_learning(request):
    context = {
        "items": learning_for(request.user),
        "sections": learning_sections(request.user),
    }
    return render(request, "courses/my_learning.html", context)
