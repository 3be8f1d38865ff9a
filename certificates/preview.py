"""The admin's preview of a certificate template: a PDF with sample data, before saving."""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from certificates.layouts import layout_for, sample_holder
from certificates.models.template import image_file_missing
from certificates.rendering import RenderError, render_pdf


def template_preview(request, template) -> HttpResponse:
    language = template.locale.language_code if template.locale_id else "ky"
    images = [template.background, *[logo.image for logo in template.logos.all()]]
    if any(image_file_missing(image) for image in images if image is not None):
        return HttpResponse(_("An image's file is missing. Upload it again."), status=400)
    try:
        pdf = render_pdf([(layout_for(template, language), sample_holder(template, language))])
    except (RenderError, KeyError, ValueError) as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="preview.pdf"'
    return response
