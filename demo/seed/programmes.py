"""The demo programmes (demo/content/programmes.yaml), in the course catalogue in Kyrgyz, Russian
and English: scenario 3's school for women leaders in local self-government (its core course, an
elective of two short courses, a face-to-face training, ending in the programme certificate) with
three learners at its start, midway and done; scenario 2's ten-month programme of inclusive public
dialogue (the course, then its dialogue sessions, and a webinar).

Needs seed_people(), seed_courses(), seed_webinars() and seed_trainings() first: the items are
those pages, and the done learner's training is closed there. Her learning goes through the real
services (the programme enrols her in its courses, she marks her lessons done, the training's
close records her completion), so her programme completes as anyone's does and the certificate
follows from `programme_completed`. Running it again changes nothing: the pages are found as the
courses are (demo.seed.courses.pages_ensure), and a learner already enrolled is left as she is."""

from functools import partial

from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses.models import CourseIndexPage, CoursePage
from demo import content
from demo.seed.courses import LANGUAGES, SOURCE, pages_ensure, progress_seed
from people.models import TargetGroup, User
from programmes.blocks import Kind
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.services import programme_advance, programme_enrol
from webinars.models import WebinarPage, WebinarSeriesPage

CONTENT = content.load("programmes")
# Keys of a programme in the content that are not page fields as they stand.
NOT_FIELDS = ("learners", "audience", "requirements")


@transaction.atomic
def seed_programmes() -> list[ProgrammePage]:
    """Build or update the demo programmes and their learners; returns the Kyrgyz pages."""
    catalogue = _catalogue()
    people = User.objects.in_bulk(field_name="email")
    groups = TargetGroup.objects.in_bulk(field_name="slug")
    programmes = []
    for spec in CONTENT["programmes"]:
        node = {key: value for key, value in spec.items() if key not in NOT_FIELDS}
        node["requirements"] = {language: _requirements(spec, language) for language in LANGUAGES}
        audience = [groups[slug] for slug in spec.get("audience", [])]
        pages = pages_ensure(ProgrammePage, catalogue, node, partial(_audience, audience))
        _learners(spec, pages[SOURCE], people)
        programmes.append(pages[SOURCE])
    return programmes


def _audience(audience: list[TargetGroup], _language: str) -> dict:
    return {"audience": audience}


def _catalogue() -> dict[str, Page]:
    home = Site.objects.get(is_default_site=True).root_page
    source = CourseIndexPage.objects.child_of(home).get(slug=content.catalogue()["slug"])
    return {language: _in(source, language) for language in LANGUAGES}


def _in(page: Page, language: str) -> Page:
    if language == SOURCE:
        return page
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def _item_page(kind: str, slug: str, language: str) -> Page:
    """The course (for a course or its face-to-face training), webinar or series `slug`, in
    `language`, so that a learner reads the programme's items in hers."""
    if kind in (Kind.COURSE, Kind.SESSION):
        models = (CoursePage,)
    else:
        models = (WebinarSeriesPage, WebinarPage)
    for model in models:
        page = model.objects.filter(slug=slug, locale__language_code=SOURCE).first()
        if page is not None:
            return _in(page, language)
    raise content.ContentError(f"programmes.yaml: no {kind} “{slug}” in the demo")


def _requirements(spec: dict, language: str) -> list[tuple]:
    return [
        (
            "requirement_set",
            {
                "title": requirement_set["title"][language],
                "rule": requirement_set["rule"],
                "count": requirement_set.get("count", 1),
                "ordered": requirement_set.get("ordered", False),
                "items": [
                    (kind, _item_page(kind, slug, language))
                    for item in requirement_set["items"]
                    for kind, slug in item.items()
                ],
            },
        )
        for requirement_set in spec["requirements"]
    ]


def _learners(spec: dict, programme: ProgrammePage, people: dict[str, User]) -> None:
    for learner in spec.get("learners", []):
        user = people[learner["email"]]
        if ProgrammeEnrolment.objects.filter(
            user=user, programme_key=programme.translation_key
        ).exists():
            continue  # seeded before
        enrolment = programme_enrol(
            user=user, programme=programme, by=people.get(learner.get("by"))
        )
        for slug, done in learner.get("progress", {}).items():
            course = CoursePage.objects.get(slug=slug, locale__language_code=SOURCE)
            progress_seed(user=user, course=course, done=done)
        # What the course completions' signals do after the commit, done now: the seed is one
        # transaction, and a test's is never committed.
        programme_advance(enrolment=enrolment, programme=programme)
