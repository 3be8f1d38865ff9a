"""Who may do what in the community: the one place every community app asks.

`refusal(user, action)` answers None (she may) or a Refusal whose message, in her language, says
why and where to go next (sign in, accept the guidelines, acknowledge a warning). Views call it
before any write, and again inside the transaction that writes, so a stale form sent after a
suspension is refused too."""

from dataclasses import dataclass

from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import Acceptance, Block, GuidelinesPage, Sanction
from core.ratelimit import Limit
from people.roles import Role, has_role


class Action:
    READ = "read"
    POST = "post"  # threads, replies, resources, reports' notes
    MENTOR = "mentor"  # mentoring requests, agreements, meetings
    UPLOAD = "upload"
    REPORT = "report"


# What asks for the current guidelines first.
NEEDS_GUIDELINES = {Action.POST, Action.MENTOR, Action.UPLOAD}
# What a suspended member may still do: read, and report what harms her.
WHILE_SUSPENDED = {Action.READ, Action.REPORT}

# 1,000 posts in a minute from one account: the twenty-first is refused.
POSTING = Limit("community-post", count=20, window_seconds=60)


@dataclass(frozen=True)
class Refusal:
    message: str
    url: str = ""  # where she can put it right, if anywhere


def moderates(user) -> bool:
    return has_role(user, Role.MODERATOR, Role.COORDINATOR, Role.ADMINISTRATOR)


def current_version() -> int:
    """The version of the live guidelines (0: none published, nothing to accept)."""
    return GuidelinesPage.objects.live().aggregate(version=Max("version"))["version"] or 0


def accepted_current(user) -> bool:
    version = current_version()
    return version == 0 or Acceptance.objects.filter(member=user, version=version).exists()


def guidelines_accept(user) -> None:
    """Record that she accepted the current version now (once per version)."""
    version = current_version()
    if version:
        Acceptance.objects.get_or_create(member=user, version=version)


def _active_sanctions(user):
    now = timezone.now()
    return Sanction.objects.filter(member=user, lifted_at__isnull=True).filter(
        Q(kind=Sanction.Kind.EXPULSION)
        | Q(kind=Sanction.Kind.SUSPENSION, until__gt=now)
        | Q(kind=Sanction.Kind.WARNING, acknowledged_at__isnull=True)
    )


def refusal(user, action: str) -> Refusal | None:
    if not user.is_authenticated:
        return Refusal(_("Sign in to take part in the community."), reverse("people:sign_in"))
    sanctions = list(_active_sanctions(user))
    kinds = {s.kind for s in sanctions}
    if Sanction.Kind.EXPULSION in kinds:
        return Refusal(_("You were expelled from the community."))
    if action == Action.READ:
        return None
    if Sanction.Kind.SUSPENSION in kinds and action not in WHILE_SUSPENDED:
        until = max(s.until for s in sanctions if s.kind == Sanction.Kind.SUSPENSION)
        return Refusal(
            _("You are suspended until %(date)s: you can read, but not post.")
            % {"date": timezone.localtime(until).strftime("%d.%m.%Y")}
        )
    warning = next((s for s in sanctions if s.kind == Sanction.Kind.WARNING), None)
    if warning is not None and action != Action.REPORT:
        return Refusal(
            _("A moderator sent you a warning: read it before you post again."),
            reverse("community:sanction", kwargs={"pk": warning.pk}),
        )
    if action in NEEDS_GUIDELINES and not accepted_current(user):
        return Refusal(_("Accept the community guidelines first."), reverse("community:guidelines"))
    if action in (Action.POST, Action.UPLOAD) and POSTING.reached(str(user.pk)):
        return Refusal(_("You are posting too fast. Wait a minute and try again."))
    return None


def record_post(user) -> None:
    """Count a post or an upload against the posting limit (after it is written)."""
    POSTING.record(str(user.pk))


def blocked(actor, other) -> bool:
    """`other` blocked `actor`: no reply, mention or request of `actor` reaches `other`."""
    return Block.objects.filter(blocker=other, blocked=actor).exists()


def blockers_of(actor) -> set[int]:
    """The ids of everyone who blocked `actor` (one query, for filtering notifications)."""
    return set(Block.objects.filter(blocked=actor).values_list("blocker_id", flat=True))


__all__ = [
    "Action",
    "POSTING",
    "Refusal",
    "accepted_current",
    "blocked",
    "blockers_of",
    "current_version",
    "guidelines_accept",
    "moderates",
    "record_post",
    "refusal",
]
