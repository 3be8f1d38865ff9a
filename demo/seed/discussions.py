"""The demo's discussions (demo/content/discussions.yaml): the CEDAW course's discussion and the
community spaces, with threads and replies written through the discussions' services, as each
member would (her guidelines accepted; the posting limit cleared between posts: the seeder
writes faster than any person). Needs seed_people() and seed_courses() first. Running it again
changes nothing (seed_demo runs it before the community's sanctions: a suspended member wrote here
before): a space is found by its title (a course's by its course), a thread by its
space and title, and a thread found is left as it is."""

from django.db import transaction

from community.access import POSTING, guidelines_accept
from courses.models import CoursePage
from demo import content
from discussions.models import Space, Thread
from discussions.services import post_create, space_for_course, thread_create
from people.models import User

CONTENT = content.load("discussions")


@transaction.atomic
def seed_discussions() -> list[Space]:
    people = User.objects.in_bulk(field_name="email")
    spec = CONTENT["course_space"]
    course = CoursePage.objects.get(slug=spec["course"], locale__language_code="ky")
    spaces = [space_for_course(course)]
    _threads(spaces[0], spec["threads"], people)
    for entry in CONTENT["spaces"]:
        space, _made = Space.objects.get_or_create(
            kind=Space.Kind.COMMUNITY,
            title=entry["title"]["ky"],
            defaults={
                "description": entry["description"]["ky"],
                "topic": entry.get("topic", ""),
                "country": entry.get("country", ""),
                "approve_first_posts": entry.get("approve_first_posts", False),
            },
        )
        _threads(space, entry["threads"], people)
        spaces.append(space)
    return spaces


def _threads(space: Space, threads: list[dict], people: dict[str, User]) -> None:
    for spec in threads:
        if Thread.objects.filter(space=space, title=spec["title"]).exists():
            continue
        # The demo's members have posted here before: their posts are approved.
        approve = space.approve_first_posts
        if approve:
            Space.objects.filter(pk=space.pk).update(approve_first_posts=False)
            space.approve_first_posts = False
        thread = thread_create(
            space=space,
            author=_member(people, spec["author"]),
            title=spec["title"],
            body=spec["body"],
        )
        for reply in spec.get("replies", []):
            post_create(thread=thread, author=_member(people, reply["author"]), body=reply["body"])
            POSTING.clear(str(people[reply["author"]].pk))
        if approve:
            Space.objects.filter(pk=space.pk).update(approve_first_posts=True)
            space.approve_first_posts = True


def _member(people: dict[str, User], email: str) -> User:
    member = people[email]
    guidelines_accept(member)
    POSTING.clear(str(member.pk))
    return member
