"""The group and user admin in Kyrgyz: the roles by their labels, the permissions by the models'
names (their verbose_name) and the custom permissions' names; the database keeps the roles' names
the code looks them up by."""

import re

from django.apps import apps
from django.contrib.auth.models import Group

from people.roles import Role

PROJECT_APPS = {
    config.label
    for config in apps.get_app_configs()
    if not config.name.startswith(("django", "wagtail", "modelcluster", "taggit"))
}


def test_the_group_admin_shows_the_roles_in_kyrgyz(client_for, administrator):
    client = client_for(administrator)
    listing = client.get("/admin/groups/").content.decode()
    for label in ["Угуучу", "Тренер", "Координатор", "Администратор"]:
        assert label in listing
    assert "Learner" not in listing and "Coordinator" not in listing
    coordinators = Group.objects.get(name=Role.COORDINATOR)
    edit = client.get(f"/admin/groups/edit/{coordinators.pk}/").content.decode()
    assert "Координатор" in edit and ">Coordinator<" not in edit


def test_the_user_admin_offers_the_roles_in_kyrgyz(client_for, administrator, learner):
    html = client_for(administrator).get(f"/admin/users/edit/{learner.pk}/").content.decode()
    assert "Угуучу" in html and "Модератор" in html
    assert ">Learner<" not in html and "Moderator" not in html


def test_the_group_edit_screen_names_the_permissions_in_kyrgyz(client_for, administrator):
    coordinators = Group.objects.get(name=Role.COORDINATOR)
    html = client_for(administrator).get(f"/admin/groups/edit/{coordinators.pk}/").content.decode()
    rows = set(re.findall(r'<td class="title"><h3>([^<]+)</h3></td>', html))
    for label in ["Максаттуу топ", "Тест", "Суроо", "H5P пакети", "Сертификаттын үлгүсү"]:
        assert label in rows
    english = {
        str(model._meta.verbose_name_raw).capitalize()
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS
    }
    assert rows & english == set()
    assert "Жаңы H5P китепканаларын орното алат" in html
    assert "Котормолорду жөнөтө алат" in html
