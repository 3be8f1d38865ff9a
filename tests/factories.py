import factory
from django.contrib.auth.models import Group

from courses.models import CoursePage, LessonPage, ModulePage
from people.models import TargetGroup, User
from people.regions import Region, SettlementType
from people.roles import Role

PASSWORD = "Жакшы-сыр-сөз-2026"


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"group-{n}")
    name_ky = factory.Sequence(lambda n: f"Топ {n}")
    name_ru = factory.Sequence(lambda n: f"Группа {n}")
    name_en = factory.Sequence(lambda n: f"Group {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.kg")
    full_name = factory.Sequence(lambda n: f"Айгүл Өмүрова {n}")
    gender = "woman"
    region = Region.NARYN
    settlement_type = SettlementType.RURAL
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name=extracted or Role.LEARNER))
            if extracted == Role.ADMINISTRATOR:
                self.is_superuser = self.is_staff = True
                self.save(update_fields=["is_superuser", "is_staff"])

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)


def build_course(catalogue, *, title="CEDAW негиздери", modules=2, lessons=2, **fields):
    course = catalogue.add_child(
        instance=CoursePage(title=title, summary=f"{title}: кыскача", **fields)
    )
    for m in range(modules):
        module = course.add_child(instance=ModulePage(title=f"{m + 1}-модуль"))
        for n in range(lessons):
            module.add_child(
                instance=LessonPage(
                    title=f"{m + 1}.{n + 1}-сабак",
                    body=[
                        ("text", f"<p>Сабактын тексти {m + 1}.{n + 1}: теңчилик жөнүндө.</p>"),
                        (
                            "trainer_notes",
                            {"notes": "<p>Тренер үчүн: топту экиге бөлүңүз.</p>", "handouts": []},
                        ),
                    ],
                )
            )
    return course


def build_programme(catalogue, sets, *, title="Лидерлер мектеби", **fields):
    """A published programme. `sets`: (rule, count, ordered, [(kind, page), …]) for each set."""
    from programmes.models import ProgrammePage

    requirements = [
        (
            "requirement_set",
            {
                "title": f"{n + 1}-топтом",
                "rule": rule,
                "count": count,
                "ordered": ordered,
                "items": [(kind, page) for kind, page in items],
            },
        )
        for n, (rule, count, ordered, items) in enumerate(sets)
    ]
    return catalogue.add_child(
        instance=ProgrammePage(
            title=title, summary=f"{title}: кыскача", requirements=requirements, **fields
        )
    )
