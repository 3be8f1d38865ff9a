"""gunicorn's access log without what must not sit in a log file (Dockerfile: --logger-class).

Query strings go: filters there may name a sensitive target group (the certificates register's),
and a log line is read by whoever runs the machine. A password reset link's token goes from the
path: Django's confirm view moves it to the session and redirects to …/set-password/ at once,
but the first request, with the token, is still logged. The referrer is cut the same way."""

import re

from gunicorn.glogging import Logger

RESET_TOKEN = re.compile(r"(/password-reset/[^/]+/)(?!set-password/)[^/]+")


def clean(address: str) -> str:
    return RESET_TOKEN.sub(r"\1-", address.split("?", 1)[0])


class AccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        # Every atom, for a log format may name any: the referrer, a header, the raw environ.
        atoms = {
            key: clean(value) if isinstance(value, str) else value
            for key, value in super().atoms(resp, req, environ, request_time).items()
        }
        atoms.update(
            {"q": "", "{query_string}e": "", "r": f"{atoms['m']} {atoms['U']} {atoms['H']}"}
        )
        return atoms
