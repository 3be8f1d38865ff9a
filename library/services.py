"""Sharing a resource. Who may share is community.access's answer, asked again inside the
transaction that writes (a form sent after a suspension is refused); the file's type is read from
its bytes (library.files) before anything is stored; a topic that waits for approval keeps the
resource pending until a moderator approves it in the moderation queue."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.access import Action, moderates, record_post, refusal
from community.models import Visibility
from library.files import FileRefused, check, safe_name
from library.models import LINK_SCHEMES, Resource, Topic

# The fields a member writes, as the form and the demo give them.
FIELDS = ("title", "description", "language", "topic")


class ResourceRefused(Exception):
    """Not shared; the message says why, in her language, and `url` where to put it right."""

    def __init__(self, message: str, url: str = ""):
        super().__init__(message)
        self.url = url


def link_check(link: str) -> str:
    """The link as stored, or ResourceRefused: only http and https addresses with a host."""
    link = (link or "").strip()
    try:
        parts = urlsplit(link)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        raise ResourceRefused(
            _("A link must be a web address that starts with http:// or https://.")
        )
    return link


def resource_create(
    *,
    author,
    title: str,
    description: str,
    language: str,
    topic: Topic,
    upload=None,
    link: str = "",
    rights_confirmed: bool = False,
) -> Resource:
    """Share a file (`upload`) or a link: exactly one. Nothing is stored when it is refused."""
    if not rights_confirmed:
        raise ResourceRefused(_("Confirm that you have the right to share it."))
    if bool(upload) == bool(link):
        raise ResourceRefused(_("Give a file or a link: one of the two."))
    file_type = None
    if upload:
        try:
            file_type = check(upload)
        except FileRefused as error:
            raise ResourceRefused(str(error)) from error
    else:
        link = link_check(link)
    with transaction.atomic():
        refused = refusal(author, Action.UPLOAD)
        if refused is not None:
            raise ResourceRefused(refused.message, refused.url)
        waits = topic.approval_required and not moderates(author)
        resource = Resource(
            author=author,
            title=title.strip(),
            description=description.strip(),
            language=language,
            topic=topic,
            link=link,
            visibility=Visibility.PENDING if waits else Visibility.VISIBLE,
            rights_confirmed_at=timezone.now(),
        )
        try:
            resource.full_clean(exclude=["file", "author", "topic"])
        except ValidationError as error:
            raise ResourceRefused(" ".join(error.messages)) from error
        if upload:
            name = safe_name(upload.name or "", file_type)
            resource.file_name, resource.file_type = name, file_type
            resource.file_size = upload.size
            resource.file.save(name, upload, save=False)
        try:
            resource.save()
        except BaseException:
            if resource.file:
                resource.file.delete(save=False)  # the row is not written: nor is its file
            raise
    record_post(author)
    return resource
