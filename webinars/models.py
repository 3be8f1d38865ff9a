"""Webinar pages (a series under the home page, webinars under a series), registrations keyed by
the webinar's translation key (so that the Kyrgyz and the Russian page share one list and one
capacity), the reminders sent, and the attendance intervals read from the webinar tool's report."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from webinars.webvtt import validate_vtt_extension, validate_webvtt

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3"]


class WebinarSeriesPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["webinars.WebinarPage"]

    class Meta:
        verbose_name = _("webinar series")
        verbose_name_plural = _("webinar series")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["webinars"] = (
            WebinarPage.objects.live()
            .child_of(self)
            .order_by("start")
            .only("title", "start", "url_path", "path", "duration_minutes", "language")
        )
        return context


class Tool(models.TextChoices):
    ZOOM = "zoom", "Zoom"
    BBB = "bigbluebutton", "BigBlueButton"
    JITSI = "jitsi", "Jitsi"
    MEET = "meet", "Google Meet"
    OTHER = "other", _("Other")


class WebinarPage(Page):
    speakers = models.TextField(_("speakers"), blank=True, help_text=_("One speaker a line."))
    description = RichTextField(_("description"), blank=True, features=TEXT_FEATURES)
    start = models.DateTimeField(
        _("start"), help_text=_("In Bishkek time (Asia/Bishkek); stored in UTC.")
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=90)
    capacity = models.PositiveIntegerField(
        _("places"),
        default=300,
        help_text=_("When the places are taken, people join a waiting list."),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="ky"
    )
    target_groups = ParentalManyToManyField(
        "people.TargetGroup", blank=True, verbose_name=_("target groups")
    )
    tool = models.CharField(
        _("webinar tool"), max_length=20, choices=Tool.choices, default=Tool.ZOOM
    )
    join_url = models.URLField(
        _("join link"),
        blank=True,
        help_text=_("Shown only to registered people, shortly before the start."),
    )
    join_opens_minutes = models.PositiveSmallIntegerField(
        _("join link shown minutes before the start"), default=15
    )
    attendance_minutes = models.PositiveSmallIntegerField(
        _("minutes needed to count as attended"), default=60
    )
    recording_counts = models.BooleanField(
        _("watching the whole recording counts as attending"), default=False
    )
    recording = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("recording"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recording_url = models.URLField(
        _("external recording link"), blank=True, help_text=_("Used when no file is uploaded.")
    )
    audio = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("audio only"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A small audio file for slow connections."),
    )
    transcript = RichTextField(_("transcript"), blank=True, features=TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("speakers"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("start"),
                FieldPanel("duration_minutes"),
                FieldPanel("capacity"),
                FieldPanel("language"),
                FieldPanel("target_groups"),
            ],
            heading=_("When and for whom"),
        ),
        MultiFieldPanel(
            [FieldPanel("tool"), FieldPanel("join_url"), FieldPanel("join_opens_minutes")],
            heading=_("Joining"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_minutes"),
                FieldPanel("recording_counts"),
            ],
            heading=_("Attendance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("recording"),
                FieldPanel("recording_url"),
                FieldPanel("audio"),
                FieldPanel("transcript"),
                InlinePanel("captions", label=_("Captions")),
            ],
            heading=_("Recording"),
        ),
    ]
    parent_page_types = ["webinars.WebinarSeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    @property
    def end(self):
        return self.start + timedelta(minutes=self.duration_minutes)

    def has_started(self, now=None) -> bool:
        return (now or timezone.now()) >= self.start

    def join_opens_at(self):
        return self.start - timedelta(minutes=self.join_opens_minutes)

    @property
    def has_recording(self) -> bool:
        return bool(self.recording_id or self.recording_url or self.audio_id)

    @property
    def recording_seconds(self) -> float:
        """The length of the recording played here (0 when unknown, e.g. on an external site:
        then watching it cannot be counted, the server sees nothing of it)."""
        media = self.recording or self.audio
        return float(media.duration or 0) if media else 0.0

    def speaker_list(self) -> list[str]:
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from webinars.selectors import webinar_context

        context = super().get_context(request, *args, **kwargs)
        context.update(webinar_context(webinar=self, request=request))
        return context


class Caption(Orderable):
    webinar = ParentalKey(WebinarPage, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    # The extension decides the type the file is served with: only .vtt (text/vtt), else a
    # valid WebVTT file named evil.html would be served as a page from the site's own domain.
    file = models.FileField(
        _("WebVTT file"),
        upload_to="webinars/captions/",
        validators=[validate_vtt_extension, validate_webvtt],
    )

    panels = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("captions")
        verbose_name_plural = _("captions")
        constraints = [
            models.UniqueConstraint(fields=["webinar", "language"], name="caption_one_per_language")
        ]


class Registration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webinar_registrations"
    )
    webinar_key = models.UUIDField(_("webinar"), db_index=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    # The order of arrival; the waiting list is promoted by it.
    position = models.PositiveIntegerField(_("position"))
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    minutes_attended = models.PositiveIntegerField(_("minutes attended"), default=0)
    attended_at = models.DateTimeField(_("counted as attended at"), null=True, blank=True)
    watched_recording_at = models.DateTimeField(
        _("watched the recording at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("webinar registration")
        verbose_name_plural = _("webinar registrations")
        constraints = [
            models.UniqueConstraint(fields=["user", "webinar_key"], name="registration_once"),
            models.UniqueConstraint(
                fields=["webinar_key", "position"], name="registration_position"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.webinar_key} · {self.status}"

    @property
    def is_registered(self) -> bool:
        return self.status == self.Status.REGISTERED

    @property
    def attended(self) -> bool:
        return self.attended_at is not None


class RecordingViewing(models.Model):
    """What the server saw of one registered person watching the recording: the parts of it her
    player reported, each report checked against the server's clock (webinars/services.py)."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="viewing"
    )
    started_at = models.DateTimeField(_("first report at"))
    last_report_at = models.DateTimeField(_("last report at"))
    # Merged [from, to] pairs of the recording, in seconds.
    segments = models.JSONField(default=list)
    seconds_covered = models.FloatField(_("seconds of the recording covered"), default=0)
    reports = models.PositiveIntegerField(_("reports counted"), default=0)

    class Meta:
        verbose_name = _("viewing of a webinar recording")
        verbose_name_plural = _("viewings of webinar recordings")

    def __str__(self) -> str:
        return f"{self.registration} · {self.seconds_covered:.0f} s"


class ReminderSent(models.Model):
    """Written before the email is queued, in the same transaction: a second run of the beat task
    meets the unique constraint and sends nothing."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Confirmation")
        DAY = "day", _("One day before")
        HOUR = "hour", _("One hour before")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("webinar reminder sent")
        verbose_name_plural = _("webinar reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind"], name="reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.registration_id} · {self.kind}"


class AttendanceRow(models.Model):
    """One join-to-leave interval from an imported report. The same interval imported twice is
    stored once; a person's minutes are the union of her intervals, so overlaps count once."""

    webinar_key = models.UUIDField(db_index=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.CharField(_("email"), max_length=254, blank=True)
    joined_at = models.DateTimeField(_("joined at"))
    left_at = models.DateTimeField(_("left at"))
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="intervals"
    )
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance row")
        verbose_name_plural = _("attendance rows")
        constraints = [
            models.UniqueConstraint(
                fields=["webinar_key", "email", "name", "joined_at", "left_at"],
                name="attendance_row_once",
            )
        ]
        ordering = ["joined_at"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}> {self.joined_at:%Y-%m-%d %H:%M}"

    @property
    def minutes(self) -> int:
        return int((self.left_at - self.joined_at).total_seconds() // 60)
