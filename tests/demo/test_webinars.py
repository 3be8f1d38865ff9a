"""The demo webinars of scenario 5: two webinars with pages in Kyrgyz, Russian and English,
captions in Kyrgyz and Russian, the attendance report imported, and seeded again without a
change."""

import pytest
from wagtail.models import Revision

from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from demo.seed.webinars import seed_webinars
from webinars.models import AttendanceRow, Caption, Registration, WebinarPage

pytestmark = pytest.mark.django_db


def test_demo_webinars(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr("demo.seed.webinars.shutil.which", lambda name: None)
    seed_home_pages()
    seed_people()
    said = []
    services, violence = seed_webinars(out=said.append)
    assert said == ["Webinars: espeak-ng or ffmpeg is missing, so the demo recording is not made."]
    for webinar in (services, violence):
        titles = set(
            WebinarPage.objects.filter(translation_key=webinar.translation_key).values_list(
                "locale__language_code", "title"
            )
        )
        assert {language for language, _title in titles} == {"ky", "ru", "en"}
        assert len({title for _language, title in titles}) == 3  # each in its own language
    assert set(Caption.objects.filter(webinar=violence).values_list("language", flat=True)) == {
        "ky",
        "ru",
    }
    learner = Registration.objects.get(
        webinar_key=violence.translation_key, user__email="learner@demo.tendik.kg"
    )
    assert learner.minutes_attended == 87 and learner.attended  # two joins that overlap
    nurlan = Registration.objects.get(
        webinar_key=violence.translation_key, user__email="nurlan@demo.tendik.kg"
    )
    assert nurlan.minutes_attended == 25 and not nurlan.attended  # the duplicate row counted once
    assert AttendanceRow.objects.filter(registration__isnull=True).count() == 1
    assert Registration.objects.filter(webinar_key=services.translation_key).count() == 3

    counts = (Revision.objects.count(), Registration.objects.count(), Caption.objects.count())
    seed_webinars(out=said.append)
    assert (
        Revision.objects.count(),
        Registration.objects.count(),
        Caption.objects.count(),
    ) == counts


def test_coordinators_may_publish_demo_webinars(settings, tmp_path, monkeypatch, coordinator):
    from wagtail.models import Page

    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr("demo.seed.webinars.shutil.which", lambda name: None)
    seed_home_pages()
    seed_people()
    services, _violence = seed_webinars(out=lambda line: None)
    permissions = Page.objects.get(pk=services.pk).permissions_for_user(coordinator)
    assert permissions.can_edit() and permissions.can_publish()
