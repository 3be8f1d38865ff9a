"""What every PDF of ours shares (certificates, sign-in sheets): one WeasyPrint font
configuration per process, and QR codes drawn cheaply. The fonts themselves are core.fonts."""

import atexit
from functools import cache

import segno


def qr_data_uri(url: str) -> str:
    """The QR code as a tiny PNG, one pixel per module, printed without smoothing (cheaper for
    WeasyPrint to draw than an SVG path of hundreds of segments). The mask is fixed: choosing
    the "best" of eight costs more than the rest of the QR code, and every mask decodes."""
    return segno.make(url, error="m", mask=4, micro=False).png_data_uri(border=0, scale=1)


# WeasyPrint is imported on first use: importing it parses its own stylesheets, which every
# other process (the web server, manage.py) would pay for nothing.
@cache
def font_config():
    from weasyprint.text.fonts import FontConfiguration

    # Dropped before the interpreter tears down the modules its destructor needs.
    atexit.register(font_config.cache_clear)
    return FontConfiguration()
