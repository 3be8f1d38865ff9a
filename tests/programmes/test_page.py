"""The programme page shows its requirement sets and, to an enrolled learner, her progress."""

from programmes.services import programme_enrol


def test_a_visitor_sees_the_requirements_in_kyrgyz(client, school, three_courses):
    page = client.get(school.url)
    assert page.status_code == 200
    text = page.content.decode()
    assert all(course.title in text for course in three_courses)
    assert "Requirements" not in text  # translated


def test_an_enrolled_learner_sees_her_next_step(client_for, learner, school, three_courses):
    programme_enrol(user=learner, programme=school)
    text = client_for(learner).get(school.url).content.decode()
    first = three_courses[0]
    assert f'Кийинки кадам: <a href="{first.url}">{first.title}</a>' in text
    assert "Аткарылды: 2 ичинен 0." in text
