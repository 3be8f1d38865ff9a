"""The authoring guide: linked from the admin dashboard in the reader's language, read by the
people who write and manage content only."""

import pytest
from django.utils import translation

from lms.guide import guide_html


def test_the_dashboard_links_to_the_guide_in_kyrgyz(client_for, trainer):
    html = client_for(trainer).get("/admin/").content.decode()
    assert "Авторлор үчүн колдонмо" in html
    assert 'href="/ky/authoring-guide/"' in html


def test_the_dashboard_links_to_the_russian_guide_for_a_russian_reader(client_for, coordinator):
    coordinator.preferred_language = "ru"
    coordinator.save(update_fields=["preferred_language"])
    html = client_for(coordinator).get("/admin/").content.decode()
    assert 'href="/ru/authoring-guide/"' in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("ky", "Курс жазуу"), ("ru", "Как написать курс")],
)
def test_the_guide_renders_for_a_trainer(client_for, trainer, language, heading):
    with translation.override(language):
        response = client_for(trainer).get(f"/{language}/authoring-guide/")
    assert response.status_code == 200
    html = response.content.decode()
    assert heading in html
    assert "<h2" in html and "##" not in html


def test_each_guide_covers_every_step():
    # The blocks a lesson offers and the steps the issue asks for, by the words the admin shows.
    for language, words in {
        "ky": [
            "Текст",
            "Сүрөт",
            "Видео",
            "Аудио",
            "Документ",
            "Эскертүү блогу",
            "Тренер үчүн эскертмелер",
            "Тест",
            "H5P тапшырмасы",
            "Вебинар",
            "Бетме-бет тренинг",
            "Котормону бекитүүгө жөнөтүү",
            "Өткөрүлдү деп белгилөө",
            "Тренингди жабуу",
        ],
        "ru": [
            "Текст",
            "Изображение",
            "Видео",
            "Аудио",
            "Документ",
            "Выноска",
            "Заметки для тренера",
            "Тест",
            "Задание H5P",
            "Вебинар",
            "Очный тренинг",
            "Отправить перевод на утверждение",
            "Отметить проведённым",
            "Закрыть тренинг",
        ],
    }.items():
        html = guide_html(language)
        assert [word for word in words if word not in html] == []


def test_learners_and_anonymous_are_refused(client, client_for, learner):
    assert client_for(learner).get("/ky/authoring-guide/").status_code == 403
    response = client.get("/ky/authoring-guide/")
    assert response.status_code == 302 and "authoring-guide" in response["Location"]
