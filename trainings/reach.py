"""The stored reach (trainings.models.reach): who each lead trainer reached, kept right in the
same transaction as every change that moves it, so that the cascade's counts are right the
moment after.

`reach_refresh` is the one way to keep it: given the records (or accounts) a change touched,
it takes every record that counts as the same people (merged into them or they into others,
the records of the same account), forgets those people's rows and writes them again from the
attendance. Called by the services that record attendance (a day, an imported file), correct,
merge, unmerge or claim a record and change a session's lead trainer; by receivers
for what other apps change (an account's profile and target groups, a record's target groups,
an account deleted). `reach_rebuild` writes every row again (the migration that made them; a
bulk load).

Who counts as reached: a person who attended at least one day (present on the signed sheet)
of a session she was registered for; the session's lead trainer reached her. A record merged
into another counts as the record it was merged into (merges of merges followed), a record
with an account as that account, with the account's profile and target groups (the account
is the person; a light record has its own)."""

from django.db import connection, transaction
from django.db.models import Q

from people.models import User
from trainings.models import (
    Attendance,
    Participant,
    ReachedMember,
    ReachedPerson,
    Registration,
    Session,
    TrainerReach,
)

# Rows of the people touched beyond this are written again all at once.
LARGEST_REFRESH = 20_000


@transaction.atomic
def reach_refresh(*, participants=(), users=()) -> None:
    """The reach of the people these records (ids) and accounts (ids) are, written again."""
    records, people = _locked(set(participants), set(users))
    if not records:
        return  # nobody these are was ever reached
    if len(records) > LARGEST_REFRESH:
        reach_rebuild()
        return
    rows = ReachedPerson.objects.filter(person__in=people)
    trainers = set(rows.values_list("trainer_id", flat=True))
    ReachedMember.objects.filter(person__in=people).delete()
    rows.delete()
    _write(sorted(records), sorted(people))
    _count(sorted(trainers | set(rows.values_list("trainer_id", flat=True))))


@transaction.atomic
def reach_rebuild() -> None:
    TrainerReach.objects.all().delete()
    ReachedMember.objects.all().delete()
    ReachedPerson.objects.all().delete()
    _write(None, None)
    _count(None)


def _count(trainers: list | None) -> None:
    """Each of these trainers' (every trainer's: None) people counted again."""
    only = ""
    if trainers is not None:
        if not trainers:
            return
        # Her counts are written by one transaction at a time, which sees the others' rows.
        list(
            User.objects.select_for_update()
            .filter(pk__in=trainers)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        TrainerReach.objects.filter(trainer__in=trainers).delete()
        only = f"WHERE trainer_id IN ({', '.join(['%s'] * len(trainers))})"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {_table(TrainerReach)} (trainer_id, reached, alone)
SELECT trainer_id, COUNT(*), SUM(CASE WHEN shared THEN 0 ELSE 1 END)
FROM {_table(ReachedPerson)} {only} GROUP BY trainer_id""",  # noqa: S608
            trainers or [],
        )


def _locked(records: set, accounts: set) -> tuple[set, set]:
    """`_people_of`, their records locked: a refresh of the same people (or a merge of them) in
    another transaction waits for this one, then sees what it wrote. Looked at again once
    locked, in case a merge that held them changed who they are."""
    locked: set = set()
    while True:
        records, accounts = _people_of(records, accounts)
        if records <= locked:
            return records, records | {-account for account in accounts}
        list(
            Participant.objects.select_for_update()
            .filter(pk__in=records - locked)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        locked |= records


def _people_of(records: set, accounts: set) -> tuple[set, set]:
    """Every record that counts as one of the people of `records` and `accounts` (merged into
    them, they into it, of the same account), and every account among them."""
    while True:
        rows = list(
            Participant.objects.filter(
                Q(pk__in=records) | Q(merged_into__in=records) | Q(user__in=accounts)
            ).values_list("pk", "merged_into_id", "user_id")
        )
        more = records | {pk for pk, _into, _user in rows}
        more |= {into for _pk, into, _user in rows if into}
        more_accounts = accounts | {user for _pk, _into, user in rows if user}
        if more == records and more_accounts == accounts:
            return records, accounts
        records, accounts = more, more_accounts


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _write(records: list | None, people: list | None) -> None:
    """Write who `records` (every record: None) count as, then their reach from the attendance:
    one statement for each, one for their target groups."""
    q = connection.ops.quote_name
    participant = _table(Participant)
    marks = ", ".join(["%s"] * len(records)) if records is not None else None
    only = f"WHERE id IN ({marks})" if marks else ""
    # Only our table names (quoted) and fixed clauses go into the text; every value is a
    # parameter.
    # Who each record counts as, kept on the record (the reports count by it): the record she
    # was merged into, merges of merges followed up to one merged into no other; its account.
    identity_sql = f"""WITH RECURSIVE
up (pid, root) AS (
    SELECT id, id FROM {participant} {only}
    UNION
    SELECT up.pid, p.merged_into_id FROM up JOIN {participant} p ON p.id = up.root
    WHERE p.merged_into_id IS NOT NULL
),
final AS (
    SELECT up.pid, up.root FROM up JOIN {participant} p ON p.id = up.root
    WHERE p.merged_into_id IS NULL
)
UPDATE {participant} SET counts_as = CASE WHEN r.user_id IS NULL THEN r.id ELSE -r.user_id END
FROM final JOIN {participant} r ON r.id = final.root
WHERE {participant}.id = final.pid
"""  # noqa: S608
    of_records = f"AND reg.participant_id IN ({marks})" if marks else ""
    people_sql = f"""WITH came AS (
    SELECT DISTINCT s.lead_trainer_id AS trainer, rec.counts_as AS person
    FROM {_table(Registration)} reg
    JOIN {participant} rec ON rec.id = reg.participant_id
    JOIN {_table(Session)} s ON s.id = reg.session_id
    WHERE EXISTS (
        SELECT 1 FROM {_table(Attendance)} a WHERE a.registration_id = reg.id AND a.present
    ) {of_records}
)
INSERT INTO {_table(ReachedPerson)}
    (trainer_id, person, shared, region, gender, birth_year, settlement_type)
SELECT came.trainer, came.person, COUNT(*) OVER (PARTITION BY came.person) > 1,
    COALESCE(u.region, p.region, ''), COALESCE(u.gender, p.gender, ''),
    COALESCE(u.birth_year, p.birth_year),
    COALESCE(u.settlement_type, p.settlement_type, '')
FROM came
LEFT JOIN {participant} p ON p.id = came.person
LEFT JOIN {_table(User)} u ON u.id = -came.person
"""  # noqa: S608
    keys = f"AND f.person IN ({', '.join(['%s'] * len(people))})" if people is not None else ""
    members_sql = f"""
INSERT INTO {_table(ReachedMember)} (trainer_id, person, group_id, shared, region, gender)
SELECT f.trainer_id, f.person, m.targetgroup_id, f.shared, f.region, f.gender
FROM {_table(ReachedPerson)} f
JOIN {q(Participant.target_groups.through._meta.db_table)} m ON m.participant_id = f.person
WHERE f.person > 0 {keys}
UNION ALL
SELECT f.trainer_id, f.person, m.targetgroup_id, f.shared, f.region, f.gender
FROM {_table(ReachedPerson)} f
JOIN {q(User.target_groups.through._meta.db_table)} m ON m.user_id = -f.person
WHERE f.person < 0 {keys}
"""  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(identity_sql, records or [])
        cursor.execute(people_sql, records or [])
        cursor.execute(members_sql, [*(people or []), *(people or [])])


# Receivers (set up in apps.py) for what changes a person's counted profile outside this app.

COUNTED_FIELDS = {"region", "gender", "birth_year", "settlement_type"}


def account_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    if created or (update_fields is not None and not set(update_fields) & COUNTED_FIELDS):
        return  # a new account reached nobody; a sign-in or a password counts nothing
    if Participant.objects.filter(user=instance).exists():
        reach_refresh(users=[instance.pk])


def account_deleting(sender, instance, **kwargs) -> None:
    instance._reach_records = list(
        Participant.objects.filter(user=instance).values_list("pk", flat=True)
    )


def account_deleted(sender, instance, **kwargs) -> None:
    records = getattr(instance, "_reach_records", [])
    if records:
        reach_refresh(participants=records, users=[instance.pk])


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    owners = set(pk_set or ()) if reverse else {instance.pk}
    if reverse and action == "post_clear":
        return  # a target group emptied as it is deleted: its rows go with it
    if sender is User.target_groups.through:
        reach_refresh(users=owners)
    else:
        reach_refresh(participants=owners)
