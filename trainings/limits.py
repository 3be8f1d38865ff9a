"""How often a person or an address may type a wrong claim code: a code is short enough to type
from a certificate, so guesses are counted, per account and per address (core.addresses)."""

from core.addresses import client_address
from core.ratelimit import Limit
from people.limits import first_reached, record, too_many

CLAIM_FAILURES_PER_ACCOUNT = Limit("trainings:claim-failed:account", count=10, window_seconds=3600)
CLAIM_FAILURES_PER_ADDRESS = Limit("trainings:claim-failed:address", count=50, window_seconds=3600)


def claim(request) -> list[tuple[Limit, str]]:
    return [
        (CLAIM_FAILURES_PER_ACCOUNT, str(request.user.pk)),
        (CLAIM_FAILURES_PER_ADDRESS, client_address(request)),
    ]


__all__ = ["claim", "first_reached", "record", "too_many"]
