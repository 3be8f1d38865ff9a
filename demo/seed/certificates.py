"""The demo's certificates: a default template in Kyrgyz, Russian and English, and a cohort of
learners who completed the CEDAW course (both in demo/content/certificates.yaml), so that a
coordinator finds a register to filter, print and count. Needs seed_people() first; the
template before seed_courses() (whose completions issue certificates), the cohort after it.
Running it again changes nothing."""

import io

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Locale

from certificates.models import CertificateLogo, CertificateTemplate, Signatory
from courses.models import CoursePage
from courses.services import enrolment_create, lesson_mark_done
from demo import artwork, content
from demo.seed.courses import lessons_to_mark
from demo.seed.quizzes import quizzes_pass
from people.models import TargetGroup, User
from people.regions import SettlementType
from people.services import person_create

CONTENT = content.load("certificates")
TEMPLATE = CONTENT["template"]
# Name, gender, birth year, region, target groups: enough people for counts of 5 and more.
COHORT = CONTENT["cohort"]
COURSE_SLUG = CONTENT["course"]
# What earlier seeds wrote: a demo seeded before {achievement} existed gets the new text.
EARLIER_BODIES = set(CONTENT["earlier_bodies"])
LOGO_TITLE = CONTENT["logo_title"]


@transaction.atomic
def seed_certificate_template() -> CertificateTemplate:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in TEMPLATE}
    source = CertificateTemplate.objects.filter(
        locale=locales["ky"], name=TEMPLATE["ky"]["name"]
    ).first()
    if source is None:
        source = _save(CertificateTemplate(locale=locales["ky"], is_default=True), "ky")
    for code in ("ru", "en"):
        if source.get_translation_or_none(locales[code]) is None:
            _save(source.copy_for_translation(locales[code]), code)
    for code in TEMPLATE:  # Kyrgyz first: the translations take its signatures
        _bring_up_to_date(source.get_translation(locales[code]), code, source)
    return source


def _image(title: str, filename: str, draw) -> Image:
    """The demo image with this title, drawn and stored the first time only."""
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image.objects.create(title=title, file=ImageFile(io.BytesIO(draw()), filename))
    return image


def _bring_up_to_date(
    template: CertificateTemplate, language: str, source: CertificateTemplate
) -> None:
    """A logo and signed signatures, as real certificates have; the current wording. Only
    what is missing is added, so seeding again changes nothing."""
    if template.body in EARLIER_BODIES:
        template.body = TEMPLATE[language]["body"]
        template.save(update_fields=["body"])
    if not template.logos.exists():
        logo = _image(LOGO_TITLE, "tendik-logo.png", artwork.logo_png)
        CertificateLogo.objects.create(template=template, image=logo, sort_order=0)
    # One person signs the same in every language: a translation takes the Kyrgyz signature.
    signed = dict(source.signatories.values_list("sort_order", "signature"))
    for person in template.signatories.filter(signature__isnull=True):
        if signed.get(person.sort_order):
            person.signature_id = signed[person.sort_order]
        else:
            person.signature = _image(
                f"{person.name}: кол тамга (демо)",
                "signature.png",
                lambda name=person.name: artwork.signature_png(name),
            )
        person.save(update_fields=["signature"])


def _save(template: CertificateTemplate, language: str) -> CertificateTemplate:
    texts = TEMPLATE[language]
    template.name, template.title, template.body = texts["name"], texts["title"], texts["body"]
    template.save()
    template.signatories.all().delete()
    for order, person in enumerate(texts["signatories"]):
        Signatory.objects.create(
            template=template, name=person["name"], position=person["position"], sort_order=order
        )
    return template


@transaction.atomic
def seed_cohort_certificates() -> list[User]:
    """Each cohort learner completes the CEDAW course lesson by lesson, as a learner does; the
    completion issues her certificate."""
    course = CoursePage.objects.filter(slug=COURSE_SLUG, locale__language_code="ky").first()
    if course is None:
        return []
    groups = TargetGroup.objects.in_bulk(field_name="slug")
    lessons = lessons_to_mark(course)
    people = []
    for n, member in enumerate(COHORT, start=1):
        email = f"cohort{n:02d}@demo.tendik.kg"
        person = User.objects.filter(email=email).first()
        if person is None:
            person = person_create(
                email=email,
                full_name=member["name"],
                gender=member["gender"],
                birth_year=member["birth_year"],
                region=member["region"],
                settlement_type=SettlementType.RURAL,
                target_groups=[groups[slug] for slug in member["groups"]],
            )
            enrolment_create(user=person, course=course, by=None)
            for lesson in lessons:
                lesson_mark_done(user=person, lesson=lesson)
            quizzes_pass(person, course)  # the course's required quiz, passed on the first try
        people.append(person)
    return people
