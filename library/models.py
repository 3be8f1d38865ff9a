"""The resource library: topics a coordinator sets, and the resources members share in them (a
file stored privately, or a link), each moderated like a post."""

from urllib.parse import urlsplit

from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from community.models import Moderated
from community.registry import reportable
from core.private_files import RandomName, private_storage

LINK_SCHEMES = ["http", "https"]


class Topic(models.Model):
    """A shelf of the library, named in the three languages. With `approval_required`, a new
    resource in it waits for a moderator before other members see it."""

    name_ky = models.CharField(_("name in Kyrgyz"), max_length=100)
    name_ru = models.CharField(_("name in Russian"), max_length=100, blank=True)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)
    approval_required = models.BooleanField(
        _("resources wait for approval"),
        default=False,
        help_text=_("A new resource here is shown to others once a moderator approves it."),
    )

    class Meta:
        verbose_name = _("library topic")
        verbose_name_plural = _("library topics")
        ordering = ["name_ky", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """Its name in the current language (Kyrgyz where that one is not written)."""
        language = (translation.get_language() or "ky")[:2]
        return getattr(self, f"name_{language}", "") or self.name_ky


class Language(models.TextChoices):
    KY = "ky", _("Kyrgyz")
    RU = "ru", _("Russian")
    EN = "en", _("English")
    OTHER = "other", _("Other language")


class FileType(models.TextChoices):
    """What a stored file is, found from its content (library.files), never from its name."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX"
    XLSX = "xlsx", "XLSX"
    PPTX = "pptx", "PPTX"
    JPEG = "jpeg", "JPEG"
    PNG = "png", "PNG"
    WEBP = "webp", "WebP"


@reportable("library.resource")
class Resource(Moderated):
    """A publication, toolkit or guide a member shares: a file or a link, exactly one."""

    moderation_text_field = "description"

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=2000)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="resources", verbose_name=_("topic")
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=RandomName("library"), blank=True
    )
    file_name = models.CharField(_("file name"), max_length=120, blank=True)  # made safe
    file_type = models.CharField(_("file type"), max_length=5, choices=FileType.choices, blank=True)
    file_size = models.PositiveIntegerField(_("file size"), null=True, blank=True)
    link = models.URLField(
        _("link"), max_length=1000, blank=True, validators=[URLValidator(schemes=LINK_SCHEMES)]
    )
    # She confirmed she has the right to share it, at this time.
    rights_confirmed_at = models.DateTimeField(_("right to share confirmed at"))
    # The title and description case-folded, written by save(): the search finds "зомбулук" in
    # "Зомбулукка" on SQLite too, whose LIKE folds only ASCII letters.
    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["visibility", "-created_at"], name="library_visible_new")]
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(link="")) | (~Q(file="") & Q(link="")),
                name="library_file_or_link",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = f"{self.title}\n{self.description}".casefold()
        fields = kwargs.get("update_fields")
        if fields is not None and {"title", "description"} & set(fields):
            kwargs["update_fields"] = {*fields, "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("library:detail", kwargs={"pk": self.pk})

    @property
    def is_link(self) -> bool:
        return bool(self.link)

    @property
    def domain(self) -> str:
        """The link's host, shown beside it: she sees where it leads before she follows it."""
        return (urlsplit(self.link).hostname or "") if self.link else ""
