"""Demo mentoring (demo/content/mentoring.yaml): mentors in Kyrgyzstan, Kazakhstan and
Uzbekistan, a request waiting, and scenario 3's school with mentoring by experienced women
leaders (an active agreement, two logged meetings). Written through mentoring.services, as the
people would. Needs seed_people() and seed_programmes() first. Running it again changes nothing:
a profile is saved only when it is new, and a request or agreement of a pair already there is
left as it is."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import override

from community.access import guidelines_accept
from demo import content
from mentoring import services
from mentoring.models import Agreement, MentorProfile, Request, Scheme, joined
from people.models import User
from programmes.models import ProgrammePage

CONTENT = content.load("mentoring")


def _text(texts: dict, person: User) -> str:
    return texts.get(person.preferred_language or "ky") or texts["ky"]


@transaction.atomic
def seed_mentoring() -> list[Agreement]:
    people = User.objects.in_bulk(field_name="email")
    schemes = {}
    for spec in CONTENT["schemes"]:
        page = ProgrammePage.objects.filter(slug=spec["programme"]).order_by("pk").first()
        scheme, _ = Scheme.objects.get_or_create(
            programme_key=page.translation_key,
            defaults={"max_active_per_mentee": spec["max_active_per_mentee"]},
        )
        schemes[spec["programme"]] = scheme
    for spec in CONTENT["mentors"]:
        person = people[spec["email"]]
        if MentorProfile.objects.filter(user=person).exists():
            continue
        guidelines_accept(person)
        services.profile_save(
            person,
            expertise=joined(spec["expertise"]),
            languages=joined(spec["languages"]),
            countries=joined(spec["countries"]),
            capacity=spec["capacity"],
            availability=_text(spec["availability"], person),
            about=_text(spec["about"], person),
        )
    today = timezone.localdate()
    with override("ky"):
        for spec in CONTENT["requests"]:
            mentee, mentor = people[spec["mentee"]], people[spec["mentor"]]
            if Request.objects.filter(mentee=mentee, mentor=mentor).exists():
                continue
            guidelines_accept(mentee)
            request = services.request_send(
                mentee=mentee, mentor=mentor, goals=_text(spec["goals"], mentee)
            )
            _dated(request, today - datetime.timedelta(days=spec["days_ago"]))
        agreements = []
        for spec in CONTENT["agreements"]:
            mentee, mentor = people[spec["mentee"]], people[spec["mentor"]]
            found = Agreement.objects.filter(mentee=mentee, mentor=mentor).first()
            if found is None:
                found = _agreement(spec, mentee, mentor, schemes.get(spec.get("programme")), today)
            agreements.append(found)
    return agreements


def _dated(request: Request, day: datetime.date) -> None:
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    Request.objects.filter(pk=request.pk).update(created_at=moment)


def _agreement(spec, mentee, mentor, scheme, today) -> Agreement:
    guidelines_accept(mentee)
    guidelines_accept(mentor)
    starts_on = today - datetime.timedelta(days=spec["days_ago"])
    request = services.request_send(
        mentee=mentee, mentor=mentor, goals=_text(spec["goals"], mentee), scheme=scheme
    )
    _dated(request, starts_on - datetime.timedelta(days=3))
    agreement = services.accept(
        request,
        mentor=mentor,
        answer=_text(spec["answer"], mentor),
        goals=_text(spec["goals"], mentee),
        starts_on=starts_on,
        ends_on=services.add_months(starts_on, spec["months"]),
        frequency=spec["frequency"],
    )
    for meeting in spec["meetings"]:
        services.meeting_add(
            agreement,
            user=mentor,
            held_on=today - datetime.timedelta(days=meeting["days_ago"]),
            discussed=_text(meeting["discussed"], mentor),
            next_steps=_text(meeting["next_steps"], mentor),
        )
    return agreement
