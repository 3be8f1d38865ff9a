"""Who sees which space, thread and post, and the reads of the pages: each in a fixed number of
queries however many threads and replies there are."""

from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q
from django.utils.translation import get_language

from community.access import moderates
from community.models import Visibility
from courses.models import CoursePage, Enrolment
from courses.selectors import is_trainer_of
from discussions.models import Image, Post, Space, Thread
from people.roles import Role, has_role

THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 50


def course_page(course_key, language: str | None = None) -> CoursePage | None:
    """The live course of a course space, in `language` where it has one."""
    language = language or get_language()
    pages = list(
        CoursePage.objects.live().filter(translation_key=course_key).select_related("locale")
    )
    return next((p for p in pages if p.locale.language_code == language), None) or next(
        iter(pages), None
    )


def in_course(user, course: CoursePage) -> bool:
    """A course's space is its active learners', its trainers', and the moderators'."""
    if not user.is_authenticated:
        return False
    if moderates(user):
        return True
    return Enrolment.objects.active().filter(
        user=user, course_key=course.translation_key
    ).exists() or is_trainer_of(user, course)


def is_member(user, space: Space) -> bool:
    if not user.is_authenticated:
        return False
    if not space.is_course:
        return True
    if moderates(user):
        return True
    course = course_page(space.course_key)
    return course is not None and in_course(user, course)


def _visible_to(user) -> Q:
    """Posts she reads: visible ones, and her own whatever their state (moderators: all)."""
    if moderates(user):
        return Q()
    return Q(visibility=Visibility.VISIBLE) | Q(author=user)


def sees_thread(user, thread: Thread) -> bool:
    if not is_member(user, thread.space):
        return False
    opening = thread.opening
    return (
        moderates(user)
        or thread.author_id == user.pk
        or (opening is not None and opening.visibility == Visibility.VISIBLE)
    )


def thread_for(user, pk: int) -> Thread | None:
    """The thread if she may see it, else None (the view answers 404)."""
    thread = Thread.objects.select_related("space", "opening", "author").filter(pk=pk).first()
    if thread is None or not sees_thread(user, thread):
        return None
    return thread


def threads_of(user, space: Space):
    """A space's threads she sees, most recently active first, with their visible replies
    counted (one query a page)."""
    threads = Thread.objects.filter(space=space).select_related("author", "opening")
    if not moderates(user):
        threads = threads.filter(Q(opening__visibility=Visibility.VISIBLE) | Q(author=user))
    return threads.annotate(
        replies=Count(
            "posts",
            filter=Q(posts__visibility=Visibility.VISIBLE) & ~Q(posts__pk=F("opening_id")),
        )
    ).order_by("-last_activity_at", "-pk")


def posts_of(user, thread: Thread):
    """A thread's posts she reads, oldest first, with their authors and images."""
    return (
        Post.objects.filter(thread=thread)
        .filter(_visible_to(user))
        .select_related("author")
        .prefetch_related(Prefetch("images", queryset=Image.objects.order_by("pk")))
        .order_by("created_at", "pk")
    )


def image_for(user, pk: int) -> Image | None:
    image = Image.objects.select_related("post__thread__space", "post__thread__opening").filter(
        pk=pk
    )
    image = image.first()
    if image is None:
        return None
    post = image.post
    if not sees_thread(user, post.thread):
        return None
    if not (moderates(user) or post.visibility == Visibility.VISIBLE or post.author_id == user.pk):
        return None
    return image


@dataclass(frozen=True)
class CourseSpaceRow:
    course: CoursePage


def learning_rows(user) -> list[CourseSpaceRow]:
    """The discussions of her courses (the active ones she learns in, and those she trains),
    for My learning and the spaces page: three queries however many courses."""
    if not user.is_authenticated:
        return []
    keys = set(Enrolment.objects.active().filter(user=user).values_list("course_key", flat=True))
    if has_role(user, Role.TRAINER):
        keys |= set(
            CoursePage.objects.live()
            .filter(trainers=user)
            .values_list("translation_key", flat=True)
        )
    if not keys:
        return []
    language = get_language()
    by_key: dict = {}
    for page in CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"):
        if page.translation_key not in by_key or page.locale.language_code == language:
            by_key[page.translation_key] = page
    return [CourseSpaceRow(page) for page in sorted(by_key.values(), key=lambda p: p.title)]


def community_spaces():
    return Space.objects.filter(kind=Space.Kind.COMMUNITY).annotate(
        thread_count=Count("threads", filter=Q(threads__opening__visibility=Visibility.VISIBLE))
    )


def course_spaces_for_moderator(user):
    if not moderates(user):
        return Space.objects.none()
    return Space.objects.filter(kind=Space.Kind.COURSE).order_by("title")
