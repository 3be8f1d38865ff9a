"""Locust users for bench/webinar_load.py (run that, not this). Each simulated person has her own
session cookie, made by the setup step (no password hashing in the measured minute)."""

import itertools
import json
import os

from locust import HttpUser, between, constant, task

SESSIONS = json.loads(open(os.environ["WEBINAR_BENCH_SESSIONS"]).read())  # noqa: SIM115
PAGE = os.environ["WEBINAR_BENCH_PAGE"]
REGISTER = os.environ["WEBINAR_BENCH_REGISTER"]
_next = itertools.count()


class Person(HttpUser):
    abstract = True

    def on_start(self):
        cookie = SESSIONS[next(_next) % len(SESSIONS)]
        self.client.cookies.set(cookie["name"], cookie["value"])


class Registrant(Person):
    """Opens the webinar page and registers, once (then stays idle until the run ends)."""

    wait_time = constant(3600)

    @task
    def register(self):
        self.client.get(PAGE, name="webinar page")
        token = self.client.cookies.get("csrftoken", "")
        with self.client.post(
            REGISTER,
            data={"csrfmiddlewaretoken": token},
            headers={"X-CSRFToken": token, "Referer": self.host + PAGE},
            name="register",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"status {response.status_code}")


class Waiter(Person):
    """In the minute before the start: opens the page and reloads it now and then, waiting for
    the join link."""

    wait_time = between(5, 15)

    @task
    def load(self):
        self.client.get(PAGE, name="webinar page before start")
