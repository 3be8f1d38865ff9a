"""What mentoring pages read: mentors filtered, a person's own requests and agreements (never
anyone else's), and the counts the reports use."""

from collections import Counter

from django.db.models import Count, Q

from mentoring.models import (
    COUNTRIES,
    Agreement,
    Expertise,
    Language,
    Meeting,
    MentorProfile,
    Request,
    Scheme,
)
from people.regions import Region


def mentors(*, expertise: str = "", language: str = "", country: str = "", exclude=()):
    """Mentors open to new mentees, filtered by one value of each list (an unknown value, as a
    query string may carry, filters nothing rather than failing)."""
    rows = MentorProfile.objects.filter(is_open=True, user__is_active=True).select_related("user")
    if expertise in Expertise.values:
        rows = rows.filter(expertise__contains=f",{expertise},")
    if language in Language.values:
        rows = rows.filter(languages__contains=f",{language},")
    if country in COUNTRIES:
        rows = rows.filter(countries__contains=f",{country},")
    if exclude:
        rows = rows.exclude(user_id__in=exclude)
    return rows.annotate(
        active=Count(
            "user__mentoring_as_mentor",
            filter=Q(user__mentoring_as_mentor__status=Agreement.Status.ACTIVE),
        )
    )


def request_for(user, pk: int) -> Request | None:
    """A request she is the mentee or the mentor of; None for anyone else."""
    return (
        Request.objects.filter(Q(mentee=user) | Q(mentor=user), pk=pk)
        .select_related("mentee", "mentor", "agreement")
        .first()
    )


def agreement_for(user, pk: int, *, coordinator: bool = False) -> Agreement | None:
    rows = Agreement.objects.select_related("mentor", "mentee")
    if not coordinator:
        rows = rows.of(user)
    return rows.filter(pk=pk).first()


def mine(user) -> dict:
    requests = Request.objects.select_related("mentee", "mentor")
    return {
        "sent": list(requests.filter(mentee=user)[:50]),
        "received": list(requests.filter(mentor=user)[:50]),
        "agreements": list(Agreement.objects.of(user).select_related("mentor", "mentee")[:50]),
    }


NOT_GIVEN = ""


def _country(region: str, country: str) -> str:
    """Where the mentee lives: Kyrgyzstan for its regions, else the country she gave."""
    if region and region != Region.ABROAD:
        return "KG"
    return country or NOT_GIVEN


def _counted(rows, p: str) -> dict[str, Counter]:
    by = {"country": Counter(), "gender": Counter(), "programme": Counter()}
    for row in rows:
        n = row["n"]
        by["country"][_country(row[f"{p}mentee__region"], row[f"{p}mentee__country"])] += n
        by["gender"][row[f"{p}mentee__gender"] or NOT_GIVEN] += n
        key = row[f"{p}scheme__programme_key"]
        by["programme"][str(key) if key else NOT_GIVEN] += n
    return by


def counts() -> dict[str, dict[str, Counter]]:
    """Pairs (agreements, active or ended) and logged meetings, each by the mentee's country,
    the mentee's gender and the programme (its translation key; "" for none): raw numbers in
    two queries, for coordinators' reports only (core.suppression before they are shown)."""
    fields = ["mentee__region", "mentee__country", "mentee__gender", "scheme__programme_key"]
    pairs = Agreement.objects.values(*fields).annotate(n=Count("pk")).order_by()
    meeting_fields = [f"agreement__{field}" for field in fields]
    meetings = Meeting.objects.values(*meeting_fields).annotate(n=Count("pk")).order_by()
    return {"pairs": _counted(pairs, ""), "meetings": _counted(meetings, "agreement__")}


def _titled(schemes) -> list[tuple[int, str]]:
    from core.i18n import in_locale
    from people.language import current_language
    from programmes.models import ProgrammePage

    schemes = list(schemes)
    pages = list(
        ProgrammePage.objects.filter(translation_key__in=[s.programme_key for s in schemes])
    )
    pages = in_locale(pages, current_language()) if pages else []
    titles = {page.translation_key: page.title for page in pages}
    return [(s.pk, titles.get(s.programme_key, str(s.programme_key))) for s in schemes]


def scheme_choices() -> list[tuple[int, str]]:
    """Every programme with mentoring, titled in the current language."""
    return _titled(Scheme.objects.order_by("pk"))


def scheme_choices_of(user) -> list[tuple[int, str]]:
    """The programmes with mentoring she is enrolled in."""
    from programmes.models import ProgrammeEnrolment

    keys = ProgrammeEnrolment.objects.active().filter(user=user).values("programme_key")
    return _titled(Scheme.objects.filter(programme_key__in=keys).order_by("pk"))


def programme_titles() -> dict[str, str]:
    """Programme key (as counts() names it) → its title, for every programme with mentoring."""
    schemes = list(Scheme.objects.order_by("pk"))
    titles = dict(_titled(schemes))
    return {str(scheme.programme_key): titles[scheme.pk] for scheme in schemes}


def programme_choices() -> list[tuple[int, str]]:
    """The live programmes in the current language, as (page id, title)."""
    from people.language import current_language
    from programmes.models import ProgrammePage

    pages = ProgrammePage.objects.live().filter(locale__language_code=current_language())
    return list(pages.order_by("title").values_list("pk", "title"))


def scheme_choices_with_allowance() -> list[tuple[str, int]]:
    """(programme title, its allowance) for every programme with mentoring."""
    allowances = dict(Scheme.objects.values_list("pk", "max_active_per_mentee"))
    return [(title, allowances[pk]) for pk, title in scheme_choices()]
