"""The community's pages: the guidelines, member profiles and blocks, reports, the moderation
queue and sanctions. Every write is a POST with a one-time token (core.once) and asks
community.access.refusal before it and again inside its transaction (community.services)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from community import registry, selectors, services
from community.access import (
    Action,
    accepted_current,
    current_version,
    guidelines_accept,
    moderates,
    refusal,
)
from community.forms import AppealForm, ItemActionForm, ProfileForm, ReportForm, SanctionForm
from community.gate import member_view, refused_redirect
from community.models import Acceptance, Block, GuidelinesPage, Sanction
from community.sections import community_sections
from core import private_files
from core.once import once_run

User = get_user_model()


@member_view
def home(request):
    """The community's door: what is in it, the guidelines, her profile, and for moderators
    the queue."""
    context = {
        "sections": community_sections(),
        "accepted": accepted_current(request.user),
        "moderates": moderates(request.user),
    }
    return render(request, "community/home.html", context)


def _refused(request, action: str, back: str = ""):
    """None when she may; otherwise the response: sign in, 403 (expelled), or the message and
    where to put it right."""
    refused = refusal(request.user, action)
    if refused is None:
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), refused.url)
    if action == Action.READ:
        raise PermissionDenied(refused.message)
    return refused_redirect(request, refused, back or reverse("community:profile_edit"))


def _once(request, url: str, act) -> HttpResponse:
    """core.once_run, with the community's refusals shown to her."""
    return once_run(request, url, act, refused=(services.CommunityRefused,))


def _safe_next(request, default: str) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return default


# Guidelines


def _guidelines_page():
    """The live guidelines in the reader's language, else in the default locale's, else any."""
    pages = GuidelinesPage.objects.live()
    active = Locale.get_active()
    page = pages.filter(locale=active).first()
    if page is None:
        page = pages.filter(locale=Locale.get_default()).first() or pages.first()
    return page


def guidelines(request):
    page = _guidelines_page()
    here = reverse("community:guidelines")
    next_url = _safe_next(request, reverse("community:profile_edit"))
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(here)
        if page is None:
            raise Http404

        def act():
            if refusal(request.user, Action.READ) is not None:
                raise PermissionDenied
            guidelines_accept(request.user)
            messages.success(request, _("Thank you: you accepted the community guidelines."))
            return next_url

        return _once(request, here, act)
    accepted = None
    if page is not None and request.user.is_authenticated:
        accepted = Acceptance.objects.filter(member=request.user, version=current_version()).first()
    return render(
        request,
        "community/guidelines.html",
        {"page": page, "accepted": accepted, "next": next_url},
    )


# Members


def _member(pk: int, viewer):
    member = get_object_or_404(User, pk=pk, is_active=True)
    if selectors.expelled(member) and not moderates(viewer):
        raise Http404
    return member


@member_view
def member(request, pk: int):
    person = _member(pk, request.user)
    profile = selectors.profile_of(person)
    own = person.pk == request.user.pk
    context = {
        "member": person,
        "profile": profile,
        "shown": selectors.shown_fields(profile, request.user),
        "own": own,
        "blocking": not own and Block.objects.filter(blocker=request.user, blocked=person).exists(),
        "may_sanction": services.may_sanction(request.user, person),
    }
    return render(request, "community/member.html", context)


@member_view
def member_photo(request, pk: int):
    person = _member(pk, request.user)
    profile = selectors.profile_of(person)
    if profile is None or not selectors.photo_visible(profile, request.user):
        raise Http404
    try:
        return private_files.send(profile.photo.path)
    except FileNotFoundError:
        raise Http404 from None


@member_view
def profile_edit(request):
    profile = services.profile_for(request.user)
    here = reverse("community:profile_edit")
    if request.method == "POST":
        refused = _refused(request, Action.POST, here)
        if refused:
            return refused
        old_photo = profile.photo.name
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():

            def act():
                services.profile_save(
                    user=request.user, profile=form.save(commit=False), old_photo=old_photo
                )
                messages.success(request, _("Your profile is saved."))

            return _once(request, here, act)
    else:
        form = ProfileForm(instance=profile)
    context = {
        "form": form,
        "profile": profile,
        "blocks": selectors.blocked_by(request.user),
        "sanctions": selectors.open_sanctions(request.user),
    }
    return render(request, "community/profile_edit.html", context)


@require_POST
def block(request, pk: int):
    refused = _refused(request, Action.REPORT)
    if refused:
        return refused
    person = _member(pk, request.user)
    on = request.POST.get("do") != "unblock"
    back = _safe_next(request, reverse("community:member", kwargs={"pk": person.pk}))

    def act():
        services.block_set(blocker=request.user, blocked=person, on=on)
        messages.success(
            request,
            _("You blocked this member.") if on else _("You unblocked this member."),
        )

    return _once(request, back, act)


# Reports


def _item(kind: str, pk: int, user):
    model = registry.model_for(kind)
    if model is None:
        raise Http404
    return get_object_or_404(selectors.visible_items(model, user).select_related("author"), pk=pk)


def report(request, kind: str, pk: int):
    refused = _refused(request, Action.REPORT)
    if refused:
        return refused
    item = _item(kind, pk, request.user)
    here = reverse("community:report", kwargs={"kind": kind, "pk": pk})
    back = _safe_next(request, reverse("community:profile_edit"))
    if request.method == "POST":
        form = ReportForm(request.POST)
        if form.is_valid():

            def act():
                services.report_create(
                    reporter=request.user,
                    item=item,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                )
                messages.success(request, _("Thank you: the moderators will look at it."))
                return back

            return _once(request, here, act)
    else:
        form = ReportForm()
    context = {
        "form": form,
        "item": item,
        "text": selectors.item_text(item),
        "next": back,
        "kind": kind,
    }
    return render(request, "community/report.html", context)


# Moderation


def _moderator(request):
    refused = _refused(request, Action.READ)
    if refused:
        return refused
    if not moderates(request.user):
        raise PermissionDenied
    return None


def queue(request):
    refused = _moderator(request)
    if refused:
        return refused
    context = selectors.queue()
    for entry in context["reported"] + context["pending"]:
        entry["text"] = selectors.item_text(entry["item"])
        # What it is and where it stands (a post, a resource), so she can read it in place.
        entry["label"] = entry["item"]._meta.verbose_name
        entry["url"] = getattr(entry["item"], "get_absolute_url", lambda: "")()
        entry["mine"] = entry["item"].author_id == request.user.pk or any(
            r.reporter_id == request.user.pk for r in entry.get("reports", [])
        )
    context["item_actions"] = ItemActionForm.ACTIONS
    return render(request, "community/queue.html", context)


@require_POST
def moderate(request, kind: str, pk: int):
    refused = _moderator(request)
    if refused:
        return refused
    item = _item(kind, pk, request.user)
    back = reverse("community:queue")
    form = ItemActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose what to do and give a reason."))
        return redirect(back)

    def act():
        services.item_moderate(
            moderator=request.user,
            item=item,
            action=form.cleaned_data["do"],
            reason=form.cleaned_data["reason"],
            text=form.cleaned_data["text"],
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("Done."))

    return _once(request, back, act)


def sanction_new(request, pk: int):
    refused = _moderator(request)
    if refused:
        return refused
    person = _member(pk, request.user)
    if not services.may_sanction(request.user, person):
        raise PermissionDenied
    here = reverse("community:sanction_new", kwargs={"pk": person.pk})
    if request.method == "POST":
        form = SanctionForm(request.POST)
        if form.is_valid():

            def act():
                sanction = services.sanction_give(
                    moderator=request.user,
                    member=person,
                    kind=form.cleaned_data["kind"],
                    reason=form.cleaned_data["reason"],
                    until=form.cleaned_data.get("until_at"),
                )
                messages.success(request, _("The member is told of the sanction."))
                return reverse("community:sanction", kwargs={"pk": sanction.pk})

            return _once(request, here, act)
    else:
        form = SanctionForm()
    return render(request, "community/sanction_new.html", {"form": form, "member": person})


def sanction(request, pk: int):
    """Her own sanction (to acknowledge a warning, to appeal once), or, for a moderator who may
    act on her, the sanction and its appeal to decide. An expelled member still reads hers."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("people:sign_in"))
    item = get_object_or_404(Sanction.objects.select_related("member"), pk=pk)
    own = item.member_id == request.user.pk
    moderates_it = not own and services.may_sanction(request.user, item.member)
    # The one who gave it reads the appeal; another moderator decides it.
    decides = moderates_it and item.created_by_id != request.user.pk
    if not own and not moderates_it:
        raise Http404
    here = reverse("community:sanction", kwargs={"pk": item.pk})
    appeal_form = AppealForm()
    if request.method == "POST":
        do = request.POST.get("do", "")
        if own and do == "acknowledge":

            def act():
                services.sanction_acknowledge(member=request.user, sanction=item)
                messages.success(request, _("Thank you. You can take part again."))

            return _once(request, here, act)
        if own and do == "appeal":
            appeal_form = AppealForm(request.POST)
            if appeal_form.is_valid():

                def act():
                    services.sanction_appeal(
                        member=request.user, sanction=item, note=appeal_form.cleaned_data["note"]
                    )
                    messages.success(request, _("Your appeal is sent to the moderators."))

                return _once(request, here, act)
        elif decides and do in ("uphold", "lift"):

            def act():
                services.appeal_decide(
                    moderator=request.user,
                    sanction=item,
                    lift=do == "lift",
                    reason=request.POST.get("reason", ""),
                )
                messages.success(request, _("Done."))

            return _once(request, here, act)
        else:
            messages.error(request, _("Choose what to do."))
            return redirect(here)
    context = {"sanction": item, "own": own, "decides": decides, "appeal_form": appeal_form}
    return render(request, "community/sanction.html", context)
