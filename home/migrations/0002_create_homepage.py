"""Replace Wagtail's placeholder root page with the Kyrgyz home page, and point the site at it.
Its Russian and English translations are made in the admin (or by the demo command)."""

import uuid

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", slug="home").delete()
    if HomePage.objects.exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="ky")
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    root = Page.objects.get(depth=1)
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    position = int(last_child.path[-4:], 36) + 1 if last_child else 1
    home = HomePage.objects.create(
        title="Теңдик",
        draft_title="Теңдик",
        slug="home",
        content_type=content_type,
        path=f"{root.path}{position:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Теңдик"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
