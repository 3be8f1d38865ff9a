"""The course editor's "trainers" field offers people with the Trainer role only: a trainer who
edits a course learns no learner's name, survivors' least of all (issue 12.5)."""

import pytest
from django.core.exceptions import ValidationError

from courses.models import CoursePage
from people.roles import Role
from tests.courses.test_authoring import trainer_section  # noqa: F401  (fixture)
from tests.factories import UserFactory


@pytest.fixture
def people(survivors):
    return {
        "trainer": UserFactory(role=Role.TRAINER, full_name="Тренер Асель Бекова"),
        "colleague": UserFactory(role=Role.TRAINER, full_name="Тренер Нурлан Токтогулов"),
        "learner": UserFactory(full_name="Окуучу Чолпон Сыдыкова", email="cholpon@example.kg"),
        "survivor": UserFactory(
            full_name="Жабырлануучу Бермет Ырысбекова",
            email="bermet@example.kg",
            target_groups=[survivors],
        ),
        "coordinator": UserFactory(role=Role.COORDINATOR, full_name="Координатор Айнура"),
    }


def test_the_trainers_field_offers_trainers_only(trainer_section, people, client_for):  # noqa: F811
    course = trainer_section.add_child(instance=CoursePage(title="CEDAW", summary="Кыскача"))
    response = client_for(people["trainer"]).get(f"/admin/pages/{course.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Тренер Асель Бекова" in html and "Тренер Нурлан Токтогулов" in html
    for name in ["Окуучу Чолпон Сыдыкова", "Жабырлануучу Бермет Ырысбекова", "Координатор Айнура"]:
        assert name not in html
    assert "cholpon@example.kg" not in html and "bermet@example.kg" not in html


def test_a_learner_posted_as_trainer_is_refused(trainer_section, people):  # noqa: F811
    course = trainer_section.add_child(instance=CoursePage(title="CEDAW", summary="Кыскача"))
    form_class = CoursePage.get_edit_handler().get_form_class()
    field = form_class(instance=course, for_user=people["trainer"]).fields["trainers"]
    assert set(field.queryset) == {people["trainer"], people["colleague"]}
    assert list(field.clean([people["colleague"].pk])) == [people["colleague"]]
    with pytest.raises(ValidationError):
        field.clean([people["learner"].pk])
