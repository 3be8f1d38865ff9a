"""How often a person or an address may try to sign in, ask for a reset email or sign up.

Each password check costs a slow hash, each reset an email: without a limit, guesses by the
thousand find a password, stall the server, or fill someone's inbox. Per account, so that no
spread of addresses guesses one password; per address (core.addresses), so that no address
tries many accounts. The address limits are high: a class on one Wi-Fi signs up together."""

import unicodedata

from django.utils.translation import gettext_lazy as _

from core.addresses import client_address
from core.ratelimit import Limit

SIGN_IN_FAILURES_PER_ACCOUNT = Limit("people:sign-in-failed:account", count=10, window_seconds=900)
SIGN_IN_FAILURES_PER_ADDRESS = Limit("people:sign-in-failed:address", count=100, window_seconds=900)
RESET_EMAILS_PER_ACCOUNT = Limit("people:reset:account", count=3, window_seconds=3600)
RESET_EMAILS_PER_ADDRESS = Limit("people:reset:address", count=20, window_seconds=3600)
SIGN_UPS_PER_ADDRESS = Limit("people:sign-up:address", count=40, window_seconds=3600)


def too_many(limit: Limit):
    return _("Too many attempts. Wait %(minutes)s minutes and try again.") % {
        "minutes": limit.window_seconds // 60
    }


def account(email: str) -> str:
    # As the sign-in finds the account: case and look-alike forms do not make another account.
    return unicodedata.normalize("NFKC", email or "").strip().casefold()


def sign_in(request, email: str) -> list[tuple[Limit, str]]:
    return [
        (SIGN_IN_FAILURES_PER_ACCOUNT, account(email)),
        (SIGN_IN_FAILURES_PER_ADDRESS, client_address(request)),
    ]


def reset_email(request, email: str) -> list[tuple[Limit, str]]:
    return [
        (RESET_EMAILS_PER_ACCOUNT, account(email)),
        (RESET_EMAILS_PER_ADDRESS, client_address(request)),
    ]


def sign_up(request) -> list[tuple[Limit, str]]:
    return [(SIGN_UPS_PER_ADDRESS, client_address(request))]


def first_reached(pairs: list[tuple[Limit, str]]) -> Limit | None:
    return next((limit for limit, subject in pairs if limit.reached(subject)), None)


def record(pairs: list[tuple[Limit, str]]) -> None:
    for limit, subject in pairs:
        limit.record(subject)
