"""Deleting an account, by any way there is, leaves each of her certificates only what its
verification shows: the sensitive membership, region, gender and birth year go, and the register
no longer counts or lists her in any group (issue 12.6)."""

import pytest

from certificates.models import Certificate
from certificates.register import RegisterFilter
from certificates.services import certificate_issue
from people.models import User
from reports.certificates import certificate_counts
from tests.certificates.conftest import complete
from tests.factories import PASSWORD, UserFactory
from tests.helpers import translated


@pytest.fixture(autouse=True)
def unrounded(settings):
    """The true counts, one person apart (rounding to 5 is tests/core/test_rounding.py's)."""
    settings.SUPPRESSION_ROUND_TO = 1


@pytest.fixture
def survivor_certificates(course, template, survivors, youth):
    """Six survivors in Naryn born in 1990, so the survivors' count is shown, not suppressed."""
    people = [
        UserFactory(target_groups=[survivors, youth], birth_year=1990, full_name=f"Бермет {n}")
        for n in range(6)
    ]
    return [certificate_issue(enrolment=complete(p, course), course=course) for p in people]


def survivors_total(viewer, survivors) -> str:
    table = certificate_counts(
        form=RegisterFilter({}, viewer=viewer), certificates=Certificate.objects.current()
    )
    # A sensitive group is its own total, never crossed (core.suppression.count_table).
    return next((str(cell) for name, cell in table.sensitive if name == survivors.name), "")


def listed_under(viewer, survivors) -> set[str]:
    form = RegisterFilter({"group": survivors.slug}, viewer=viewer)
    return set(form.filter(Certificate.objects.all()).values_list("code", flat=True))


def delete_herself(client_for, person):
    response = client_for(person).post("/ky/account/delete/", {"password": PASSWORD})
    assert response.status_code == 302


def delete_in_admin(client_for, person):
    administrator = UserFactory(role="Administrator")
    response = client_for(administrator).post(f"/admin/users/delete/{person.pk}/")
    assert response.status_code == 302


def delete_in_bulk(client_for, person):
    administrator = UserFactory(role="Administrator")
    client_for(administrator).post(
        f"/admin/bulk/people/user/delete/?next=/admin/users/&id={person.pk}", {}
    )


def delete_in_code(client_for, person):
    User.objects.filter(pk=person.pk).delete()


@pytest.mark.parametrize(
    "delete", [delete_herself, delete_in_admin, delete_in_bulk, delete_in_code]
)
def test_deletion_leaves_the_certificate_only_what_verification_shows(
    client_for, coordinator, survivors, survivor_certificates, delete
):
    certificate = survivor_certificates[0]
    person = certificate.user
    assert survivors_total(coordinator, survivors) == "6"
    assert certificate.code in listed_under(coordinator, survivors)

    delete(client_for, person)

    assert not User.objects.filter(pk=person.pk).exists()
    certificate.refresh_from_db()
    assert certificate.user_id is None
    assert list(certificate.target_groups.all()) == []
    assert (certificate.gender, certificate.birth_year) == ("", None)
    assert (certificate.region, certificate.country) == ("", "")
    # What verification shows stays.
    assert certificate.holder_name == "Бермет 0" and certificate.status == "valid"
    page = client_for().get(f"/ky/certificates/verify/{certificate.code}/").content.decode()
    assert "Бермет 0" in page and certificate.course_title in page

    assert survivors_total(coordinator, survivors) == "5"
    assert certificate.code not in listed_under(coordinator, survivors)
    # The others' snapshots are untouched.
    other = survivor_certificates[1]
    other.refresh_from_db()
    assert other.birth_year == 1990 and set(other.target_groups.all()) >= {survivors}


NOTICE_STAYS = (
    "Each certificate issued to you stays verifiable, so that anyone you showed it to can still "
    "check it. It keeps only what its verification page and its PDF show: the name it was issued "
    "to, the course or webinar and its hours, the date, the language it was issued in, its "
    "verification code and its status (valid, revoked with the reason, or replaced). Your "
    "gender, birth year, region, country and groups are removed from it, so that no report "
    "counts you in any group, region, gender or age any more."
)


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_data_notice_says_what_a_certificate_keeps(db, client_for, language):
    html = client_for().get(f"/{language}/data-notice/").content.decode()
    expected = NOTICE_STAYS if language == "en" else translated(NOTICE_STAYS, language)
    assert expected in html
