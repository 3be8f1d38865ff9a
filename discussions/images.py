"""An image a member attaches to a post: its type read from its content (Pillow), never from its
name or the browser's word; its size capped; written anew without its metadata (a phone's
photo carries where and when it was taken) and no larger than a page shows it."""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageOps

MAX_BYTES = 3 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a larger picture is refused before it is decoded
LONGEST_SIDE = 1280
FORMATS = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
}


@dataclass(frozen=True)
class CleanImage:
    content: bytes
    extension: str
    content_type: str
    width: int
    height: int


def clean_image(upload) -> CleanImage:
    not_an_image = ValidationError(_("This file is not an image in JPEG, PNG or WebP."))
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 3 MB."))
    try:
        with PILImage.open(upload) as picture:
            kind = picture.format
            if kind not in FORMATS:
                raise not_an_image
            if picture.width * picture.height > MAX_PIXELS:
                raise ValidationError(_("The image has too many pixels."))
            picture.load()
            picture = ImageOps.exif_transpose(picture)
            picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
            if kind == "JPEG" and picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            out = io.BytesIO()
            picture.save(out, format=kind, **({"quality": 85} if kind != "PNG" else {}))
    except ValidationError:
        raise
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as error:
        raise not_an_image from error
    extension, content_type = FORMATS[kind]
    return CleanImage(out.getvalue(), extension, content_type, picture.width, picture.height)
