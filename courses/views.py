from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.params import parse_int
from courses.models import CoursePage, LessonPage
from courses.selectors import (
    course_context,
    course_of,
    enrolment_for,
    learning_for,
    sees_trainer_notes,
)
from courses.services import (
    EnrolmentRefused,
    enrolment_create,
    enrolment_withdraw,
    lesson_mark_done,
    lesson_visit,
)


def lesson_serve(request, lesson: LessonPage):
    """A lesson's body is for enrolled learners, its trainers, coordinators and administrators;
    anyone else gets the course's offer to enrol instead."""
    course = course_of(lesson).specific
    context = course_context(course=course, user=request.user)
    context.update(
        page=lesson,
        self=lesson,
        request=request,
        trainer_view=sees_trainer_notes(request.user),
    )
    if not context["can_read"]:
        return TemplateResponse(request, "courses/lesson_locked.html", context, status=403)
    enrolment = context["enrolment"]
    if enrolment is not None and enrolment.is_active:
        lesson_visit(enrolment=enrolment, lesson=lesson)
    lessons = context["lessons"]
    position = next((i for i, item in enumerate(lessons) if item.page.pk == lesson.pk), None)
    context["lesson_done"] = position is not None and lessons[position].done
    context["lesson_state"] = lessons[position].state if position is not None else None
    context["following"] = (
        lessons[position + 1].page if position is not None and position + 1 < len(lessons) else None
    )
    return TemplateResponse(request, lesson.get_template(request), context)


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
    return render(request, "courses/my_learning.html", {"items": learning_for(request.user)})
