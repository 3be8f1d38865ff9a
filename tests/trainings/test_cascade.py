"""The cascade page (issue 14.7): a master trainer's trainers generation by generation, the
sessions they held and the people they reached, each person once; counts suppressed; who may
see which cascade; a query count that does not grow with the cascade."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import TrainerQualification
from people.regions import Region
from people.roles import Role
from tests.factories import UserFactory
from tests.trainings.cascade_fixtures import (
    attend,
    attended_by,
    headcount,
    person,
    qualify,
    session,
    trainer,
)
from trainings.cascade import cascade_of
from trainings.models import Session


@pytest.fixture(autouse=True)
def unrounded(settings):
    """The true counts, one person apart (rounding to 5 is tests/core/test_rounding.py's)."""
    settings.SUPPRESSION_ROUND_TO = 1


def detail_url(master, query=""):
    url = reverse("trainings:cascade_detail", kwargs={"user_id": master.pk})
    return f"{url}?{query}" if query else url


def page(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def generation_rows(soup) -> list[list[str]]:
    table = soup.select_one("table.cascade-generations")
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.select("tbody tr")
    ]


@pytest.fixture
def three_deep(db):
    """Master → Aigerim and Bermet; Aigerim → Cholpon → Dinara. Each of the four below the
    master held a session; a planned one of Dinara's is not held yet."""
    master = trainer("Мастер Айнура")
    aigerim = trainer("Айгерим", trained_by=master)
    bermet = trainer("Бермет", trained_by=master)
    cholpon = trainer("Чолпон", trained_by=aigerim)
    dinara = trainer("Динара", trained_by=cholpon)
    sessions = {
        "aigerim": session(aigerim),
        "bermet": session(bermet, status=Session.Status.CLOSED),
        "cholpon": session(cholpon),
        "dinara": session(dinara),
    }
    session(dinara, status=Session.Status.PLANNED)
    attended_by(sessions["aigerim"], 6)
    attended_by(sessions["bermet"], 7, region=Region.OSH)
    attended_by(sessions["cholpon"], 5, gender="man")
    attended_by(sessions["dinara"], 8)
    return {
        "master": master,
        "aigerim": aigerim,
        "bermet": bermet,
        "cholpon": cholpon,
        "dinara": dinara,
        "sessions": sessions,
    }


def test_generations_three_deep(three_deep, client_for, coordinator):
    soup = page(client_for(coordinator).get(detail_url(three_deep["master"])))
    assert generation_rows(soup) == [
        # generation, trainers, sessions held, people reached, counted by headcount
        ["Мастер тренер", "1", "0", "—", "—"],
        ["1", "2", "2", "13", "—"],
        ["2", "1", "1", "5", "—"],
        ["3", "1", "1", "8", "—"],
        ["Бардыгы", "5", "4", "26", "—"],
    ]
    # The tree nests each trainer under the one who trained her.
    tree = soup.select_one(".cascade-tree")
    dinara = tree.find("a", string="Динара")
    ancestors = [li.find(["a", "strong"]).get_text() for li in dinara.find_parents("li")]
    assert ancestors == ["Динара", "Чолпон", "Айгерим", "Мастер Айнура"]
    bermet = tree.find("a", string="Бермет").find_parent("li")
    assert "1-муун" in bermet.get_text() and "7 камтылды" in bermet.get_text()
    assert "26 адам камтылды" in soup.select_one(".cascade-summary").get_text()


def test_a_person_counts_once_across_sessions_merges_and_her_account(
    three_deep, client_for, coordinator
):
    sessions = three_deep["sessions"]
    # One more woman attends three sessions of three generations.
    again = person("Эркинай")
    for key in ("aigerim", "cholpon", "dinara"):
        attend(sessions[key], again)
    # A record typed twice: the copy, merged into her record, attended another session.
    original = person("Назгүл")
    attend(sessions["aigerim"], original)
    copy = person("Назгул", merged_into=original)
    attend(sessions["bermet"], copy)
    # A merge of a merge: counted as the last record.
    third = person("Назгүл Т.", merged_into=copy)
    attend(sessions["dinara"], third)
    # A woman with an account, in two records (her own and one a trainer typed for her).
    account = UserFactory(role=Role.LEARNER, region=Region.NARYN)
    attend(sessions["cholpon"], person("Жылдыз", user=account))
    attend(sessions["dinara"], person("Жылдыз А.", user=account))
    # Registered but absent every day: not reached.
    attend(sessions["bermet"], person("Келбеген"), present=False)

    cascade = cascade_of(three_deep["master"])
    assert cascade.reached.value == 26 + 3
    soup = page(client_for(coordinator).get(detail_url(three_deep["master"])))
    assert generation_rows(soup)[-1] == ["Бардыгы", "5", "4", "29", "—"]
    # Each generation counts its own people once: Aigerim's and Bermet's sessions reached
    # 13 and Nazgül (twice, as herself and her copy) and Erkinai.
    assert generation_rows(soup)[1] == ["1", "2", "2", "15", "—"]
    everyone = soup.select("table.counts")[0]
    total = everyone.select("tr.total td")[-1].get_text(strip=True)
    assert total == "29"


def test_headcounts_count_apart_the_largest_day_of_a_session(three_deep, client_for, coordinator):
    headcount(three_deep["sessions"]["bermet"], count=50)  # 50 on each of its two days
    soup = page(client_for(coordinator).get(detail_url(three_deep["master"])))
    rows = generation_rows(soup)
    # 50, not 100: the same people on both days. Beside two generations that counted nobody
    # ("<5"), the 50 is hidden too, or the total would give the small ones away.
    assert [row[4] for row in rows] == ["—", "×", "<5", "<5", "50"]
    counted = [t for t in soup.select("table.counts") if "Баш менен" in t.caption.get_text()]
    assert counted and "50" in counted[0].get_text()
    assert "50 адам баш менен эсептелди" in soup.select_one(".cascade-summary").get_text()


def test_small_counts_and_sensitive_groups(three_deep, client_for, coordinator, survivors):
    """Three survivors among Dinara's people: a coordinator sees the sensitive group's total
    alone; Dinara sees no sensitive line at all; no cell anywhere under five."""
    for one in attended_by(three_deep["sessions"]["dinara"], 3, region=Region.TALAS):
        one.target_groups.set([survivors])
    as_coordinator = page(client_for(coordinator).get(detail_url(three_deep["master"])))
    as_dinara = page(client_for(three_deep["dinara"]).get(detail_url(three_deep["dinara"])))
    for soup in (as_coordinator, as_dinara):
        for table in soup.select("table.counts"):
            for cell in table.find_all("td"):
                text = cell.get_text(strip=True)
                assert not text.isdigit() or int(text) >= 5, text
        assert "<5" in soup.get_text()
    sensitive = [t for t in as_coordinator.select("table.counts") if survivors.name in t.get_text()]
    assert len(sensitive) == 1
    assert [td.get_text(strip=True) for td in sensitive[0].find_all("td")] == ["<5"]
    assert survivors.name not in as_dinara.get_text()
    # Picked by the sensitive group: its total, nothing by region, gender or age.
    picked = page(client_for(coordinator).get(detail_url(three_deep["master"], "group=survivors")))
    tables = picked.select("table.counts")
    assert len(tables) == 1 and "Талас облусу" not in tables[0].get_text()
    # A trainer cannot pick it: the group is not hers to see, the table is everyone's.
    dinara_picks = page(
        client_for(three_deep["dinara"]).get(detail_url(three_deep["dinara"], "group=survivors"))
    )
    assert survivors.name not in dinara_picks.get_text()


def test_the_csv_is_the_reach_table(three_deep, client_for, coordinator):
    response = client_for(coordinator).get(
        reverse("trainings:cascade_csv", kwargs={"user_id": three_deep["master"].pk})
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Максаттуу топ"
    naryn = [row for row in rows[1:] if row[:2] == ["Бардык камтылгандар", "Нарын облусу"]]
    assert naryn and naryn[0][-1] == "19"
    assert "<5" in naryn[0]
    for row in rows[1:]:
        for cell in row:
            assert not cell.isdigit() or int(cell) >= 5, row


def test_who_sees_which_cascade(three_deep, client_for, coordinator, learner, other_trainer):
    master = three_deep["master"]
    url = detail_url(master)
    anonymous = client_for().get(url)
    assert anonymous.status_code == 302 and "/sign-in/" in anonymous["Location"]
    participant = UserFactory(role=Role.LEARNER)
    attend(three_deep["sessions"]["aigerim"], person("Катышуучу", user=participant))
    for someone in (learner, participant, other_trainer, three_deep["aigerim"]):
        assert client_for(someone).get(url).status_code == 404, someone
    assert client_for(master).get(url).status_code == 200
    assert client_for(coordinator).get(url).status_code == 200
    # The index: a trainer is sent to her own, a coordinator chooses, a learner is refused.
    index = reverse("trainings:cascade")
    mine = client_for(three_deep["aigerim"]).get(index)
    assert mine.status_code == 302 and mine["Location"] == detail_url(three_deep["aigerim"])
    assert client_for(learner).get(index).status_code == 404
    listing = page(client_for(coordinator).get(index))
    names = [a.get_text() for a in listing.select(".cascade-masters a")]
    assert names == ["Айгерим", "Мастер Айнура", "Чолпон"]
    # A learner's own id is no cascade.
    assert client_for(coordinator).get(detail_url(learner)).status_code == 404
    # A trainer's own tree links nowhere else; a coordinator's links to each trainer's.
    own = page(client_for(three_deep["aigerim"]).get(detail_url(three_deep["aigerim"])))
    assert not own.select(".cascade-tree a")
    assert page(client_for(coordinator).get(url)).select(".cascade-tree a")


def test_a_trainer_trained_twice_and_a_cycle(db, client_for, coordinator):
    """Trained by a first- and a second-generation trainer, she is drawn once, in the second
    generation; an edge back up to the master (another course) ends nowhere."""
    master = trainer("Мастер")
    first = trainer("Биринчи", trained_by=master)
    second = trainer("Экинчи", trained_by=first)
    twice = trainer("Эки жолу", trained_by=second)
    qualify(twice, trained_by=first)
    qualify(master, trained_by=twice)
    qualify(trainer("Күтүүдө"), trained_by=master, status=TrainerQualification.Status.PENDING)
    cascade = cascade_of(master)
    assert {node.name: node.generation for node in cascade.nodes.values()} == {
        "Мастер": 0,
        "Биринчи": 1,
        "Экинчи": 2,
        "Эки жолу": 2,
    }
    assert cascade.nodes[twice.pk].parent == first.pk
    soup = page(client_for(coordinator).get(detail_url(master)))
    assert len(soup.select_one(".cascade-tree").find_all("a", string="Эки жолу")) == 1


def build_chain(depth: int):
    master = trainer("Мастер")
    above = master
    for generation in range(1, depth + 1):
        for n in range(2):
            one = trainer(f"{generation}.{n}", trained_by=above)
            attended_by(session(one), 3)
        above = one
    return master


def queries_for(client, master) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(detail_url(master))
    assert response.status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_cascade(db, client_for, coordinator):
    client = client_for(coordinator)
    shallow, deep = build_chain(2), build_chain(5)
    client.get(detail_url(shallow))  # the session and the user read once, as on any page
    assert len(cascade_of(deep).generations) == 6
    assert queries_for(client, shallow) == queries_for(client, deep)
    with CaptureQueriesContext(connection) as queries:
        cascade_of(deep)
    # The tree, then the counts, read from the stored reach each time (no cache to go stale).
    assert len(queries) == 2
    with CaptureQueriesContext(connection) as queries:
        cascade_of(deep)
    assert len(queries) == 2


def test_the_counts_follow_a_change(three_deep, client_for, coordinator):
    client = client_for(coordinator)
    url = detail_url(three_deep["master"])
    assert generation_rows(page(client.get(url)))[3][3] == "8"
    attended_by(three_deep["sessions"]["dinara"], 2)
    assert generation_rows(page(client.get(url)))[3][3] == "10"
