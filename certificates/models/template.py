"""Certificate templates: a translatable snippet that says how a certificate looks and reads."""

import string

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

PLACEHOLDERS = ("name", "achievement", "course", "hours", "date", "code")


class PageSize(models.TextChoices):
    A4 = "A4", "A4"
    A5 = "A5", "A5"
    LETTER = "letter", _("US Letter")


class Orientation(models.TextChoices):
    LANDSCAPE = "landscape", _("Landscape")
    PORTRAIT = "portrait", _("Portrait")


def unknown_placeholders(text: str) -> list[str]:
    """The `{…}` names in `text` that a certificate cannot fill; raises on broken braces."""
    names = [field for _literal, field, _spec, _conv in string.Formatter().parse(text) if field]
    return [name for name in names if name not in PLACEHOLDERS]


def image_file_missing(image) -> bool:
    return image is not None and not image.file.storage.exists(image.file.name)


class CertificateTemplate(TranslatableMixin, PreviewableMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=120, help_text=_("For coordinators only."))
    page_size = models.CharField(
        _("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4
    )
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    background = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=80, default="Сертификат")
    body = models.TextField(
        _("text"),
        help_text=_(
            "One paragraph a line. Placeholders: {name} (a line with only {name} prints the "
            "name large), {achievement} (what the holder did: completed the course or took "
            "part in the webinar, worded for the holder's gender), {course}, {hours}, {date}, "
            "{code}."
        ),
    )
    courses = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses"),
        blank=True,
        related_name="+",
        help_text=_("The courses whose certificates use this template, in any language."),
    )
    webinars = ParentalManyToManyField(
        "webinars.WebinarPage",
        verbose_name=_("webinars"),
        blank=True,
        related_name="+",
        help_text=_("The webinars whose participation certificates use this template."),
    )
    is_default = models.BooleanField(
        _("default"), default=False, help_text=_("Used for every course no template names.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("page_size"), FieldPanel("orientation"), FieldPanel("background")],
            heading=_("Page"),
        ),
        InlinePanel("logos", label=_("Logos")),
        InlinePanel("signatories", label=_("Signatories")),
        MultiFieldPanel(
            [FieldPanel("courses"), FieldPanel("webinars"), FieldPanel("is_default")],
            heading=_("Use"),
        ),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("title"),
        TranslatableField("body"),
        TranslatableField("signatories"),
        SynchronizedField("page_size"),
        SynchronizedField("orientation"),
        SynchronizedField("background"),
        SynchronizedField("logos"),
        SynchronizedField("courses"),
        SynchronizedField("webinars"),
        SynchronizedField("is_default"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        for field in ("title", "body"):
            try:
                unknown = unknown_placeholders(getattr(self, field))
            except ValueError:
                errors[field] = _("A brace { or } is not closed.")
                continue
            if unknown:
                errors[field] = _("Unknown placeholder: %(names)s. Use only %(known)s.") % {
                    "names": ", ".join(f"{{{name}}}" for name in unknown),
                    "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                }
        if image_file_missing(self.background):
            errors["background"] = _("The background image's file is missing. Upload it again.")
        if errors:
            raise ValidationError(errors)

    def serve_preview(self, request, mode_name):
        """The admin's preview: the certificate as a PDF, with sample data, before saving."""
        from certificates.layouts import layout_for, sample_holder
        from certificates.rendering import RenderError, render_pdf

        language = self.locale.language_code if self.locale_id else "ky"
        images = [self.background, *[logo.image for logo in self.logos.all()]]
        if any(image_file_missing(image) for image in images if image is not None):
            return HttpResponse(str(_("An image's file is missing. Upload it again.")), status=400)
        try:
            pdf = render_pdf([(layout_for(self, language), sample_holder(self, language))])
        except (RenderError, KeyError, ValueError) as error:
            return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="preview.pdf"'
        return response


class CertificateLogo(Orderable):
    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="logos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("image")]

    class Meta(Orderable.Meta):
        verbose_name = _("certificate logo")
        verbose_name_plural = _("certificate logos")

    def clean(self):
        super().clean()
        if self.image_id and image_file_missing(self.image):
            raise ValidationError({"image": _("The logo's file is missing. Upload it again.")})


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=120)
    position = models.CharField(_("position"), max_length=160)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("position"), FieldPanel("signature")]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def clean(self):
        super().clean()
        if image_file_missing(self.signature):
            raise ValidationError(
                {"signature": _("The signature image's file is missing. Upload it again.")}
            )
