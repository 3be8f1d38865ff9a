"""The discussions' pages: spaces, a space's threads, a thread and its replies, the forms to
write, a post's image, and the member's choice of emails. Server-rendered, no JavaScript.

A space or thread she may not see answers 404 (its existence is not confirmed); an expelled
member gets 403 everywhere. Every write asks `community.access.refusal` first (and the service
asks again inside its transaction); each form posts a one-time token (core.once)."""

import math

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from community.access import Action, Refusal, blocked, moderates, refusal
from community.gate import member_view, refused_redirect
from community.models import Visibility
from core.once import once_begin, once_done, once_release
from core.private_files import send_field
from courses.models import CoursePage
from discussions import selectors
from discussions.forms import EditForm, PostForm, PreferenceForm, ThreadForm
from discussions.models import Frequency, Post, Preference, Space
from discussions.services import (
    DiscussionRefused,
    blocked_message,
    editable,
    post_create,
    post_edit,
    space_for_course,
    thread_create,
)


def _space(request, pk: int) -> Space:
    space = get_object_or_404(Space, pk=pk)
    if not selectors.is_member(request.user, space):
        raise Http404
    return space


def _thread(request, pk: int):
    thread = selectors.thread_for(request.user, pk)
    if thread is None:
        raise Http404
    return thread


def _thread_url(request, thread, post: Post | None = None) -> str:
    url = reverse("discussions:thread", kwargs={"pk": thread.pk})
    if post is None:
        return url
    count = selectors.posts_of(request.user, thread).filter(created_at__lte=post.created_at).count()
    page = max(1, math.ceil(count / selectors.POSTS_PER_PAGE))
    return f"{url}?page={page}#post-{post.pk}"


@member_view
def spaces(request):
    return render(
        request,
        "discussions/spaces.html",
        {
            "community": selectors.community_spaces(),
            "courses": selectors.learning_rows(request.user),
            "course_spaces": selectors.course_spaces_for_moderator(request.user),
            "is_coordinator_or_moderator": moderates(request.user),
        },
    )


@member_view
def course_space(request, page_id: int):
    """A course's discussion: made the first time one of its people opens it."""
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    if not selectors.in_course(request.user, course):
        raise Http404
    return redirect("discussions:space", pk=space_for_course(course).pk)


@member_view
def space(request, pk: int):
    space = _space(request, pk)
    page = Paginator(selectors.threads_of(request.user, space), selectors.THREADS_PER_PAGE)
    return render(
        request,
        "discussions/space.html",
        {
            "space": space,
            "course": selectors.course_page(space.course_key) if space.is_course else None,
            "page": page.get_page(request.GET.get("page")),
        },
    )


@member_view
def thread_new(request, pk: int):
    space = _space(request, pk)
    back = reverse("discussions:space", kwargs={"pk": space.pk})
    refused = refusal(request.user, Action.POST)
    if refused is not None:
        return refused_redirect(request, refused, back)
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def write():
            return thread_create(
                space=space,
                author=request.user,
                title=data["title"],
                body=data["body"],
                image=data["image"],
            ).opening

        return _write_once(request, back, write, lambda post: _thread_url(request, post.thread))
    return render(request, "discussions/thread_new.html", {"space": space, "form": form})


def _write_once(request, back: str, write, url_of):
    """A valid form's post written once (core.once: a repeat goes where the first went); a
    refusal from the service is shown and the form may be sent again."""
    seen = once_begin(request)
    if seen is not None:
        return redirect(seen or back)
    try:
        post = write()
    except DiscussionRefused as refused:
        once_release(request)
        return refused_redirect(request, refused, back)
    url = url_of(post)
    once_done(request, url)
    _posted(request, post)
    return redirect(url)


def _posted(request, post: Post) -> None:
    if post.visibility == Visibility.PENDING:
        messages.success(
            request, _("Posted. It waits for a moderator's approval before others see it.")
        )
    else:
        messages.success(request, _("Posted."))


def _reply_barrier(request, thread) -> Refusal | None:
    """Why she cannot reply here (and where to put it right), or None."""
    refused = refusal(request.user, Action.POST)
    if refused is not None:
        return refused
    if blocked(request.user, thread.author):
        return Refusal(blocked_message())
    return None


@member_view
def thread(request, pk: int):
    thread = _thread(request, pk)
    page = Paginator(selectors.posts_of(request.user, thread), selectors.POSTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    barrier = _reply_barrier(request, thread)
    return render(
        request,
        "discussions/thread.html",
        {
            "thread": thread,
            "space": thread.space,
            "page": page,
            "barrier": barrier,
            "form": None if barrier else PostForm(),
            "moderator": moderates(request.user),
        },
    )


@member_view
def reply(request, pk: int):
    thread = _thread(request, pk)
    back = _thread_url(request, thread)
    refused = refusal(request.user, Action.POST)
    if refused is not None:
        return refused_redirect(request, refused, back)
    if blocked(request.user, thread.author):
        messages.error(request, blocked_message())
        return redirect(back)
    form = PostForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def write():
            return post_create(
                thread=thread, author=request.user, body=data["body"], image=data["image"]
            )

        return _write_once(request, back, write, lambda post: _thread_url(request, thread, post))
    return render(request, "discussions/reply.html", {"thread": thread, "form": form})


@member_view
def edit(request, pk: int):
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    if (
        post.author_id != request.user.pk
        or selectors.thread_for(request.user, post.thread_id) is None
    ):
        raise Http404
    back = _thread_url(request, post.thread, post)
    if not editable(post):
        messages.error(request, _("This post can no longer be edited."))
        return redirect(back)
    refused = refusal(request.user, Action.POST)
    if refused is not None:
        return refused_redirect(request, refused, back)
    form = EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            post_edit(post=post, author=request.user, body=form.cleaned_data["body"])
        except DiscussionRefused as refusal_:
            return refused_redirect(request, refusal_, back)
        messages.success(request, _("Your post is changed."))
        return redirect(back)
    return render(request, "discussions/edit.html", {"post": post, "form": form})


@member_view
def image(request, pk: int):
    found = selectors.image_for(request.user, pk)
    if found is None:
        raise Http404
    response = send_field(found.file, content_type=found.content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response


@member_view
def preferences(request):
    current = Preference.objects.filter(member=request.user).first()
    form = PreferenceForm(
        request.POST or None,
        initial={"frequency": current.frequency if current else Frequency.DAILY},
    )
    if request.method == "POST" and form.is_valid():
        Preference.objects.update_or_create(
            member=request.user, defaults={"frequency": form.cleaned_data["frequency"]}
        )
        messages.success(request, _("Your choice is saved."))
        return redirect("discussions:preferences")
    return render(request, "discussions/preferences.html", {"form": form})
