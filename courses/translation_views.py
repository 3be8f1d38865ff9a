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
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.update_translations import UpdateTranslationsView

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


class TranslationsUpdateView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" publishes every
    translation without asking who may publish it. For someone who may not publish one of them,
    the box is disabled, so a posted value is ignored and the updates stay drafts to submit."""

    def get_form(self):
        form = super().get_form()
        if not self._may_publish_all():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = _(
                "Only a coordinator may publish translations. The updates are kept as drafts: "
                "submit each translation for approval."
            )
        return form

    def _may_publish_all(self) -> bool:
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if isinstance(target, Page):
                if not target.permissions_for_user(self.request.user).can_publish():
                    return False
            elif not self.request.user.has_perm(get_permission_name("publish", type(target))):
                return False
        return True
