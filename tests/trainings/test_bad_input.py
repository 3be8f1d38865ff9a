"""Odd values in every field of the trainings pages get a page, a message or a 404, never a
500, and write nothing half-done."""

from django.test import Client
from django.urls import reverse

from tests.lms.test_bad_input import ODD
from tests.trainings.test_participants import NEW
from tests.trainings.test_sessions import form_data


def test_odd_values_in_every_field_never_give_a_500(session, trainer, coordinator, course):
    clients = {}
    for who, person in (("trainer", trainer), ("coordinator", coordinator)):
        clients[who] = Client(raise_request_exception=False)
        clients[who].force_login(person)
    add = reverse("trainings:participants_add", args=[session.pk])
    requests = [
        ("trainer", "post", reverse("trainings:session_new"), form_data(course, trainer)),
        (
            "coordinator",
            "post",
            reverse("trainings:session_edit", args=[session.pk]),
            {**form_data(course, trainer), "co_trainers": str(trainer.pk), "project": "1"},
        ),
        ("trainer", "post", add, NEW),
        ("trainer", "post", add, {"action": "known", "participant": "1"}),
        ("trainer", "post", add, {"action": "account", "email": "a@example.kg"}),
        ("trainer", "post", reverse("trainings:claim"), {"code": "AAAAA-AAAAA"}),
        (
            "coordinator",
            "get",
            reverse("trainings:session_list"),
            {"status": "held", "region": "naryn", "project": "1", "page": "1"},
        ),
        ("coordinator", "get", reverse("trainings:duplicates"), {"region": "naryn"}),
        ("coordinator", "post", reverse("trainings:merge"), {"source": "1", "target": "2"}),
    ]
    failures = []
    for who, method, url, fields in requests:
        for name in fields:
            for odd in ODD:
                data = {**fields, name: odd}
                if method == "post":
                    data["once"] = f"{name}-{odd[:8]}-{len(failures)}-{id(data)}"
                response = getattr(clients[who], method)(url, data)
                if response.status_code >= 500:
                    failures.append(f"{method} {url} {name}={odd[:12]!r}: {response.status_code}")
    assert not failures, "\n".join(failures)


def test_odd_ids_in_addresses_are_not_found(coordinator):
    client = Client(raise_request_exception=False)
    client.force_login(coordinator)
    for odd in ("99999999999999999999", "²", "-1"):
        for url in (f"/ky/trainings/{odd}/", f"/ky/trainings/participants/{odd}/"):
            assert client.get(url).status_code == 404, url
