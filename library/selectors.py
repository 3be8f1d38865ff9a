"""Which resources a member sees, found in a fixed number of queries however many there are.
Others see only visible ones; the uploader sees her own pending and hidden ones too; moderators
see all."""

from django.db.models import Q, QuerySet
from django.http import Http404

from community.access import moderates
from community.models import Visibility
from library.models import Resource, Topic


def resources_for(user) -> QuerySet[Resource]:
    resources = Resource.objects.select_related("topic", "author")
    if moderates(user):
        return resources
    return resources.filter(Q(visibility=Visibility.VISIBLE) | Q(author=user))


def resources_search(
    user, *, text: str = "", topic: int | None = None, language: str = "", kind: str = ""
) -> QuerySet[Resource]:
    """The library's list: `text` in the title or description (any case), of a topic, in a
    language, files or links only. Visible resources only, even for a moderator (her queue has
    the rest)."""
    resources = resources_for(user).filter(visibility=Visibility.VISIBLE)
    if text:
        resources = resources.filter(search_text__contains=text.casefold())
    if topic:
        resources = resources.filter(topic_id=topic)
    if language:
        resources = resources.filter(language=language)
    if kind == "file":
        resources = resources.exclude(file="")
    elif kind == "link":
        resources = resources.exclude(link="")
    return resources


def resources_of(user) -> QuerySet[Resource]:
    """Her own resources, pending and hidden ones included."""
    return Resource.objects.filter(author=user).select_related("topic", "author")


def resource_for(user, pk: int) -> Resource:
    """The resource, if she may see it; else 404 (a hidden one is not confirmed to exist)."""
    resource = resources_for(user).filter(pk=pk).first()
    if resource is None:
        raise Http404
    return resource


def topics() -> list[Topic]:
    return list(Topic.objects.all())
