"""Mentoring pages. Every write is a POST with its CSRF token and a one-time token (core.once:
a double click does the work once), asks community.access first (and the service asks again
inside its transaction), and answers a refusal with its message. Another member's request,
agreement or meeting log is a 404."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.access import Action, blockers_of, refusal
from community.gate import member_view, refused_redirect
from core.once import once_run, once_token
from core.params import parse_int
from core.suppression import suppress
from mentoring import selectors, services
from mentoring.forms import (
    AcceptForm,
    AnswerForm,
    FeedbackForm,
    MarkForm,
    MeetingForm,
    MentorProfileForm,
    ProposeForm,
    RequestForm,
    SchemeForm,
)
from mentoring.models import (
    COUNTRIES,
    Agreement,
    Expertise,
    Feedback,
    Language,
    MentorProfile,
    Request,
    Scheme,
    country_choices,
)
from people.counting import profile_genders
from people.regions import country_name
from people.roles import Role, has_role


def coordinates(user) -> bool:
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


def coordinator_view(view):
    @member_view
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not coordinates(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _once(request, url: str, act, *, guard: bool = True):
    """Run `act` once for this form (core.once_run), after community.access allows her to take
    part; `act` returns the URL to go to."""
    denied = refusal(request.user, Action.MENTOR) if guard else None
    if denied is not None:
        return refused_redirect(request, denied, url)
    return once_run(request, url, act, refused=(services.MentoringRefused,))


def _form_errors(request, form) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


# Mentors


@member_view
def mentors(request):
    params = {name: request.GET.get(name, "")[:40] for name in ("expertise", "language", "country")}
    # A mentor who blocked her is not offered to her (nor could she ask her).
    hidden = [request.user.pk, *blockers_of(request.user)]
    rows = list(selectors.mentors(**params, exclude=hidden)[:100])
    return render(
        request,
        "mentoring/mentors.html",
        {
            "rows": rows,
            "params": params,
            "expertise_choices": Expertise.choices,
            "language_choices": Language.choices,
            "country_choices": country_choices(),
            "own": MentorProfile.objects.filter(user=request.user).first(),
            "coordinator": coordinates(request.user),
        },
    )


@member_view
def mentor(request, pk: int):
    profile = get_object_or_404(
        MentorProfile.objects.select_related("user"), user_id=pk, user__is_active=True
    )
    own = profile.user_id == request.user.pk
    context = {"profile": profile, "own": own, "once": once_token()}
    if not own:
        context["form"] = RequestForm()
        context["schemes"] = selectors.scheme_choices_of(request.user)
    return render(request, "mentoring/mentor.html", context)


@member_view
def profile(request):
    instance = MentorProfile.objects.filter(user=request.user).first()
    form = MentorProfileForm(request.POST or None, instance=instance)
    if request.method == "POST":
        url = reverse("mentoring:profile")
        if not form.is_valid():
            _form_errors(request, form)
            return render(request, "mentoring/profile.html", {"form": form, "once": once_token()})

        def act():
            services.profile_save(request.user, **form.values())
            messages.success(request, _("Your mentor profile is saved."))
            return reverse("mentoring:mentor", args=[request.user.pk])

        return _once(request, url, act)
    return render(request, "mentoring/profile.html", {"form": form, "once": once_token()})


@member_view
@require_POST
def request_send(request, pk: int):
    mentor_profile = get_object_or_404(MentorProfile, user_id=pk, user__is_active=True)
    url = reverse("mentoring:mentor", args=[pk])
    form = RequestForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)
    allowed = dict(selectors.scheme_choices_of(request.user))
    scheme_id = parse_int(request.POST.get("scheme", ""))
    scheme = Scheme.objects.filter(pk=scheme_id).first() if scheme_id in allowed else None

    def act():
        sent = services.request_send(
            mentee=request.user,
            mentor=mentor_profile.user,
            goals=form.cleaned_data["goals"],
            scheme=scheme,
        )
        messages.success(request, _("Your request is sent. The mentor will answer you here."))
        return reverse("mentoring:request", args=[sent.pk])

    return _once(request, url, act)


# Her own requests and agreements


@member_view
def mine(request):
    return render(
        request,
        "mentoring/mine.html",
        {
            **selectors.mine(request.user),
            "own": MentorProfile.objects.filter(user=request.user).first(),
        },
    )


def _request(request, pk: int) -> Request:
    found = selectors.request_for(request.user, pk)
    if found is None:
        raise Http404
    return found


@member_view
def request_detail(request, pk: int):
    found = _request(request, pk)
    is_mentor = found.mentor_id == request.user.pk
    pending = found.status == Request.Status.PENDING
    return render(
        request,
        "mentoring/request.html",
        {
            "found": found,
            "is_mentor": is_mentor,
            "pending": pending,
            "accept_form": AcceptForm(request=found) if is_mentor and pending else None,
            "decline_form": AnswerForm() if is_mentor and pending else None,
            "agreement": getattr(found, "agreement", None),
            "once": once_token(),
        },
    )


@member_view
@require_POST
def accept(request, pk: int):
    found = _request(request, pk)
    url = reverse("mentoring:request", args=[pk])
    form = AcceptForm(request.POST, request=found)
    if found.mentor_id != request.user.pk:
        raise Http404
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)

    def act():
        agreement = services.accept(found, mentor=request.user, **form.cleaned_data)
        messages.success(request, _("You accepted the request. Your agreement has started."))
        return reverse("mentoring:agreement", args=[agreement.pk])

    return _once(request, url, act)


@member_view
@require_POST
def decline(request, pk: int):
    found = _request(request, pk)
    url = reverse("mentoring:request", args=[pk])
    if found.mentor_id != request.user.pk:
        raise Http404
    form = AnswerForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)

    def act():
        services.decline(found, mentor=request.user, answer=form.cleaned_data["answer"])
        messages.success(request, _("You declined the request. She is told so, with your message."))
        return url

    return _once(request, url, act)


@member_view
@require_POST
def withdraw(request, pk: int):
    found = _request(request, pk)
    url = reverse("mentoring:request", args=[pk])
    if found.mentee_id != request.user.pk:
        raise Http404

    def act():
        services.withdraw(found, mentee=request.user)
        messages.success(request, _("You withdrew your request."))
        return url

    # Taking back is never refused: a suspended or warned member may still withdraw.
    return _once(request, url, act, guard=False)


# Agreements


def _agreement(request, pk: int, *, coordinator_may: bool = False) -> Agreement:
    coordinator = coordinator_may and coordinates(request.user)
    found = selectors.agreement_for(request.user, pk, coordinator=coordinator)
    if found is None:
        raise Http404
    return found


@member_view
def agreement(request, pk: int):
    found = _agreement(request, pk, coordinator_may=True)
    side = found.side(request.user)
    sees_log = bool(side) or found.shared
    given = Feedback.objects.filter(agreement=found, author=request.user).first() if side else None
    ended = found.status == Agreement.Status.ENDED
    return render(
        request,
        "mentoring/agreement.html",
        {
            "agreement": found,
            "side": side,
            "meetings": list(found.meetings.select_related("written_by")) if sees_log else None,
            "meeting_form": MeetingForm() if side and not ended else None,
            "feedback_form": FeedbackForm() if side and ended and given is None else None,
            "given": given,
            "my_share": getattr(found, f"{side}_shares") if side else None,
            "once": once_token(),
        },
    )


@member_view
@require_POST
def meeting_add(request, pk: int):
    found = _agreement(request, pk)
    url = reverse("mentoring:agreement", args=[pk])
    form = MeetingForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)

    def act():
        services.meeting_add(found, user=request.user, **form.cleaned_data)
        messages.success(request, _("The meeting is logged."))
        return url

    return _once(request, url, act)


@member_view
@require_POST
def consent(request, pk: int):
    found = _agreement(request, pk)
    url = reverse("mentoring:agreement", args=[pk])
    shares = request.POST.get("shares") == "yes"

    def act():
        services.consent_set(found, user=request.user, shares=shares)
        if shares:
            messages.success(
                request,
                _("The coordinator may read your meeting log if the other side agrees too."),
            )
        else:
            messages.success(request, _("The coordinator does not read your meeting log."))
        return url

    # Her privacy choice is hers whatever her standing: a suspended member may change it too.
    return _once(request, url, act, guard=False)


@member_view
@require_POST
def end(request, pk: int):
    found = _agreement(request, pk)
    url = reverse("mentoring:agreement", args=[pk])

    def act():
        services.agreement_end(found, by=request.user)
        messages.success(request, _("The agreement has ended. Please give your short feedback."))
        return url

    return _once(request, url, act)


@member_view
@require_POST
def feedback(request, pk: int):
    found = _agreement(request, pk)
    url = reverse("mentoring:agreement", args=[pk])
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)

    def act():
        services.feedback_give(found, user=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you for your feedback."))
        return url

    return _once(request, url, act)


# Coordinators


@coordinator_view
def coordinate(request):
    return render(
        request,
        "mentoring/coordinate.html",
        {
            "propose_form": ProposeForm(schemes=selectors.scheme_choices()),
            "mark_form": MarkForm(),
            "scheme_form": SchemeForm(programmes=selectors.programme_choices()),
            "schemes": selectors.scheme_choices_with_allowance(),
            "pending": list(
                Request.objects.filter(status=Request.Status.PENDING).select_related(
                    "mentee", "mentor"
                )[:50]
            ),
            "agreements": list(Agreement.objects.active().select_related("mentor", "mentee")[:50]),
            "once": once_token(),
        },
    )


@coordinator_view
@require_POST
def propose(request):
    url = reverse("mentoring:coordinate")
    form = ProposeForm(request.POST, schemes=selectors.scheme_choices())
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)
    data = form.cleaned_data

    def act():
        services.propose(
            coordinator=request.user,
            mentee=data["mentee"],
            mentor=data["mentor"],
            note=data["note"],
            scheme=Scheme.objects.filter(pk=data["programme"]).first()
            if data["programme"]
            else None,
        )
        messages.success(request, _("The match is proposed: the mentor answers it."))
        return url

    return _once(request, url, act, guard=False)


@coordinator_view
@require_POST
def mark(request):
    url = reverse("mentoring:coordinate")
    form = MarkForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)
    person = form.cleaned_data["person"]

    def act():
        if MentorProfile.objects.filter(user=person).exists():
            messages.info(request, _("She is already a mentor."))
            return url
        services.profile_save(
            person,
            by=request.user,
            expertise=",leadership,",
            languages=f",{person.preferred_language or 'ky'},",
            countries=",KG,",
        )
        messages.success(
            request, _("She is marked as a mentor; she completes her profile herself.")
        )
        return url

    return _once(request, url, act, guard=False)


def _line(title: str, counts, keys: list[tuple[str, str]]):
    """One suppressed line (core.suppression): each value of the dimension, then the total."""
    cells = suppress([[counts.get(key, 0) for key, _label in keys]])[0]
    return {
        "title": title,
        "rows": list(zip([label for _k, label in keys], cells[:-1], strict=True)),
        "total": cells[-1],
    }


@coordinator_view
def counts(request):
    """Pairs and meetings by the mentee's country, gender and programme, each a line of
    core.suppression (small cells hidden, a companion beside each). No target group is counted
    here at all, so the page is not one of core.suppression's COUNT_PAGES (its walk filters by
    target group, which this page has no use for)."""
    numbers = selectors.counts()
    not_given = _("Not given")
    countries = [*[(code, country_name(code)) for code in COUNTRIES], ("", not_given)]
    extra = sorted({k for m in numbers.values() for k in m["country"]} - {c for c, _l in countries})
    countries[-1:-1] = [(code, country_name(code) or code) for code in extra]
    genders = profile_genders()
    programmes = [*selectors.programme_titles().items(), ("", _("No programme"))]
    tables = []
    for measure, title in (("pairs", _("Pairs")), ("meetings", _("Meetings"))):
        by = numbers[measure]
        tables.append(
            {
                "title": title,
                "lines": [
                    _line(_("By the mentee's country"), by["country"], countries),
                    _line(_("By the mentee's gender"), by["gender"], genders),
                    _line(_("By programme"), by["programme"], programmes),
                ],
            }
        )
    return render(request, "mentoring/counts.html", {"tables": tables})


@coordinator_view
@require_POST
def scheme(request):
    from programmes.models import ProgrammePage

    url = reverse("mentoring:coordinate")
    form = SchemeForm(request.POST, programmes=selectors.programme_choices())
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(url)
    programme = get_object_or_404(ProgrammePage, pk=form.cleaned_data["programme"])

    def act():
        services.scheme_set(
            programme, max_active_per_mentee=form.cleaned_data["max_active_per_mentee"]
        )
        messages.success(request, _("Mentoring under the programme is saved."))
        return url

    return _once(request, url, act, guard=False)
