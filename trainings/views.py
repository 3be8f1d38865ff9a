"""The trainings pages on the site: a trainer's sessions on her phone, a coordinator's view of
them all, participants, duplicates, practicums and the claim of a light record.

Every form posts a one-time token (core.once): a double click does the work once."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.services import audited
from core.once import once_begin, once_done, once_release
from core.params import parse_int
from courses.models import TrainerQualification
from people.models import User
from people.roles import sees_sensitive_groups
from trainings import limits
from trainings.attendance_selectors import records_attendance
from trainings.forms import (
    AccountParticipantForm,
    ClaimForm,
    ParticipantForm,
    SessionFilterForm,
    SessionForm,
    visible_groups,
)
from trainings.models import Participant, Registration, Session
from trainings.selectors import (
    coordinates,
    course_page,
    course_pages,
    current_record,
    record_group,
    runs_session,
    sees_participant,
    sees_session,
    sessions_of,
    trains,
)
from trainings.services import (
    TrainingRefused,
    participant_claim,
    participant_create,
    participant_for_account,
    participant_merge,
    participant_register,
    participant_unmerge,
    participant_update,
    participants_duplicates,
    participants_similar,
    practicum_confirm,
    session_close,
    session_create,
    session_hold,
    session_update,
)

PAGE_SIZE = 50


def _trainer(request):
    if not trains(request.user):
        raise PermissionDenied


def _coordinator(request):
    if not coordinates(request.user):
        raise PermissionDenied


def _session(request, pk: int) -> Session:
    """The session, for those who see it; a 404 for anyone else, so its existence is kept."""
    session = get_object_or_404(Session.objects.select_related("lead_trainer", "project"), pk=pk)
    if not sees_session(request.user, session):
        raise Http404
    return session


def _refuse_change(request, session: Session):
    """A trainer who may not change the session: to its page with the reason, or a 403."""
    if runs_session(request.user, session):
        return None
    if session.is_closed and session.lead_trainer_id == request.user.pk:
        messages.error(request, _("The session is closed: only a coordinator can change it now."))
        return redirect("trainings:session_detail", pk=session.pk)
    raise PermissionDenied


def _repeated(request, fallback: str):
    """The answer to a form posted a second time, or None for the first post."""
    seen = once_begin(request)
    if seen is None:
        return None
    return redirect(seen or fallback)


def _done(request, url: str):
    once_done(request, url)
    return redirect(url)


@login_required
def session_list(request):
    _trainer(request)
    sessions = sessions_of(request.user).select_related("lead_trainer")
    filters = SessionFilterForm(request.GET or None)
    if coordinates(request.user) and filters.is_valid():
        for name in ("status", "region", "settlement_type", "project"):
            value = filters.cleaned_data.get(name)
            if value:
                sessions = sessions.filter(**{name: value})
    sessions = sessions.annotate(participants=Count("registrations", distinct=True))
    sessions = sessions.prefetch_related("days")
    page = Paginator(sessions.order_by("-created_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    courses = course_pages({session.course_key for session in page})
    rows = [(session, courses.get(session.course_key)) for session in page]
    return render(
        request,
        "trainings/session_list.html",
        {
            "rows": rows,
            "page": page,
            "filters": filters if coordinates(request.user) else None,
            "coordinator": coordinates(request.user),
        },
    )


@login_required
def session_new(request):
    _trainer(request)
    form = SessionForm(request.POST or None, user=request.user)
    if request.method == "POST":
        repeated = _repeated(request, reverse("trainings:session_list"))
        if repeated:
            return repeated
        if form.is_valid():
            try:
                session = session_create(by=request.user, **form.service_arguments())
            except TrainingRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("The session is saved."))
                return _done(request, reverse("trainings:session_detail", args=[session.pk]))
        once_release(request)
    return render(request, "trainings/session_form.html", {"form": form, "session": None})


@login_required
def session_detail(request, pk: int):
    session = _session(request, pk)
    registrations = (
        session.registrations.select_related("participant__user")
        .prefetch_related(
            Prefetch("participant__target_groups", queryset=visible_groups(request.user))
        )
        .order_by("participant__full_name")
    )
    return render(
        request,
        "trainings/session_detail.html",
        {
            "session": session,
            "course": course_page(session.course_key),
            "days": session.days.all(),
            "co_trainers": session.co_trainers.all(),
            "registrations": registrations,
            "runs": runs_session(request.user, session),
            "may_record": records_attendance(request.user, session),
            "coordinator": coordinates(request.user),
        },
    )


@login_required
def session_edit(request, pk: int):
    session = _session(request, pk)
    refused = _refuse_change(request, session)
    if refused:
        return refused
    form = SessionForm(request.POST or None, instance=session, user=request.user)
    if request.method == "POST":
        here = reverse("trainings:session_detail", args=[session.pk])
        repeated = _repeated(request, here)
        if repeated:
            return repeated
        if form.is_valid():
            arguments = form.service_arguments()
            try:
                # The form wrote its fields on the instance: the service reads the stored row.
                session_update(session=Session(pk=session.pk), by=request.user, **arguments)
            except TrainingRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("The session is saved."))
                return _done(request, here)
        once_release(request)
    return render(request, "trainings/session_form.html", {"form": form, "session": session})


def _transition(request, pk: int, service, done: str):
    session = _session(request, pk)
    here = reverse("trainings:session_detail", args=[session.pk])
    repeated = _repeated(request, here)
    if repeated:
        return repeated
    try:
        service(session=session, by=request.user)
    except TrainingRefused as refusal:
        once_release(request)
        messages.error(request, str(refusal))
        return redirect(here)
    messages.success(request, done)
    return _done(request, here)


@login_required
@require_POST
def session_hold_view(request, pk: int):
    return _transition(request, pk, session_hold, _("The session is marked held."))


@login_required
@require_POST
def session_close_view(request, pk: int):
    return _transition(
        request, pk, session_close, _("The session is closed: its attendance is final.")
    )


@login_required
def participants_add(request, pk: int):
    session = _session(request, pk)
    refused = _refuse_change(request, session)
    if refused:
        return refused
    here = reverse("trainings:participants_add", args=[session.pk])
    user = request.user
    form = ParticipantForm(
        initial={
            "region": session.region,
            "settlement": session.settlement,
            "settlement_type": session.settlement_type,
        },
        user=user,
    )
    account_form = AccountParticipantForm()
    similar = []
    if request.method == "POST":
        repeated = _repeated(request, here)
        if repeated:
            return repeated
        action = request.POST.get("action")
        try:
            if action == "known":
                participant = get_object_or_404(
                    Participant, pk=parse_int(request.POST.get("participant"), 0)
                )
                return _registered(request, session, participant, here)
            if action == "account":
                account_form = AccountParticipantForm(request.POST)
                if account_form.is_valid():
                    person = User.objects.filter(
                        email__iexact=account_form.cleaned_data["email"], is_active=True
                    ).first()
                    if person is None:
                        account_form.add_error(
                            "email",
                            _("Nobody has an account with this email: add her as a new record."),
                        )
                    else:
                        participant = participant_for_account(user=person, by=user)
                        return _registered(request, session, participant, here)
            elif action == "new":
                form = ParticipantForm(request.POST, user=user)
                if form.is_valid():
                    data = form.cleaned_data
                    if not request.POST.get("not_similar"):
                        similar = participants_similar(
                            full_name=data["full_name"], settlement=data["settlement"]
                        )
                    if not similar:
                        participant = participant_create(
                            by=user,
                            consent=data["consent"],
                            target_groups=data["target_groups"],
                            **form.service_fields(),
                        )
                        return _registered(request, session, participant, here)
            else:
                raise TrainingRefused(_("Choose how to add her."))
        except TrainingRefused as refusal:
            messages.error(request, str(refusal))
        once_release(request)
    return render(
        request,
        "trainings/participants_add.html",
        {
            "session": session,
            "form": form,
            "account_form": account_form,
            "similar": similar,
            "registered": session.registrations.select_related("participant").order_by("-added_at")[
                :10
            ],
        },
    )


def _registered(request, session, participant, here):
    registration = participant_register(session=session, participant=participant, by=request.user)
    messages.success(
        request,
        _("%(name)s is added to the session.") % {"name": registration.participant.full_name},
    )
    return _done(request, here)


@login_required
@audited("trainings.participant")
def participant_detail(request, pk: int):
    participant = get_object_or_404(Participant.objects.select_related("user"), pk=pk)
    if not sees_participant(request.user, participant):
        raise Http404
    root = current_record(participant)
    group = record_group(root)
    registrations = list(
        Registration.objects.filter(participant__in=group)
        .select_related("session", "participant")
        .order_by("-session__created_at")
    )
    courses = course_pages({r.session.course_key for r in registrations})
    coordinator = coordinates(request.user)
    if not coordinator:
        # A trainer sees the sessions of hers only.
        registrations = [r for r in registrations if sees_session(request.user, r.session)]
    groups = participant.target_groups.all()
    if not sees_sensitive_groups(request.user):
        groups = groups.filter(is_sensitive=False)
    return render(
        request,
        "trainings/participant_detail.html",
        {
            "participant": participant,
            "root": root,
            "merged": [record for record in group if record.pk != root.pk],
            "rows": [(r, courses.get(r.session.course_key)) for r in registrations],
            "groups": groups,
            "coordinator": coordinator,
        },
    )


@login_required
def participant_edit(request, pk: int):
    """Correct a light record: what the sheet says, typed wrong (a name, a year, a place)."""
    participant = get_object_or_404(Participant.objects.select_related("user"), pk=pk)
    if not sees_participant(request.user, participant):
        raise Http404
    here = reverse("trainings:participant_detail", args=[participant.pk])
    root = current_record(participant)
    if root.pk != participant.pk:
        messages.error(
            request,
            _("This record was merged into %(name)s's: correct that one.")
            % {"name": root.full_name},
        )
        return redirect(here)  # her page links to the record she counts as
    form = ParticipantForm(request.POST or None, instance=participant, user=request.user)
    if request.method == "POST":
        repeated = _repeated(request, here)
        if repeated:
            return repeated
        if form.is_valid():
            try:
                # The form wrote its fields on the instance: the service reads the stored row.
                participant_update(
                    participant=Participant(pk=participant.pk),
                    by=request.user,
                    target_groups=form.cleaned_data.get("target_groups"),
                    **form.service_fields(),
                )
            except TrainingRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("The record is saved."))
                return _done(request, here)
        once_release(request)
    return render(
        request, "trainings/participant_edit.html", {"form": form, "participant": participant}
    )


@login_required
def duplicates(request):
    _coordinator(request)
    region = request.GET.get("region", "")
    return render(
        request,
        "trainings/duplicates.html",
        {
            "pairs": participants_duplicates(region=region),
            "filters": SessionFilterForm(request.GET or None),
            "merged": Participant.objects.filter(merged_into__isnull=False)
            .select_related("merged_into")
            .order_by("-merged_at")[:50],
        },
    )


@login_required
@require_POST
def merge(request):
    _coordinator(request)
    here = reverse("trainings:duplicates")
    repeated = _repeated(request, here)
    if repeated:
        return repeated
    source = get_object_or_404(Participant, pk=parse_int(request.POST.get("source"), 0))
    target = get_object_or_404(Participant, pk=parse_int(request.POST.get("target"), 0))
    try:
        kept = participant_merge(source=source, target=target, by=request.user)
    except TrainingRefused as refusal:
        once_release(request)
        messages.error(request, str(refusal))
        return redirect(here)
    messages.success(request, _("The records are merged into %(name)s.") % {"name": kept.full_name})
    return _done(request, here)


@login_required
@require_POST
def unmerge(request, pk: int):
    _coordinator(request)
    participant = get_object_or_404(Participant, pk=pk)
    participant_unmerge(participant=participant, by=request.user)
    messages.success(
        request, _("%(name)s counts as her own record again.") % {"name": participant.full_name}
    )
    return redirect("trainings:duplicates")


def _confirmable(user):
    """Pending qualifications she may confirm: every one for a coordinator; for a lead trainer,
    those of her sessions' co-trainers."""
    pending = TrainerQualification.objects.filter(
        status=TrainerQualification.Status.PENDING
    ).select_related("user")
    if coordinates(user):
        return pending
    co_trainers = Session.objects.filter(lead_trainer=user).values("co_trainers")
    return pending.filter(user__in=co_trainers).exclude(user=user)


@login_required
def qualifications(request):
    _trainer(request)
    pending = list(_confirmable(request.user).order_by("created_at"))
    sessions = {}
    for qualification in pending:
        led = Session.objects.filter(co_trainers=qualification.user).exclude(
            status=Session.Status.PLANNED
        )
        if not coordinates(request.user):
            led = led.filter(lead_trainer=request.user)
        sessions[qualification.pk] = list(led.order_by("-created_at")[:10])
    courses = course_pages({q.course_key for q in pending})
    return render(
        request,
        "trainings/qualifications.html",
        {
            "rows": [(q, courses.get(q.course_key), sessions[q.pk]) for q in pending],
            "coordinator": coordinates(request.user),
        },
    )


@login_required
@require_POST
def qualification_confirm(request, pk: int):
    _trainer(request)
    here = reverse("trainings:qualifications")
    qualification = get_object_or_404(_confirmable(request.user) | _qualified(), pk=pk)
    repeated = _repeated(request, here)
    if repeated:
        return repeated
    session = None
    session_pk = parse_int(request.POST.get("session"), 0)
    if session_pk:
        session = get_object_or_404(Session, pk=session_pk)
    try:
        practicum_confirm(
            qualification=qualification,
            by=request.user,
            session=session,
            note=request.POST.get("note", "")[:1000],
        )
    except TrainingRefused as refusal:
        once_release(request)
        messages.error(request, str(refusal))
        return redirect(here)
    messages.success(
        request,
        _("%(name)s is now a qualified trainer.")
        % {"name": qualification.user.full_name or qualification.user.email},
    )
    return _done(request, here)


def _qualified():
    # A confirmation sent twice finds the qualification already done: a no-op, not a 404.
    return TrainerQualification.objects.filter(status=TrainerQualification.Status.QUALIFIED)


@login_required
def claim(request):
    form = ClaimForm(request.POST or None)
    claimed = None
    if request.method == "POST" and form.is_valid():
        pairs = limits.claim(request)
        reached = limits.first_reached(pairs)
        if reached is not None:
            form.add_error(None, limits.too_many(reached))
        else:
            try:
                claimed = participant_claim(user=request.user, code=form.cleaned_data["code"])
            except TrainingRefused as refusal:
                limits.record(pairs)
                form.add_error("code", str(refusal))
            else:
                messages.success(
                    request,
                    _("The sessions of %(name)s are in your account now.")
                    % {"name": claimed.full_name},
                )
                return redirect("trainings:claim")
    mine = (
        Registration.objects.filter(participant__user=request.user)
        .select_related("session")
        .order_by("-session__created_at")
    )
    courses = course_pages({r.session.course_key for r in mine})
    return render(
        request,
        "trainings/claim.html",
        {"form": form, "rows": [(r, courses.get(r.session.course_key)) for r in mine]},
    )
