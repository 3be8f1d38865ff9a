"""The community's writes: profiles, blocks, reports, moderation of items and sanctions.

Report weight (as Discourse does, reports of people whose reports were right count more):

    weight = base × (1 + accurate / (accurate + rejected))

`base` is 2 for moderators, coordinators and administrators, 0.5 for an account younger than
NEW_ACCOUNT_DAYS, 1 otherwise; `accurate` and `rejected` count her earlier reports a moderator
accepted (the item hidden or edited) or rejected (reports dismissed, the item restored); with no
decided report the bonus is 0. A member with every report right counts twice as a newcomer to
the rules. Once the open reports on a visible item weigh COMMUNITY_HIDE_WEIGHT (a setting, 3 by
default) or more, the item is hidden until a moderator decides.

Every function that writes takes the acting person and refuses with CommunityRefused (its
message in her language) before anything is written; `refusal` is asked again inside the
transaction, so a stale form from a member suspended meanwhile is refused too."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from audit.models import AuditEntry
from audit.services import audit_entry_record
from community.access import Action, moderates, record_post, refusal
from community.models import (
    Block,
    CommunityProfile,
    ModerationAction,
    Report,
    Sanction,
    Visibility,
)
from outbox.services import email_queue
from people.roles import Role, has_role

NEW_ACCOUNT_DAYS = 7


class CommunityRefused(Exception):
    """Refused, with a message for her (already translated)."""

    @property
    def message(self) -> str:
        return str(self.args[0])


def _check(user, action: str) -> None:
    refused = refusal(user, action)
    if refused is not None:
        raise CommunityRefused(refused.message)


# Profiles


def profile_for(user) -> CommunityProfile:
    """Her community profile, made on her first visit (organisation filled from her account,
    nothing shown until she chooses)."""
    profile, _created = CommunityProfile.objects.get_or_create(
        author=user, defaults={"organisation": user.organisation}
    )
    return profile


def profile_save(*, user, profile: CommunityProfile, old_photo: str = "") -> CommunityProfile:
    """Store her changed profile (a form's instance), once more asking `refusal` first. A photo
    replaced or removed leaves the private storage once the change is stored."""
    with transaction.atomic():
        _check(user, Action.POST)
        profile.save()
        if old_photo and old_photo != profile.photo.name:
            storage = profile.photo.storage
            transaction.on_commit(lambda: storage.delete(old_photo))
    record_post(user)
    return profile


# Blocks


def block_set(*, blocker, blocked, on: bool) -> None:
    if blocker.pk == blocked.pk:
        raise CommunityRefused(_("You cannot block yourself."))
    with transaction.atomic():
        _check(blocker, Action.REPORT)
        if on:
            Block.objects.get_or_create(blocker=blocker, blocked=blocked)
        else:
            Block.objects.filter(blocker=blocker, blocked=blocked).delete()


# Reports


def power(user) -> int:
    """How far up she stands, for who may act on whom: administrator 3, coordinator 2,
    moderator 1, everyone else 0."""
    if has_role(user, Role.ADMINISTRATOR):
        return 3
    if has_role(user, Role.COORDINATOR):
        return 2
    if has_role(user, Role.MODERATOR):
        return 1
    return 0


def report_weight(user) -> float:
    """The weight of her next report (the formula in this module's docstring)."""
    if moderates(user):
        base = 2.0
    elif user.date_joined > timezone.now() - timedelta(days=NEW_ACCOUNT_DAYS):
        base = 0.5
    else:
        base = 1.0
    counts = Report.objects.filter(reporter=user).aggregate(
        accurate=Count("pk", filter=Q(status=Report.Status.ACCEPTED)),
        rejected=Count("pk", filter=Q(status=Report.Status.REJECTED)),
    )
    decided = counts["accurate"] + counts["rejected"]
    bonus = counts["accurate"] / decided if decided else 0.0
    return round(base * (1 + bonus), 3)


def hide_threshold() -> float:
    return settings.COMMUNITY_HIDE_WEIGHT


def report_create(*, reporter, item, reason: str, note: str = "") -> Report:
    """She reports `item` (a registered model's row she can see). Refused: her own item, the
    same item twice. Hides the item once its open reports weigh enough."""
    if item.author_id == reporter.pk:
        raise CommunityRefused(_("You cannot report what you wrote yourself."))
    kind = item.report_kind
    try:
        with transaction.atomic():
            _check(reporter, Action.REPORT)
            report = Report.objects.create(
                reporter=reporter,
                kind=kind,
                object_id=item.pk,
                reason=reason,
                note=note,
                weight=report_weight(reporter),
            )
            model = type(item)
            locked = model._default_manager.select_for_update().get(pk=item.pk)
            total = Report.objects.filter(
                kind=kind, object_id=item.pk, status=Report.Status.OPEN
            ).aggregate(total=Sum("weight"))["total"]
            if locked.visibility == Visibility.VISIBLE and total >= hide_threshold():
                locked.visibility = Visibility.HIDDEN
                locked.save(update_fields=["visibility"])
                ModerationAction.objects.create(
                    action=ModerationAction.Kind.AUTO_HIDE,
                    kind=kind,
                    object_id=item.pk,
                    member_id=locked.author_id,
                    reason=_("Reports weighed %(total)s.") % {"total": round(total, 2)},
                )
                item.visibility = Visibility.HIDDEN
    except IntegrityError:
        raise CommunityRefused(_("You have already reported this.")) from None
    return report


# Moderation of items

ITEM_ACTIONS = {
    ModerationAction.Kind.HIDE,
    ModerationAction.Kind.RESTORE,
    ModerationAction.Kind.APPROVE,
    ModerationAction.Kind.EDIT,
    ModerationAction.Kind.DISMISS,
}


def _may_act_on_item(moderator, item) -> None:
    if not moderates(moderator):
        raise CommunityRefused(_("Only moderators can do this."))
    if item.author_id == moderator.pk:
        raise CommunityRefused(_("Another moderator decides on your own content."))
    if Report.objects.filter(
        reporter=moderator, kind=item.report_kind, object_id=item.pk, status=Report.Status.OPEN
    ).exists():
        raise CommunityRefused(_("Another moderator decides on what you reported."))
    if power(item.author) > power(moderator):
        raise CommunityRefused(_("You cannot moderate someone with more rights than you."))


def item_moderate(
    *, moderator, item, action: str, reason: str, text: str = "", note: str = ""
) -> None:
    """hide, restore, approve (pending → visible), edit (the model's moderation_text_field,
    with a note shown under it) or dismiss the reports; each with a reason, logged and audited.
    Hiding or editing accepts the open reports; restoring or dismissing rejects them."""
    if action not in ITEM_ACTIONS:
        raise CommunityRefused(_("Choose what to do."))
    reason = reason.strip()
    if not reason:
        raise CommunityRefused(_("Give a reason."))
    _may_act_on_item(moderator, item)
    kind = item.report_kind
    Kind = ModerationAction.Kind
    with transaction.atomic():
        locked = type(item)._default_manager.select_for_update().get(pk=item.pk)
        fields = []
        if action == Kind.HIDE:
            locked.visibility = Visibility.HIDDEN
            fields = ["visibility"]
        elif action == Kind.RESTORE:
            locked.visibility = Visibility.VISIBLE
            fields = ["visibility"]
        elif action == Kind.APPROVE:
            if locked.visibility != Visibility.PENDING:
                raise CommunityRefused(_("This is not waiting for approval."))
            locked.visibility = Visibility.VISIBLE
            fields = ["visibility"]
        elif action == Kind.EDIT:
            field = getattr(type(item), "moderation_text_field", "")
            if not field or not note.strip():
                raise CommunityRefused(_("Write the new text and a note that readers will see."))
            setattr(locked, field, text)
            locked.moderator_note = note.strip()[:300]
            if locked.visibility == Visibility.HIDDEN:
                locked.visibility = Visibility.VISIBLE
            fields = [field, "moderator_note", "visibility"]
        if fields:
            locked.save(update_fields=fields)
        verdict = (
            Report.Status.ACCEPTED
            if action in (Kind.HIDE, Kind.EDIT)
            else Report.Status.REJECTED
            if action in (Kind.RESTORE, Kind.DISMISS)
            else None
        )
        if verdict:
            Report.objects.filter(kind=kind, object_id=item.pk, status=Report.Status.OPEN).update(
                status=verdict, decided_at=timezone.now(), decided_by=moderator
            )
        ModerationAction.objects.create(
            moderator=moderator,
            action=action,
            kind=kind,
            object_id=item.pk,
            member_id=item.author_id,
            reason=reason,
        )
        audit_entry_record(
            actor=moderator,
            action=AuditEntry.Action.CHANGED,
            what="community.moderation",
            detail=f"{action} {kind} pk={item.pk}: {reason}",
        )


# Sanctions

SANCTION_ACTIONS = {
    Sanction.Kind.WARNING: ModerationAction.Kind.WARN,
    Sanction.Kind.SUSPENSION: ModerationAction.Kind.SUSPEND,
    Sanction.Kind.EXPULSION: ModerationAction.Kind.EXPEL,
}


def may_sanction(moderator, member) -> bool:
    return moderates(moderator) and moderator.pk != member.pk and power(moderator) > power(member)


def _tell(sanction: Sanction, template: str) -> None:
    """Email her about the sanction, in her language (the outbox)."""
    member = sanction.member
    language = member.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "member": member,
            "sanction": sanction,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("community:sanction", kwargs={"pk": sanction.pk}),
        }
        subject = render_to_string(f"community/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"community/email/{template}_body.txt", context)
    email_queue(to=member.email, subject=subject, body=body, language=language)


def sanction_give(*, moderator, member, kind: str, reason: str, until=None) -> Sanction:
    """Warn, suspend until a date or expel `member`, with a reason; she is told by email."""
    if kind not in SANCTION_ACTIONS:
        raise CommunityRefused(_("Choose what to do."))
    reason = reason.strip()
    if not reason:
        raise CommunityRefused(_("Give a reason."))
    if not may_sanction(moderator, member):
        raise CommunityRefused(_("You cannot sanction this member."))
    if kind == Sanction.Kind.SUSPENSION and (until is None or until <= timezone.now()):
        raise CommunityRefused(_("A suspension ends on a date in the future."))
    with transaction.atomic():
        sanction = Sanction.objects.create(
            member=member,
            kind=kind,
            reason=reason,
            until=until if kind == Sanction.Kind.SUSPENSION else None,
            created_by=moderator,
        )
        ModerationAction.objects.create(
            moderator=moderator, action=SANCTION_ACTIONS[kind], member=member, reason=reason
        )
        audit_entry_record(
            actor=moderator,
            action=AuditEntry.Action.CHANGED,
            what="community.sanction",
            detail=f"{kind} member={member.pk}: {reason}",
        )
        _tell(sanction, "sanction")
    return sanction


def sanction_acknowledge(*, member, sanction: Sanction) -> None:
    if sanction.member_id != member.pk:
        raise CommunityRefused(_("This is not yours."))
    Sanction.objects.filter(pk=sanction.pk, acknowledged_at__isnull=True).update(
        acknowledged_at=timezone.now()
    )


def sanction_appeal(*, member, sanction: Sanction, note: str) -> None:
    """She appeals once, with a note."""
    if sanction.member_id != member.pk:
        raise CommunityRefused(_("This is not yours."))
    note = note.strip()
    if not note:
        raise CommunityRefused(_("Say why the decision should change."))
    with transaction.atomic():
        updated = Sanction.objects.filter(
            pk=sanction.pk, appealed_at__isnull=True, lifted_at__isnull=True
        ).update(appeal_note=note[:1000], appealed_at=timezone.now())
        if not updated:
            raise CommunityRefused(_("You have already appealed this decision."))


def appeal_decide(*, moderator, sanction: Sanction, lift: bool, reason: str) -> None:
    """A moderator upholds the sanction or lifts it; she is told by email. Never the one who
    gave it: an appeal is a second look."""
    reason = reason.strip()
    if not reason:
        raise CommunityRefused(_("Give a reason."))
    if sanction.created_by_id == moderator.pk:
        raise CommunityRefused(_("Another moderator decides the appeal of a sanction you gave."))
    if not may_sanction(moderator, sanction.member):
        raise CommunityRefused(_("You cannot sanction this member."))
    with transaction.atomic():
        now = timezone.now()
        changes = {
            "appeal_decided_at": now,
            "appeal_decided_by": moderator,
            "appeal_upheld": not lift,
        }
        if lift:
            changes["lifted_at"] = now
        updated = Sanction.objects.filter(
            pk=sanction.pk, appealed_at__isnull=False, appeal_decided_at__isnull=True
        ).update(**changes)
        if not updated:
            raise CommunityRefused(_("There is no appeal waiting on this decision."))
        ModerationAction.objects.create(
            moderator=moderator,
            action=ModerationAction.Kind.LIFT if lift else ModerationAction.Kind.UPHOLD,
            member_id=sanction.member_id,
            reason=reason,
        )
        audit_entry_record(
            actor=moderator,
            action=AuditEntry.Action.CHANGED,
            what="community.appeal",
            detail=f"{'lift' if lift else 'uphold'} sanction={sanction.pk}: {reason}",
        )
        sanction.refresh_from_db()
        _tell(sanction, "appeal")
