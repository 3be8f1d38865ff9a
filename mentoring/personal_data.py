"""What mentoring holds about her, for her data file: her mentor profile, the requests she sent
and her answers to those she received, her agreements, their meeting log (the pair's, hers as
much as the other side's) and the feedback she gave."""

from django.db.models import Q

from mentoring.models import Agreement, Feedback, Meeting, MentorProfile, Request


def mentor_profile(person):
    return MentorProfile.objects.filter(user=person).values(
        "expertise",
        "languages",
        "countries",
        "capacity",
        "is_open",
        "availability",
        "about",
        "created_at",
    )


def requests(person):
    sent = Request.objects.filter(mentee=person).values(
        "pk", "mentor_id", "kind", "goals", "note", "status", "answer", "created_at", "decided_at"
    )
    received = Request.objects.filter(mentor=person).values(
        "pk", "mentee_id", "kind", "status", "answer", "created_at", "decided_at"
    )
    return [
        *({"as": "mentee", **row} for row in sent),
        *({"as": "mentor", **row} for row in received),
    ]


def agreements(person):
    return Agreement.objects.filter(Q(mentor=person) | Q(mentee=person)).values(
        "pk",
        "mentor_id",
        "mentee_id",
        "goals",
        "starts_on",
        "ends_on",
        "frequency",
        "status",
        "mentor_shares",
        "mentee_shares",
        "ended_at",
    )


def meetings(person):
    return Meeting.objects.filter(Q(agreement__mentor=person) | Q(agreement__mentee=person)).values(
        "agreement_id", "held_on", "discussed", "next_steps", "written_by_id", "created_at"
    )


def feedback(person):
    return Feedback.objects.filter(author=person).values(
        "agreement_id", "rating", "note", "created_at"
    )
