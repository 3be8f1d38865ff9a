"""A translation goes through the coordinators' approval like any other change: pressing
"Translate this page" makes a Russian draft, the trainer translates it and submits it, a
coordinator approves it, and only then do Russian learners see it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import LocaleSynchronization, Translation

from courses.models import CoursePage
from people.roles import Role
from tests.factories import UserFactory, build_course
from tests.helpers import translated

RUSSIAN_TITLE = "Основы CEDAW"


@pytest.fixture(autouse=True)
def commits(django_capture_on_commit_callbacks, monkeypatch):
    """Run what waits for the commit (wagtail-localize publishes then) as each request ends, as
    it would outside the test's transaction."""
    from django.test import Client

    request = Client.request

    def committed(self, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return request(self, **kwargs)

    monkeypatch.setattr(Client, "request", committed)


@pytest.fixture
def russian(db):
    return Locale.objects.get_or_create(language_code="ru")[0]


@pytest.fixture
def russian_catalogue(catalogue, russian):
    """The Russian home and catalogue, translated and live, as in the demo."""
    catalogue.get_parent().specific.copy_for_translation(russian).save_revision().publish()
    page = catalogue.copy_for_translation(russian)
    page.title = "Курсы"
    page.save_revision().publish()
    return page


@pytest.fixture
def trainer(catalogue, russian_catalogue):
    """A trainer who may add and change pages in both catalogues, as the demo grants."""
    group = Group.objects.get(name=Role.TRAINER)
    for page in (catalogue, russian_catalogue):
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=Permission.objects.get(codename=codename)
            )
    return _staff(Role.TRAINER)


def _staff(role):
    """A trainer or coordinator who chose Russian for the admin (her Wagtail profile)."""
    person = UserFactory(role=role)
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = "ru"
    profile.save(update_fields=["preferred_language"])
    return person


@pytest.fixture
def course(catalogue):
    course = build_course(catalogue, title="CEDAW негиздери", modules=0)
    course.save_revision().publish()
    return course


def _translate_into_russian(client, course, russian) -> CoursePage:
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.id]),
        {"locales": [russian.id]},
    )
    assert response.status_code == 302
    return course.get_translation(russian).specific


def _fill_in(client, page, texts: dict[str, str]) -> None:
    """Type the translations of the page's strings in the translation editor, by their source."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    for segment in translation.source.stringsegment_set.select_related("string"):
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id]),
            f"value={texts[segment.string.data]}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)


def _russian_course_texts(course) -> dict[str, str]:
    return {course.title: RUSSIAN_TITLE, course.summary: "Основы CEDAW: кратко"}


def _russian_path(page) -> str:
    """Where the Russian page is (wagtail-localize makes its slug ASCII) or would be."""
    return f"/ru/courses/{page.slug}/"


def _russian_learner_sees(client_for, path: str):
    return client_for(UserFactory(role=Role.LEARNER)).get(path)


def test_translate_this_page_makes_a_draft_russian_learners_do_not_see(
    client_for, course, trainer, russian, russian_catalogue
):
    russian_course = _translate_into_russian(client_for(trainer), course, russian)

    assert not russian_course.live
    assert _russian_learner_sees(client_for, _russian_path(russian_course)).status_code == 404
    catalogue = _russian_learner_sees(client_for, "/ru/courses/")
    assert list(catalogue.context["entries"]) == []
    assert f'href="{_russian_path(russian_course)}"' not in catalogue.content.decode()


def test_trainer_translates_submits_and_a_coordinator_approves(
    client_for, course, trainer, russian, russian_catalogue
):
    trainer_client = client_for(trainer)
    russian_course = _translate_into_russian(trainer_client, course, russian)
    edit_url = reverse("wagtailadmin_pages:edit", args=[russian_course.id])
    submit_url = reverse("courses_admin:translation_submit", args=[russian_course.id])

    # The translation editor offers her "Submit for approval", since she may not publish.
    html = trainer_client.get(edit_url).content.decode()
    assert submit_url in html
    assert translated("Submit the translation for approval", "ru") in html

    _fill_in(trainer_client, russian_course, _russian_course_texts(course))
    assert trainer_client.get(submit_url).status_code == 200
    response = trainer_client.post(submit_url)
    assert response.status_code == 302

    russian_course.refresh_from_db()
    assert not russian_course.live
    state = WorkflowState.objects.get(
        object_id=str(russian_course.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.requested_by == trainer
    assert _russian_learner_sees(client_for, _russian_path(russian_course)).status_code == 404
    assert RUSSIAN_TITLE not in _russian_learner_sees(client_for, "/ru/courses/").content.decode()

    # She cannot approve her own submission.
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[russian_course.id, "approve", task_state.id]
    )
    trainer_client.post(approve_url)
    russian_course.refresh_from_db()
    assert not russian_course.live

    coordinator = _staff(Role.COORDINATOR)
    response = client_for(coordinator).post(approve_url)
    assert response.status_code == 302

    russian_course.refresh_from_db()
    assert russian_course.live
    assert russian_course.title == RUSSIAN_TITLE
    page_html = _russian_learner_sees(client_for, russian_course.url).content.decode()
    assert RUSSIAN_TITLE in page_html
    assert course.title not in page_html
    catalogue = _russian_learner_sees(client_for, "/ru/courses/")
    assert [page.title for page in catalogue.context["entries"]] == [RUSSIAN_TITLE]
    assert RUSSIAN_TITLE in catalogue.content.decode()


def test_a_translation_with_untranslated_text_cannot_be_submitted(
    client_for, course, trainer, russian, russian_catalogue
):
    trainer_client = client_for(trainer)
    russian_course = _translate_into_russian(trainer_client, course, russian)
    submit_url = reverse("courses_admin:translation_submit", args=[russian_course.id])

    response = trainer_client.post(submit_url, follow=True)

    assert response.status_code == 200
    assert translated("Translate every text before submitting it for approval.", "ru") in (
        response.content.decode()
    )
    assert not WorkflowState.objects.filter(object_id=str(russian_course.pk)).exists()
    russian_course.refresh_from_db()
    assert not russian_course.live


def test_a_change_to_a_live_translation_waits_for_approval(
    client_for, course, trainer, russian, russian_catalogue
):
    trainer_client = client_for(trainer)
    russian_course = _translate_into_russian(trainer_client, course, russian)
    _fill_in(trainer_client, russian_course, _russian_course_texts(course))
    submit_url = reverse("courses_admin:translation_submit", args=[russian_course.id])
    trainer_client.post(submit_url)
    state = WorkflowState.objects.get(object_id=str(russian_course.pk))
    state.current_task_state.approve(user=_staff(Role.COORDINATOR))

    _fill_in(
        trainer_client,
        russian_course,
        {course.title: "CEDAW: новое название", course.summary: "Основы CEDAW: кратко"},
    )
    trainer_client.post(submit_url)

    russian_course.refresh_from_db()
    assert russian_course.live and russian_course.title == RUSSIAN_TITLE
    page_html = _russian_learner_sees(client_for, russian_course.url).content.decode()
    assert RUSSIAN_TITLE in page_html and "CEDAW: новое название" not in page_html
    assert russian_course.get_latest_revision_as_object().title == "CEDAW: новое название"


def test_a_coordinator_may_not_be_offered_submission_she_publishes(
    client_for, course, trainer, russian, russian_catalogue
):
    russian_course = _translate_into_russian(client_for(trainer), course, russian)
    coordinator = _staff(Role.COORDINATOR)
    html = (
        client_for(coordinator)
        .get(reverse("wagtailadmin_pages:edit", args=[russian_course.id]))
        .content.decode()
    )
    assert reverse("courses_admin:translation_submit", args=[russian_course.id]) not in html


def test_a_learner_cannot_submit_a_translation(
    client_for, course, trainer, russian, russian_catalogue
):
    russian_course = _translate_into_russian(client_for(trainer), course, russian)
    learner_client = client_for(UserFactory(role=Role.LEARNER))
    response = learner_client.post(
        reverse("courses_admin:translation_submit", args=[russian_course.id])
    )
    assert response.status_code in (302, 403)
    assert not WorkflowState.objects.filter(object_id=str(russian_course.pk)).exists()


def test_synchronised_placeholders_in_russian_are_not_shown_to_russian_learners(
    client_for, course, russian, russian_catalogue
):
    """wagtail-localize's tree sync puts aliases of Kyrgyz pages into the Russian tree."""
    LocaleSynchronization.objects.create(
        locale=russian, sync_from=Locale.objects.get(language_code="ky")
    )
    alias = Page.objects.get(alias_of=course, locale=russian)
    # Publishing the Kyrgyz page again updates its aliases: they stay hidden.
    course.save_revision().publish()

    alias.refresh_from_db()
    assert not alias.live
    assert _russian_learner_sees(client_for, _russian_path(alias)).status_code == 404
    catalogue = _russian_learner_sees(client_for, "/ru/courses/")
    assert list(catalogue.context["entries"]) == []


def test_sync_translated_pages_cannot_publish_past_approval(
    client_for, course, trainer, russian, russian_catalogue
):
    """ "Sync translated pages" with "Publish immediately" checked, posted by a trainer: the
    update is kept as a draft, and Russian learners still see nothing."""
    trainer_client = client_for(trainer)
    russian_course = _translate_into_russian(trainer_client, course, russian)
    source = Translation.objects.get(
        source__object_id=course.translation_key, target_locale=russian
    ).source
    url = reverse("wagtail_localize:update_translations", args=[source.id])

    form = trainer_client.get(url).context["form"]
    assert form.fields["publish_translations"].disabled
    response = trainer_client.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    russian_course.refresh_from_db()
    assert not russian_course.live
    assert _russian_learner_sees(client_for, _russian_path(russian_course)).status_code == 404


def test_a_coordinator_may_sync_and_publish_translations(
    client_for, course, trainer, russian, russian_catalogue
):
    russian_course = _translate_into_russian(client_for(trainer), course, russian)
    source = Translation.objects.get(
        source__object_id=course.translation_key, target_locale=russian
    ).source
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    coordinator_client = client_for(_staff(Role.COORDINATOR))

    assert not coordinator_client.get(url).context["form"].fields["publish_translations"].disabled
    coordinator_client.post(url, {"publish_translations": "on"})

    russian_course.refresh_from_db()
    assert russian_course.live
