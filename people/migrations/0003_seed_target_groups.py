"""The target groups of the programmes Tendik was made for. Editable afterwards in the admin."""

from django.db import migrations

GROUPS = [
    # slug, Kyrgyz, Russian, English, sensitive
    ("women-leaders", "Аял лидерлер", "Женщины-лидеры", "Women leaders", False),
    (
        "women-farmers-entrepreneurs",
        "Аял фермерлер жана ишкерлер",
        "Женщины-фермеры и предпринимательницы",
        "Women farmers and entrepreneurs",
        False,
    ),
    (
        "rural-communities-local-authorities",
        "Айыл жамааттары жана жергиликтүү бийлик",
        "Сельские сообщества и органы местной власти",
        "Rural communities and local authorities",
        False,
    ),
    ("voters", "Шайлоочулар", "Избиратели", "Voters", False),
    ("youth", "Жаштар", "Молодёжь", "Youth", False),
    (
        "ngos",
        "Гендердик, аялдар, жаштар жана башка бейөкмөт уюмдар",
        "Гендерные, женские, молодёжные и другие НКО",
        "Gender, women's, youth and other NGOs",
        False,
    ),
    (
        "survivors",
        "Адам сатуунун, басмырлоонун жана зомбулуктун курмандары",
        "Пострадавшие от торговли людьми, дискриминации и насилия",
        "Survivors of trafficking, discrimination and violence",
        True,
    ),
    ("mass-media", "Жалпыга маалымдоо каражаттары", "Средства массовой информации", "Mass media", False),
    (
        "public-administration",
        "Мамлекеттик жана муниципалдык кызматкерлер",
        "Государственные и муниципальные служащие",
        "Public administration staff",
        False,
    ),
    ("diaspora", "Диаспора", "Диаспора", "Diaspora", False),
]


def seed(apps, schema_editor):
    TargetGroup = apps.get_model("people", "TargetGroup")
    for order, (slug, ky, ru, en, sensitive) in enumerate(GROUPS):
        TargetGroup.objects.get_or_create(
            slug=slug,
            defaults={
                "name_ky": ky,
                "name_ru": ru,
                "name_en": en,
                "is_sensitive": sensitive,
                "sort_order": order * 10,
            },
        )


def unseed(apps, schema_editor):
    TargetGroup = apps.get_model("people", "TargetGroup")
    TargetGroup.objects.filter(slug__in=[group[0] for group in GROUPS]).delete()


class Migration(migrations.Migration):
    dependencies = [("people", "0002_create_roles")]

    operations = [migrations.RunPython(seed, unseed)]
