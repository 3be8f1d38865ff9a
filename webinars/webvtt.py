"""WebVTT caption files, checked on upload so that a player never gets a broken track.

`webvtt_errors` returns every problem with its line number; an empty list means the file is good."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

TIMESTAMP = r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}"
CUE_TIMING = re.compile(rf"^({TIMESTAMP})[ \t]+-->[ \t]+({TIMESTAMP})(?:[ \t]+.*)?$")
MAX_BYTES = 2 * 1024 * 1024


def _seconds(stamp: str) -> float:
    parts = stamp.split(":")
    seconds = float(parts[-1]) + int(parts[-2]) * 60
    return seconds + (int(parts[-3]) * 3600 if len(parts) == 3 else 0)


def webvtt_errors(data: bytes) -> list[str]:
    if len(data) > MAX_BYTES:
        return [_("The caption file is larger than 2 MB.")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return [_("Line %(line)s: the file is not UTF-8 text.") % {"line": line}]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]):
        return [_("Line 1: a WebVTT file must start with “WEBVTT”.")]
    errors, cues, number = [], 0, 1
    # Blocks are separated by blank lines; the header block ends at the first blank line.
    while number < len(lines) and lines[number].strip():
        number += 1
    while number < len(lines):
        if not lines[number].strip():
            number += 1
            continue
        start = number
        block = []
        while number < len(lines) and lines[number].strip():
            block.append((number + 1, lines[number]))
            number += 1
        first = block[0][1]
        if first.startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing = [(n, line) for n, line in block if "-->" in line]
        if not timing:
            errors.append(
                _("Line %(line)s: a cue needs a timing line like “00:00:01.000 --> 00:00:04.000”.")
                % {"line": start + 1}
            )
            continue
        n, line = timing[0]
        if block.index(timing[0]) > 1:
            errors.append(
                _("Line %(line)s: a cue has more than one identifier line.") % {"line": n}
            )
        match = CUE_TIMING.match(line.strip())
        if not match:
            errors.append(
                _("Line %(line)s: the timing “%(text)s” is not “hh:mm:ss.ttt --> hh:mm:ss.ttt”.")
                % {"line": n, "text": line.strip()[:60]}
            )
            continue
        if _seconds(match.group(2)) <= _seconds(match.group(1)):
            errors.append(_("Line %(line)s: the cue ends before it starts.") % {"line": n})
        if block.index(timing[0]) == len(block) - 1:
            errors.append(_("Line %(line)s: the cue has no text.") % {"line": n})
        cues += 1
    if not errors and not cues:
        errors.append(_("The file has no captions."))
    return errors


validate_vtt_extension = FileExtensionValidator(
    allowed_extensions=["vtt"],
    message=gettext_lazy("Choose a WebVTT file whose name ends in .vtt."),
)


def validate_webvtt(upload) -> None:
    """A form and model validator for an uploaded caption file."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    errors = webvtt_errors(data)
    if errors:
        raise ValidationError(errors)
