"""Translations go through the coordinators' approval: the admin URL of "Submit for approval" and
the note in wagtail-localize's translation editor that leads to it."""

from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import WorkflowState

from courses.selectors import translation_into
from courses.translation_views import TranslationsUpdateView, translation_submit_view


# Before wagtail-localize's URLs: its "Sync translated pages" address answers with our view.
@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    urls = [
        path(
            "translations/<id:page_id>/submit/",
            translation_submit_view,
            name="translation_submit",
        )
    ]
    return [
        path("courses/", include((urls, "courses_admin"))),
        path(
            "localize/update/<id:translation_source_id>/",
            TranslationsUpdateView.as_view(),
            name="courses_translations_update",
        ),
    ]


# Before wagtail-localize's own hook, which answers with its translation editor.
@hooks.register("before_edit_page", order=-1)
def offer_translation_submission(request, page):
    if request.method != "GET" or translation_into(page) is None:
        return
    permissions = page.permissions_for_user(request.user)
    if permissions.can_publish() or not permissions.can_edit():
        return
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        note = _(
            "This translation is waiting for a coordinator's approval. If you change it, "
            "submit it again."
        )
    else:
        note = _(
            "Learners see this translation only after a coordinator approves it. Translate "
            "every text, then submit it."
        )
    url = reverse("courses_admin:translation_submit", args=[page.pk])
    messages.info(
        request, note, buttons=[messages.button(url, _("Submit the translation for approval"))]
    )
