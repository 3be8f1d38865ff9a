"""Each indicator on the hand-computed dataset of conftest.py: the raw numbers (before
suppression), then what the page shows."""

import datetime

import pytest

from reports.indicators import Scope, sessions_count, totals

ALL = {
    "enrolled": 9,  # six women and three men, each once
    "enrolments": 10,  # one woman is enrolled in two courses
    "completed": 4,
    "completions": 4,
    "certified": 4,
    "certificates": 4,
    "webinar_registered": 7,
    "webinar_registrations": 7,
    "webinar_attended": 5,
    "webinar_attendances": 5,
    "face_to_face_people": 7,  # the merged record is the woman she was merged into
    "face_to_face_participations": 9,  # seven in the first session, two in the second
    "programme_enrolled": 0,
    "programme_completed": 0,
    "mentees": 1,
    "mentoring_pairs": 1,
    "mentoring_meetings": 2,
}


@pytest.mark.django_db
def test_every_indicator_over_everything(data):
    assert totals(Scope()) == ALL
    assert sessions_count(Scope()) == 2  # the planned session is not held


@pytest.mark.django_db
def test_a_period_counts_what_happened_in_it(data):
    march = Scope(start=datetime.date(2026, 3, 1), end=datetime.date(2026, 3, 31))
    found = totals(march)
    assert found["enrolled"] == 6 and found["enrolments"] == 7
    assert found["completed"] == found["certified"] == found["webinar_registered"] == 0
    assert found["face_to_face_people"] == 0 and found["mentoring_meetings"] == 0
    may = Scope(start=datetime.date(2026, 5, 1), end=datetime.date(2026, 5, 31))
    found = totals(may)
    assert found["enrolled"] == 0
    assert found["webinar_registered"] == 7 and found["webinar_attended"] == 5
    assert found["face_to_face_people"] == 7 and found["face_to_face_participations"] == 7
    assert found["mentoring_meetings"] == 2 and found["mentoring_pairs"] == 1
    assert sessions_count(may) == 1
    june = Scope(start=datetime.date(2026, 6, 1), end=datetime.date(2026, 6, 30))
    assert totals(june)["face_to_face_people"] == 1  # her and her merged record: one person
    assert totals(june)["face_to_face_participations"] == 2
    assert sessions_count(june) == 1


@pytest.mark.django_db
def test_a_course_counts_its_own_and_leaves_out_what_it_does_not_concern(data):
    found = totals(Scope(course_keys=frozenset({data["course"].translation_key})))
    assert found["enrolled"] == 9 and found["enrolments"] == 9
    assert found["certified"] == 4
    assert "webinar_registered" not in found and "mentees" not in found
    # The sessions are of another (the trainer-of-trainers) course.
    assert found["face_to_face_people"] == 0
    other = totals(Scope(course_keys=frozenset({data["other"].translation_key})))
    assert other["enrolled"] == 1 and other["certified"] == 0


@pytest.mark.django_db
def test_a_webinar_a_session_and_an_oblast(data):
    webinar = totals(Scope(webinar_keys=frozenset({data["webinar"].translation_key})))
    assert webinar["webinar_registered"] == 7 and "enrolled" not in webinar
    first = data["sessions"][0]
    session = totals(Scope(session_ids=frozenset({first.pk})))
    assert session["face_to_face_people"] == 7 and session["face_to_face_participations"] == 7
    assert "enrolled" not in session and session["certified"] == 0
    assert sessions_count(Scope(session_ids=frozenset({first.pk}))) == 1
    talas = totals(Scope(region="talas"))
    assert talas["enrolled"] == 3 and talas["webinar_registered"] == 1
    assert talas["face_to_face_people"] == 0 and talas["certified"] == 0


@pytest.mark.django_db
def test_a_trainer_counts_her_own_sessions_only(data):
    hers = totals(Scope(trainer_id=data["lead"].pk))
    assert hers == {"face_to_face_people": 7, "face_to_face_participations": 9}
    assert totals(Scope(trainer_id=data["master"].pk)) == {
        "face_to_face_people": 0,
        "face_to_face_participations": 0,
    }


@pytest.mark.django_db
def test_tiles_queries_stay_flat(data, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        totals(Scope())


@pytest.mark.django_db
def test_age_bands_are_a_setting(data, settings, coordinator):
    from reports.dimensions import REGISTRY
    from reports.indicators import INDICATORS, counts_by

    ages = counts_by(INDICATORS["enrolled"], Scope(), [REGISTRY["age"]])
    year = datetime.date.today().year
    assert ages == {(_band(year - 2000),): 6, (_band(year - 1980),): 3}
    settings.REPORTS_AGE_BANDS = [(0, 39), (40, None)]
    ages = counts_by(INDICATORS["enrolled"], Scope(), [REGISTRY["age"]])
    assert ages == {("0-39",): 6, ("40-",): 3}


def _band(age: int) -> str:
    for start, end in [(15, 17), (18, 24), (25, 34), (35, 49), (50, 64), (65, None)]:
        if age >= start and (end is None or age <= end):
            return f"{start}-{end or ''}"
    return ""


@pytest.mark.django_db
def test_a_new_dimension_is_a_few_lines(data, monkeypatch, coordinator):
    """As the Washington Group's disability questions will be: registered, and its field's
    path given for the sources that carry it; the others count everyone as "Not given"."""
    from reports import dimensions
    from reports.indicators import INDICATORS, SOURCES
    from reports.tables import report_table

    dimension = dimensions.Dimension(
        "organisation",
        "Organisation",
        "organisation",
        lambda viewer: [("НКО", "НКО"), ("", "Not given")],
    )
    monkeypatch.setitem(dimensions.REGISTRY, "organisation", dimension)
    monkeypatch.setitem(SOURCES["enrolments"].fields, "organisation", "user__organisation")
    for woman in data["women"]:
        woman.organisation = "НКО"
        woman.save(update_fields=["organisation"])
    table = report_table(INDICATORS["enrolled"], Scope(), dimension, None, viewer=coordinator)
    assert [(label, [str(c) for c in cells]) for label, cells in table.lines] == [
        ("НКО", ["×"]),  # 6, hidden with the 3 beside it
        ("Not given", ["<5"]),
    ]
    assert [str(c) for c in table.total] == ["10"]
    certified = report_table(INDICATORS["certified"], Scope(), dimension, None, viewer=coordinator)
    assert certified.refused  # four certificates: under the threshold, the total alone


@pytest.mark.django_db
def test_by_disability_from_the_washington_group_answers(data, coordinator):
    from reports.dimensions import REGISTRY
    from reports.indicators import INDICATORS, counts_by

    woman = data["women"][0]
    woman.wg_seeing = "a_lot"
    woman.save()
    found = counts_by(INDICATORS["enrolled"], Scope(), [REGISTRY["disability"]])
    assert found == {("yes",): 1, ("",): 8}  # the others answered nothing: not known
    f2f = counts_by(INDICATORS["face_to_face_people"], Scope(), [REGISTRY["disability"]])
    assert f2f == {("",): 7}  # light records: no answers


@pytest.mark.django_db
def test_records_of_one_account_are_one_person_as_merges_move(data, coordinator):
    """Two records of one account, never merged, are one person; a record merged into one of
    them, and merged out again, moves with the merge (trainings.reach keeps counts_as)."""
    from tests.factories import UserFactory
    from tests.trainings.cascade_fixtures import attend, person
    from trainings.services import participant_merge, participant_unmerge

    first, second, _planned = data["sessions"]
    account = UserFactory()
    attend(first, person("Айна", user=account))
    attend(second, person("Айна Т.", user=account))  # typed again in the second session
    found = totals(Scope())
    assert found["face_to_face_people"] == 7 + 1  # her two records: one person
    assert found["face_to_face_participations"] == 9 + 2
    stray = person("Айна Токтогулова")
    attend(second, stray)
    assert totals(Scope())["face_to_face_people"] == 7 + 2  # a third record: somebody else
    participant_merge(source=stray, target=data["records"][0], by=coordinator)
    assert totals(Scope())["face_to_face_people"] == 7 + 1  # now the first woman
    stray.refresh_from_db()
    participant_unmerge(participant=stray, by=coordinator)
    assert totals(Scope())["face_to_face_people"] == 7 + 2
