"""The person's certificates and the snapshot each keeps of her, for her data file."""

from collections import defaultdict

from certificates.models import Certificate

FIELDS = [
    "id",
    "code",
    "holder_name",
    "course_key",
    "course_title",
    "language",
    "hours",
    "completed_on",
    "started_on",
    "place",
    "issued_at",
    "gender",
    "birth_year",
    "region",
    "country",
    "revoked_at",
    "revoked_reason",
    "superseded_at",
    # A programme's: the items it rests on, and a coordinator's review of it.
    "items",
    "review_requested_at",
    "review_decision",
    "review_note",
    "reviewed_at",
]


def certificates(person):
    """Two queries: the certificates, then the target groups their snapshots keep."""
    rows = list(Certificate.objects.filter(user=person).values(*FIELDS))
    groups = defaultdict(list)
    for certificate_id, slug in Certificate.target_groups.through.objects.filter(
        certificate__user=person
    ).values_list("certificate_id", "targetgroup__slug"):
        groups[certificate_id].append(slug)
    for row in rows:
        row["target_groups"] = groups[row.pop("id")]
    return rows
