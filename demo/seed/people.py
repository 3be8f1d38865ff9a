"""Demo people: one account per role and learners with realistic profiles."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.users.models import UserProfile

from people.models import Gender, TargetGroup, User
from people.regions import Region, SettlementType
from people.roles import Role

DEMO_PASSWORD = "tendik-demo-2026"

ACCOUNTS = [
    {
        "role": Role.ADMINISTRATOR,
        "email": "admin@demo.tendik.kg",
        "full_name": "Өмүрбек Дөөлөтов",
        "latin_name": "Omurbek Doolotov",
        "gender": Gender.MAN,
        "birth_year": 1984,
        "region": Region.BISHKEK,
        "settlement_type": SettlementType.URBAN,
        "organisation": "Теңдик",
        "groups": [],
    },
    {
        "role": Role.COORDINATOR,
        "email": "coordinator@demo.tendik.kg",
        "full_name": "Чолпон Эңсебаева",
        "latin_name": "Cholpon Ensebaeva",
        "gender": Gender.WOMAN,
        "birth_year": 1979,
        "region": Region.BISHKEK,
        "settlement_type": SettlementType.URBAN,
        "organisation": "Аялдарды колдоо борбору",
        "groups": ["ngos"],
    },
    {
        "role": Role.TRAINER,
        "email": "trainer@demo.tendik.kg",
        "full_name": "Гүлнара Мөңкөева",
        "latin_name": "Gulnara Monkoeva",
        "gender": Gender.WOMAN,
        "birth_year": 1988,
        "region": Region.ISSYK_KUL,
        "settlement_type": SettlementType.URBAN,
        "organisation": "Каракол гендердик маалымат борбору",
        "groups": ["ngos", "women-leaders"],
    },
    {
        "role": Role.LEARNER,
        "email": "learner@demo.tendik.kg",
        "full_name": "Айгүл Төлөгөнова",
        "latin_name": "Aigul Tologonova",
        "gender": Gender.WOMAN,
        "birth_year": 1995,
        "region": Region.NARYN,
        "settlement_type": SettlementType.RURAL,
        "organisation": "Ат-Башы айыл өкмөтү",
        "groups": ["women-farmers-entrepreneurs", "rural-communities-local-authorities"],
    },
    {
        "role": Role.LEARNER,
        "email": "nurlan@demo.tendik.kg",
        "full_name": "Нурлан Үсөнов",
        "latin_name": "Nurlan Usonov",
        "gender": Gender.MAN,
        "birth_year": 2003,
        "region": Region.OSH_CITY,
        "settlement_type": SettlementType.URBAN,
        "organisation": "Ош мамлекеттик университети",
        "groups": ["youth", "voters"],
    },
    {
        "role": Role.LEARNER,
        "email": "jyldyz@demo.tendik.kg",
        "full_name": "Жылдыз Көкөева",
        "latin_name": "Jyldyz Kokoeva",
        "gender": Gender.WOMAN,
        "birth_year": 1986,
        "region": Region.ABROAD,
        "country": "PL",
        "settlement_type": SettlementType.URBAN,
        "organisation": "Польшадагы кыргыз аялдар ассоциациясы",
        "preferred_language": "ru",
        "groups": ["diaspora", "women-leaders"],
    },
    {
        "role": Role.LEARNER,
        "email": "bermet@demo.tendik.kg",
        "full_name": "Бермет Ырысбекова",
        "latin_name": "Bermet Yrysbekova",
        "gender": Gender.WOMAN,
        "birth_year": 1992,
        "region": Region.JALAL_ABAD,
        "settlement_type": SettlementType.RURAL,
        "organisation": "",
        "groups": ["survivors", "women-farmers-entrepreneurs"],
    },
]


@transaction.atomic
def seed_people() -> list[User]:
    groups_by_slug = TargetGroup.objects.in_bulk(field_name="slug")
    people = []
    for account in ACCOUNTS:
        fields = {
            key: value for key, value in account.items() if key not in ("role", "email", "groups")
        }
        fields.setdefault("country", "")
        fields.setdefault("preferred_language", "ky")
        role = account["role"]
        fields["is_superuser"] = fields["is_staff"] = role == Role.ADMINISTRATOR
        person, created = User.objects.get_or_create(email=account["email"], defaults=fields)
        if created:
            person.set_password(DEMO_PASSWORD)
            person.save(update_fields=["password"])
            person.target_groups.set([groups_by_slug[slug] for slug in account["groups"]])
            person.groups.set([Group.objects.get(name=role)])
            if role != Role.LEARNER:
                # Wagtail's admin has no Kyrgyz: staff read it in Russian.
                profile = UserProfile.get_for_user(person)
                profile.preferred_language = "ru"
                profile.save(update_fields=["preferred_language"])
        people.append(person)
    return people
