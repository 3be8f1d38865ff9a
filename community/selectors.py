"""What the community's pages read: items a member can see, profiles, the moderation queue."""

from django.db.models import Count, Q, Sum
from django.utils import timezone

from community import registry
from community.access import moderates
from community.models import Block, CommunityProfile, Report, Sanction, Visibility


def visible_items(model, user):
    """The rows of a registered model `user` can see: a model may say it itself with a
    classmethod `visible_to(user)` (a course's discussion: its learners); otherwise others see
    only VISIBLE rows, the author her own, moderators all."""
    if hasattr(model, "visible_to"):
        return model.visible_to(user)
    rows = model._default_manager.all()
    if moderates(user):
        return rows
    return rows.filter(Q(visibility=Visibility.VISIBLE) | Q(author=user))


def expelled(user) -> bool:
    return Sanction.objects.filter(
        member=user, kind=Sanction.Kind.EXPULSION, lifted_at__isnull=True
    ).exists()


def profile_of(member) -> CommunityProfile | None:
    return CommunityProfile.objects.filter(author=member).first()


def shown_fields(profile: CommunityProfile | None, viewer) -> dict:
    """What `viewer` reads of the profile: only what its member chose to show (and, once a
    moderator hid the profile, neither photo nor bio). Her own, she reads in full."""
    if profile is None:
        return {}
    own = viewer.pk == profile.author_id
    hidden = profile.visibility != Visibility.VISIBLE and not own
    shown = {}
    for field in ("organisation", "country", "expertise", "languages", "bio"):
        value = getattr(profile, field)
        if value and getattr(profile, f"show_{field}") and not (hidden and field == "bio"):
            shown[field] = value
    shown["photo"] = bool(profile.photo and profile.show_photo and not hidden)
    return shown


def photo_visible(profile: CommunityProfile, viewer) -> bool:
    if viewer.pk == profile.author_id or moderates(viewer):
        return bool(profile.photo)
    return shown_fields(profile, viewer).get("photo", False)


def blocked_by(user):
    return Block.objects.filter(blocker=user).select_related("blocked").order_by("-created_at")


def open_sanctions(user):
    return Sanction.objects.filter(member=user, lifted_at__isnull=True).filter(
        Q(until__isnull=True) | Q(until__gt=timezone.now())
    )


QUEUE_SIZE = 50


def queue(limit: int = QUEUE_SIZE) -> dict:
    """Open reports grouped by item, heaviest first, and every registered model's pending
    items: a fixed number of queries (two, and two per registered kind) however many."""
    groups = list(
        Report.objects.filter(status=Report.Status.OPEN)
        .values("kind", "object_id")
        .annotate(weight=Sum("weight"), count=Count("pk"))
        .order_by("-weight", "kind", "object_id")[:limit]
    )
    wanted: dict[str, set[int]] = {}
    for group in groups:
        wanted.setdefault(group["kind"], set()).add(group["object_id"])
    items = {}
    for kind, ids in wanted.items():
        model = registry.model_for(kind)
        if model is None:
            continue
        for obj in model._default_manager.select_related("author").filter(pk__in=ids):
            items[(kind, obj.pk)] = obj
    condition = Q()
    for group in groups:
        condition |= Q(kind=group["kind"], object_id=group["object_id"])
    reports: dict[tuple, list] = {}
    if groups:
        for report in (
            Report.objects.filter(condition, status=Report.Status.OPEN)
            .select_related("reporter")
            .order_by("-weight")
        ):
            reports.setdefault((report.kind, report.object_id), []).append(report)
    reported = []
    for group in groups:
        key = (group["kind"], group["object_id"])
        if key in items:
            reported.append(
                {**group, "item": items[key], "reports": reports.get(key, []), "kind": key[0]}
            )
    pending = []
    for kind, model in sorted(registry.kinds().items()):
        for obj in (
            model._default_manager.select_related("author")
            .filter(visibility=Visibility.PENDING)
            .order_by("created_at")[:limit]
        ):
            pending.append({"kind": kind, "item": obj})
    return {"reported": reported, "pending": pending}


def item_text(item) -> str:
    field = getattr(type(item), "moderation_text_field", "")
    return str(getattr(item, field, "") if field else item)
