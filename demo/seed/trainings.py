"""The demo's face-to-face trainings (demo/content/trainings.yaml), seeded through the trainings
services as a trainer and a coordinator would: scenario 1's cascade (the master trainer's
trainer-of-trainers session, the three trainers' qualifications, their CEDAW sessions in Naryn,
Osh and Batken, closed, held and planned), scenario 2's dialogue session and scenario 3's
training of the school for women leaders in local self-government (closed).

Needs seed_people() and seed_courses() first. Running it again changes nothing: a session is
found by its lead trainer, course, settlement and venue (not its dates, which follow the day of
seeding), a light record by her name and settlement, an account by its email; attendance is
typed in only for a session that has none."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage, TrainerQualification
from courses.services import trainer_qualify
from demo import content
from people.models import TargetGroup, User
from people.services import person_create
from trainings.attendance import AttendanceRow, attendance_record
from trainings.models import Attendance, Participant, Session
from trainings.services import (
    participant_create,
    participant_for_account,
    participant_register,
    practicum_confirm,
    session_close,
    session_create,
    session_hold,
)

CONTENT = content.load("trainings")
PLACE = ("region", "district", "settlement", "settlement_type")
SESSION_FIELDS = ("organisation", "venue", "language", "capacity", *PLACE)


def _course(slug: str) -> CoursePage:
    return CoursePage.objects.get(slug=slug, locale__language_code="ky")


def _session(spec: dict, people: dict[str, User], by: User) -> Session:
    course = _course(spec["course"])
    lead = people[spec["lead"]]
    session = Session.objects.filter(
        lead_trainer=lead,
        course_key=course.translation_key,
        settlement=spec["settlement"],
        venue=spec["venue"],
    ).first()
    if session is not None:
        return session
    start = timezone.localdate() + timedelta(weeks=spec["weeks"])
    days = [(start + timedelta(days=n), hours) for n, hours in enumerate(spec["days"])]
    return session_create(
        by=by,
        course=course,
        lead_trainer=lead,
        days=days,
        **{name: spec[name] for name in SESSION_FIELDS if name in spec},
    )


def _record(person: dict, session: Session, groups: dict, by: User, coordinator: User):
    """Her participant record: her account's, or a light record typed in from the sheet."""
    place = {name: getattr(session, name) for name in ("region", "settlement", "settlement_type")}
    chosen = [groups[slug] for slug in person.get("groups", [])]
    if "email" in person:
        user = User.objects.filter(email=person["email"]).first()
        if user is None:
            user = person_create(
                email=person["email"],
                full_name=person["name"],
                gender=person["gender"],
                birth_year=person["birth_year"],
                region=place["region"],
                settlement_type=place["settlement_type"],
                target_groups=chosen,
            )
        return participant_for_account(user=user, by=by)
    record = Participant.objects.filter(
        full_name=person["name"], settlement=place["settlement"]
    ).first()
    if record is None:
        # Only a coordinator records a sensitive target group.
        sensitive = any(group.is_sensitive for group in chosen)
        record = participant_create(
            by=coordinator if sensitive else by,
            full_name=person["name"],
            consent=True,
            target_groups=chosen,
            gender=person["gender"],
            birth_year=person["birth_year"],
            phone=person.get("phone", ""),
            **place,
        )
    return record


def _attendance(session: Session, present: dict[int, list[int] | None], by: User) -> None:
    """Typed in from the signed sheet, day by day: {registration id: the days she attended}."""
    if Attendance.objects.filter(registration__session=session).exists():
        return
    for number, day in enumerate(session.days.order_by("date"), start=1):
        rows = [
            AttendanceRow(registration_id=pk, present=days is None or number in days)
            for pk, days in present.items()
        ]
        attendance_record(session=session, day=day, rows=rows, by=by)


@transaction.atomic
def seed_trainings() -> list[Session]:
    people = User.objects.in_bulk(field_name="email")
    coordinator = people[CONTENT["coordinator"]]
    groups = TargetGroup.objects.in_bulk(field_name="slug")
    specs = {spec["key"]: spec for spec in CONTENT["sessions"]}
    members: dict[str, list[tuple[Participant, list[int] | None]]] = {key: [] for key in specs}
    for email in CONTENT["trainees"]:
        members["tot"].append((participant_for_account(user=people[email], by=coordinator), None))

    # The master trainer's session comes first: her trainees lead the others once qualified.
    sessions = {"tot": _session(specs["tot"], people, people[specs["tot"]["lead"]])}
    _run(sessions["tot"], specs["tot"], members["tot"], people)
    tot = _course(specs["tot"]["course"])
    for email in CONTENT["trainees"]:
        qualification = trainer_qualify(user=people[email], course=tot)
        if qualification.status != TrainerQualification.Status.QUALIFIED:
            practicum_confirm(
                qualification=qualification, by=coordinator, note="Демо: практикум өттү."
            )
    people = User.objects.in_bulk(field_name="email")  # their Trainer role is new

    for key, spec in specs.items():
        if key == "tot":
            continue
        lead = people[spec["lead"]]
        sessions[key] = _session(spec, people, lead)
    for account in CONTENT["accounts"]:
        session = sessions[account["session"]]
        record = participant_for_account(user=people[account["email"]], by=session.lead_trainer)
        members[account["session"]].append((record, account.get("present")))
    for person in CONTENT["participants"]:
        session = sessions[person["session"]]
        record = _record(person, session, groups, session.lead_trainer, coordinator)
        members[person["session"]].append((record, person.get("present")))
    for key, spec in specs.items():
        if key != "tot":
            _run(sessions[key], spec, members[key], people)
    return list(sessions.values())


def _run(session: Session, spec: dict, members: list, people: dict[str, User]) -> None:
    """Register its participants, then hold it and type in attendance, then close it, as far
    as its `state` says. A closed session is left as it is."""
    if session.is_closed:
        return
    lead = people[spec["lead"]]
    registered = set(session.registrations.values_list("participant_id", flat=True))
    for record, _days in members:
        if record.pk not in registered:
            participant_register(session=session, participant=record, by=lead)
    if spec["state"] == "planned":
        return
    session = session_hold(session=session, by=lead)
    by_participant = dict(session.registrations.values_list("participant_id", "pk"))
    _attendance(session, {by_participant[record.pk]: days for record, days in members}, lead)
    if spec["state"] == "closed":
        session_close(session=session, by=lead)
