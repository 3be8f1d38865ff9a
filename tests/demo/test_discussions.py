"""The demo's discussions: the CEDAW course's discussion and two community spaces, with threads
and replies in Kyrgyz and Russian by the demo accounts; seeding again changes nothing."""

import pytest

from courses.models import CoursePage
from demo.seed.courses import seed_courses
from demo.seed.discussions import seed_discussions
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from discussions.models import Post, Space, Thread
from discussions.selectors import is_member
from people.models import User


def snapshot():
    return {
        "spaces": sorted(Space.objects.values_list("id", "kind", "title", "approve_first_posts")),
        "threads": sorted(Thread.objects.values_list("id", "space_id", "title", "author_id")),
        "posts": sorted(Post.objects.values_list("id", "thread_id", "author_id", "visibility")),
    }


@pytest.mark.django_db
def test_the_demo_discussions_and_seeding_again():
    seed_home_pages()
    seed_people()
    seed_courses()
    spaces = seed_discussions()
    course_space, leaders, country = spaces
    cedaw = CoursePage.objects.get(slug="gender-cedaw", locale__language_code="ky")
    assert course_space.course_key == cedaw.translation_key
    assert leaders.title == "Аял лидерлер: тажрыйба алмашуу" and leaders.approve_first_posts
    assert country.country == "Кыргызстан"
    # Every demo post is visible: the members' earlier posts were approved.
    assert set(Post.objects.values_list("visibility", flat=True)) == {"visible"}
    assert Thread.objects.filter(space=course_space).count() == 2
    russian = Thread.objects.get(title__startswith="Опыт диаспоры")
    assert russian.author.email == "jyldyz@demo.tendik.kg" and russian.posts.count() == 3
    # The course's discussion is its learners' and trainer's, not the others'.
    people = User.objects.in_bulk(field_name="email")
    assert is_member(people["learner@demo.tendik.kg"], course_space)
    assert is_member(people["trainer@demo.tendik.kg"], course_space)
    assert not is_member(people["saikal@demo.tendik.kg"], course_space)
    before = snapshot()
    seed_discussions()
    assert snapshot() == before


@pytest.mark.django_db
def test_the_demo_s_reported_post_waits_in_the_queue_still_visible():
    from community.models import Report
    from community.selectors import queue
    from demo.seed.community import seed_community, seed_reports

    seed_home_pages()
    seed_people()
    seed_courses()
    seed_discussions()
    seed_community()
    seed_reports()
    seed_reports()  # again: nothing more
    report = Report.objects.get()
    post = Post.objects.get(pk=report.object_id)
    assert report.kind == "discussions.post" and report.reason == "scam"
    assert post.author.email == "nurlan@demo.tendik.kg" and "5000 сомго" in post.body
    # One newcomer's report weighs too little to hide it: a moderator decides.
    assert post.visibility == "visible"
    assert report.status == Report.Status.OPEN
    (entry,) = queue()["reported"]
    assert entry["item"] == post and entry["reports"] == [report]
