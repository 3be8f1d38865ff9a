"""The blocks a lesson is written with. Activity apps (quizzes, H5P, webinars) add theirs through
settings.LESSON_ACTIVITY_BLOCKS, so that this app never imports them."""

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

RICH_TEXT = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"


class CaptionsBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(choices=settings.LANGUAGES, label=_("Language"))
    file = DocumentChooserBlock(label=_("Captions file (WebVTT)"))


class MediaBlock(blocks.StructBlock):
    captions = blocks.ListBlock(CaptionsBlock(), label=_("Captions"), default=[])
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=RICH_TEXT)

    class Meta:
        abstract = True


class VideoBlock(MediaBlock):
    video = VideoChooserBlock(label=_("Video"))

    class Meta:
        icon = "media"
        template = "courses/blocks/media_block.html"


class AudioBlock(MediaBlock):
    audio = AudioChooserBlock(label=_("Audio"))

    class Meta:
        icon = "media"
        template = "courses/blocks/media_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", _("Note")), ("important", _("Important")), ("example", _("Example"))],
        default="note",
        label=_("Kind"),
    )
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout_block.html"


class TrainerNotesBlock(blocks.StructBlock):
    """Session plans, facilitation tips and handouts: shown only to trainers, coordinators and
    administrators (the lesson template leaves the block out for everyone else)."""

    notes = blocks.RichTextBlock(label=_("Notes"), features=RICH_TEXT)
    handouts = blocks.ListBlock(DocumentChooserBlock(), label=_("Handouts"), default=[])

    class Meta:
        icon = "user"
        label = _("Trainer notes")
        template = "courses/blocks/trainer_notes_block.html"


def placed(lessons, block_type: str) -> list[tuple]:
    """(lesson, block as stored: type, value, id) for each `block_type` block in `lessons`, read
    from the stored data, so that finding an activity costs no query per block."""
    return [
        (lesson, raw)
        for lesson in lessons
        for raw in lesson.body.raw_data
        if raw["type"] == block_type
    ]


def activity_blocks() -> list[tuple[str, blocks.Block]]:
    return [(name, import_string(path)()) for name, path in settings.LESSON_ACTIVITY_BLOCKS]


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT, icon="pilcrow")
    image = ImageBlock(label=_("Image"))
    video = VideoBlock(label=_("Video"))
    audio = AudioBlock(label=_("Audio"))
    document = DocumentBlock(label=_("Document"))
    callout = CalloutBlock(label=_("Callout"))
    trainer_notes = TrainerNotesBlock()

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__([*(local_blocks or []), *activity_blocks()], **kwargs)
