"""The trainer's "Submit for approval" for a translation: wagtail-localize's translation editor
offers only "Publish", to those who may publish."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from courses.selectors import translation_into
from courses.services import TranslationRefused, translation_submit


def translation_submit_view(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if translation_into(page) is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method != "POST":
        return TemplateResponse(
            request, "courses/admin/translation_submit.html", {"page": page, "edit_url": edit_url}
        )
    try:
        translation_submit(page=page, user=request.user)
    except TranslationRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            _("The translation into %(language)s has been submitted for approval.")
            % {"language": page.locale.get_display_name()},
        )
    return redirect(edit_url)
