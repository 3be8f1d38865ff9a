"""Enrolling in a programme, moving on through it, completing it once."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrolment, EnrolmentMode
from people.roles import Role
from programmes.blocks import Kind, RequirementSetBlock, Rule
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.selectors import progress_of, requirement_sets, why_blocked
from programmes.services import (
    ProgrammeRefused,
    programme_check_completion,
    programme_enrol,
    programme_enrol_group,
    programme_leave,
)
from programmes.signals import programme_completed
from tests.factories import UserFactory, build_course, build_programme


def enrolled_keys(user):
    return set(Enrolment.objects.active().filter(user=user).values_list("course_key", flat=True))


def test_enrolling_enrols_in_the_required_courses_not_the_electives(learner, school, three_courses):
    first, budget, joint = three_courses
    programme_enrol(user=learner, programme=school)
    assert enrolled_keys(learner) == {first.translation_key}
    progress = progress_of(learner, school)
    assert progress.next_step.item.key == first.translation_key
    assert not progress.completed


def test_enrolling_twice_is_refused_with_a_message_and_a_cohort_again_changes_nothing(
    learner, coordinator, school
):
    programme_enrol(user=learner, programme=school)
    with pytest.raises(ProgrammeRefused, match="буга чейин эле жазылгансыз"):
        programme_enrol(user=learner, programme=school)
    programme_enrol(user=learner, programme=school, by=coordinator)
    assert ProgrammeEnrolment.objects.filter(user=learner).count() == 1


def test_a_programme_only_coordinators_enrol_in_refuses_a_learner(learner, school):
    school.enrolment_mode = EnrolmentMode.COORDINATOR
    school.save()
    with pytest.raises(ProgrammeRefused):
        programme_enrol(user=learner, programme=school)
    assert not ProgrammeEnrolment.objects.exists()


def test_a_course_that_blocks_is_not_entered_and_says_why(catalogue, learner, coordinator):
    outside = build_course(catalogue, title="Кириш курсу", modules=1, lessons=1)
    blocked = build_course(catalogue, title="Терең курс", modules=1, lessons=1)
    blocked.prerequisites.add(outside)
    blocked.save_revision().publish()
    programme = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, blocked)])])
    programme_enrol(user=learner, programme=programme)
    assert enrolled_keys(learner) == set()  # the programme enrolment stands, the course waits
    assert ProgrammeEnrolment.objects.get(user=learner).is_active
    assert "Кириш курсу" in why_blocked(learner, blocked, by_coordinator=False)


def test_in_order_the_next_course_is_entered_when_the_one_before_completes(
    catalogue, learner, three_courses, complete
):
    first, budget, _joint = three_courses
    programme = build_programme(
        catalogue, [(Rule.ALL, 1, True, [(Kind.COURSE, first), (Kind.COURSE, budget)])]
    )
    programme_enrol(user=learner, programme=programme)
    assert enrolled_keys(learner) == {first.translation_key}
    complete(learner, first)
    assert budget.translation_key in enrolled_keys(learner)


def test_completion_is_recorded_once_and_announced_once(
    learner, school, three_courses, complete, django_capture_on_commit_callbacks
):
    first, budget, _joint = three_courses
    heard = []

    def listener(sender, enrolment, **kwargs):
        heard.append(enrolment.pk)

    programme_completed.connect(listener, dispatch_uid="test-programme")
    try:
        programme_enrol(user=learner, programme=school)
        complete(learner, first)
        assert heard == []
        complete(learner, budget)  # the elective: she enrols in it herself
        enrolment = ProgrammeEnrolment.objects.get(user=learner)
        assert enrolment.completed_at is not None and heard == [enrolment.pk]
        first_time = enrolment.completed_at
        # The same event again (a retried task), and a direct check: nothing twice.
        with django_capture_on_commit_callbacks(execute=True):
            programme_check_completion(enrolment=enrolment)
            programme_check_completion(enrolment=enrolment)
        assert heard == [enrolment.pk]
        assert ProgrammeEnrolment.objects.get(pk=enrolment.pk).completed_at == first_time
    finally:
        programme_completed.disconnect(dispatch_uid="test-programme")


def test_leaving_keeps_the_history_and_coming_back_keeps_it_too(
    learner, school, three_courses, complete
):
    first, *_ = three_courses
    enrolment = programme_enrol(user=learner, programme=school)
    complete(learner, first)
    programme_leave(enrolment=enrolment)
    assert not ProgrammeEnrolment.objects.get(pk=enrolment.pk).is_active
    assert Enrolment.objects.get(user=learner, course_key=first.translation_key).completed_at
    programme_enrol(user=learner, programme=school)
    assert progress_of(learner, school).items_done == 1


def test_a_removed_item_keeps_a_completion_already_recorded(
    learner, school, three_courses, complete
):
    first, budget, _joint = three_courses
    programme_enrol(user=learner, programme=school)
    complete(learner, first)
    complete(learner, budget)
    completed_at = ProgrammeEnrolment.objects.get(user=learner).completed_at
    assert completed_at is not None
    budget.unpublish()
    assert [len(s.items) for s in requirement_sets(school)] == [1, 1]
    programme_check_completion(enrolment=ProgrammeEnrolment.objects.get(user=learner))
    assert ProgrammeEnrolment.objects.get(user=learner).completed_at == completed_at


def test_an_elective_set_asking_for_more_items_than_it_has_is_refused(three_courses):
    block = RequirementSetBlock()
    value = block.to_python(
        {
            "rule": Rule.ANY,
            "count": 3,
            "ordered": False,
            "items": [{"type": "course", "value": page.pk} for page in three_courses[:2]],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_an_order_against_the_prerequisites_is_refused_with_the_names(catalogue, three_courses):
    first, budget, _joint = three_courses
    first.prerequisites.add(budget)  # the first asks for the budget course…
    first.save_revision().publish()
    with pytest.raises(ValidationError) as refused:  # …which the programme puts after it
        build_programme(
            catalogue, [(Rule.ALL, 1, True, [(Kind.COURSE, first), (Kind.COURSE, budget)])]
        )
    assert "Бюджет" in str(refused.value)
    assert not ProgrammePage.objects.exists()


def test_progress_reads_a_fixed_number_of_queries_as_a_programme_grows(catalogue, learner):
    def queries(n):
        courses = [build_course(catalogue, title=f"Курс {n}-{i}", modules=0) for i in range(n)]
        programme = build_programme(
            catalogue,
            [(Rule.ALL, 1, False, [(Kind.COURSE, c) for c in courses[: n // 2]])]
            + [(Rule.ANY, 2, True, [(Kind.SESSION, c) for c in courses[n // 2 :]])],
            title=f"Программа {n}",
            slug=f"programme-{n}",
        )
        programme = type(programme).objects.get(pk=programme.pk)
        with CaptureQueriesContext(connection) as captured:
            progress_of(learner, programme)
        return len(captured)

    assert queries(4) == queries(30)


def test_a_group_opens_what_each_has_done_and_new_people_in_a_fixed_number_of_queries(
    catalogue, three_courses, coordinator, complete
):
    first, second, _ = three_courses
    ordered = build_programme(
        catalogue, [(Rule.ALL, 2, True, [(Kind.COURSE, first), (Kind.COURSE, second)])]
    )
    veteran = UserFactory(role=Role.LEARNER)
    complete(veteran, first)

    def enrol_new(count):
        people = UserFactory.create_batch(count, role=Role.LEARNER)
        with CaptureQueriesContext(connection) as queries:
            programme_enrol_group(created=people, existing=[], programme=ordered, by=coordinator)
        return people, len(queries)

    few, few_queries = enrol_new(3)
    many, many_queries = enrol_new(30)
    assert few_queries == many_queries
    programme_enrol_group(created=[], existing=[veteran], programme=ordered, by=coordinator)
    # The new are in the first course only; she who finished it goes on to the second.
    for person in few + many:
        assert enrolled_keys(person) == {first.translation_key}
        enrolment = ProgrammeEnrolment.objects.get(user=person)
        assert enrolment.is_active and enrolment.enrolled_by == coordinator
    assert second.translation_key in enrolled_keys(veteran)
