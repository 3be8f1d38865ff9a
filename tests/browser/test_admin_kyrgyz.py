"""The Wagtail admin in Kyrgyz: a trainer and a coordinator whose preferred language is Kyrgyz
sign in to /admin/ and open every admin screen they use; no screen shows an English UI word.

What counts as English: a run of three or more Latin letters in the visible text or in a title,
placeholder, aria-label or alt attribute, once e-mail addresses, web addresses and the names in
ALLOWED are taken out. The test data is in Kyrgyz, so a Latin word is the interface's.

Nothing is excused as still untranslated: every upstream catalogue under locale/admin/ is
translated whole (tests/lms/test_admin_kyrgyz.py), and a Wagtail upgrade that brings new
messages fails there and here until they are translated."""

import re
from collections import defaultdict
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page

from certificates.models import CertificateTemplate
from courses.models import CourseIndexPage, LessonPage
from people.models import TargetGroup
from people.roles import Role
from quizzes.models import Question, QuestionBank, Quiz, QuizQuestion
from tests.certificates.conftest import BODY
from tests.factories import PASSWORD, UserFactory, build_course
from tests.quizzes.conftest import choices

pytestmark = pytest.mark.browser

# Names that are the same in every language, and Latin words that are not the interface's.
ALLOWED = {
    "H5P", "PDF", "CSV", "XLSX", "SVG", "PNG", "JPEG", "JPG", "GIF", "WebP", "WEBP", "AVIF",
    "HEIC", "MP4", "MP3",  # formats, named as their files are
    "URL", "ID", "GMT", "UTC",  # abbreviations Kyrgyz writes in Latin letters
    "Wagtail", "JavaScript", "Lumi", "Moodle",  # products (Lumi and Moodle: H5P's authoring tools)
    "English",  # the language's own name in the language menu
    "Letter",  # the US Letter paper size of the certificate templates
    "Ctrl", "Shift", "Alt", "Cmd", "Option", "Esc", "Enter",  # keys, as the keyboard shows them
    # Python's None, printed by Wagtail 8.0.1's templates where a value is missing (a listing of
    # one page has no model name; the side panels' counters before they count): not a message.
    "None",
    "Root",  # the title of Wagtail's root page: a row in the database, the same in every language
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
NOT_UI = re.compile(
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+|https?://\S+|/[\w/.-]+/|\b\w+\.(org|com|kg)\b|\{\w+\}"
)
RESULTS = Path("test-results")

# Every text node outside scripts and styles, every title, placeholder, aria-label and alt,
# the document's title; the time zones' names in the account's select are data, not interface.
# The date picker's "Save Selected" (jquery.datetimepicker, vendored by Wagtail 8.0.1, with the
# English hard-coded) is for picking several dates, which Wagtail never turns on: never shown.
SKIPPED = (
    "script, style, template, noscript, textarea, iframe, select[name$=current_time_zone],"
    " .xdsoft_save_selected"
)
COLLECT = """(skipped) => {
  const texts = [[document.title, "title"]];
  const where = (element) => {
    const parent = element.parentElement;
    return `${element.tagName}.${element.className} < ${parent ? parent.tagName : ""}`;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || parent.closest(skipped)) continue;
    const text = walker.currentNode.textContent.trim();
    if (text) texts.push([text, where(parent)]);
  }
  for (const element of document.querySelectorAll("[title], [placeholder], [aria-label], [alt]")) {
    if (element.closest(skipped)) continue;
    for (const name of ["title", "placeholder", "aria-label", "alt"]) {
      const value = element.getAttribute(name);
      if (value && value.trim()) texts.push([value.trim(), `${name} of ${where(element)}`]);
    }
  }
  return texts;
}"""


class Reader:
    """Reads each screen and keeps what is English."""

    def __init__(self, page):
        self.page = page
        # The target groups' slugs are data (a column of their list), Latin by design.
        self.data = set(TargetGroup.objects.values_list("slug", flat=True))
        self.english: dict[str, set[str]] = defaultdict(set)  # screen → texts

    def read(self, screen: str, url: str) -> None:
        response = self.page.goto(url)
        assert response.status == 200, (screen, url, response.status)
        self.page.wait_for_load_state("networkidle")
        assert self.page.url.split("?")[0].endswith(url.split("?")[0]), (screen, self.page.url)
        assert self.page.locator("html").get_attribute("lang") == "ky", screen
        for text, where in self.page.evaluate(COLLECT, SKIPPED):
            if text in self.data:
                continue
            rest = NOT_UI.sub(" ", text)
            words = [word for word in LATIN_WORD.findall(rest) if word not in ALLOWED]
            if words:
                self.english[screen].add(f"{text} [{where}]")

    def report(self, who: str) -> None:
        RESULTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(RESULTS / f"admin-kyrgyz-{who}.png"))
        with (RESULTS / f"admin-kyrgyz-english-{who}.txt").open("w", encoding="utf-8") as out:
            for screen, texts in self.english.items():
                out.write(f"{screen}: {sorted(texts)}\n")
        assert dict(self.english) == {}


@pytest.fixture
def site(transactional_db):
    """A catalogue and a course in Kyrgyz, the trainer's page permissions on the catalogue (as
    the demo gives them), a quiz and its questions, a certificate template, and a lesson the
    trainer has submitted to the coordinators' approval."""
    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    trainers = Group.objects.get(name=Role.TRAINER)
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=trainers,
            page=catalogue,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    trainer = UserFactory(role=Role.TRAINER, preferred_language="ky", email="trainer@tendik.kg")
    coordinator = UserFactory(
        role=Role.COORDINATOR, preferred_language="ky", email="coordinator@tendik.kg"
    )
    course = build_course(catalogue, title="Гендердик теңчилик негиздери", modules=1)
    course.trainers.add(trainer)
    course.save_revision().publish()
    bank = QuestionBank.objects.create(title="Теңчилик суроолору")
    question = Question.objects.create(
        bank=bank,
        kind="single",
        text="Конвенция качан кабыл алынган?",
        choices=choices(("1979", True), ("1995", False)),
    )
    quiz = Quiz.objects.create(title="Теңчилик боюнча тест")
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    CertificateTemplate.objects.create(
        locale=Locale.objects.get(language_code="ky"),
        is_default=True,
        name="Негизги",
        title="Сертификат",
        body=BODY,
    )
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    lesson.body.append(("text", "<p>Жаңы абзац.</p>"))
    lesson.save_revision(user=trainer)
    lesson.get_workflow().start(lesson, trainer)
    assert LessonPage.objects.get(pk=lesson.pk).workflow_in_progress
    return {
        "trainer": trainer,
        "coordinator": coordinator,
        "catalogue": catalogue,
        "course": course,
        "lesson": lesson,
        "bank": bank,
        "quiz": quiz,
        "question": question,
    }


def sign_in_to_admin(page, reader, email):
    """The sign-in page, read before signing in, then the sign-in itself."""
    page.context.clear_cookies()
    reader.read("sign-in", "/admin/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def trainer_screens(s) -> list[tuple[str, str]]:
    """Every admin screen a trainer uses: (name, address)."""
    catalogue, course, lesson = s["catalogue"].pk, s["course"].pk, s["lesson"].pk
    return [
        ("dashboard", "/admin/"),
        ("explorer", f"/admin/pages/{catalogue}/"),
        ("explorer of a course", f"/admin/pages/{course}/"),
        ("search", "/admin/pages/search/?q=теңчилик"),
        ("course editor", f"/admin/pages/{course}/edit/"),
        ("lesson editor (in moderation)", f"/admin/pages/{lesson}/edit/"),
        ("page type to add", f"/admin/pages/{catalogue}/add_subpage/"),
        ("new course", f"/admin/pages/add/courses/coursepage/{catalogue}/"),
        ("course history", f"/admin/pages/{course}/history/"),
        ("lesson workflow history", f"/admin/pages/{lesson}/workflow_history/"),
        ("workflows report", "/admin/reports/workflow/"),
        ("workflow tasks report", "/admin/reports/workflow_tasks/"),
        ("images", "/admin/images/"),
        ("image upload", "/admin/images/multiple/add/"),
        ("documents", "/admin/documents/"),
        ("document upload", "/admin/documents/multiple/add/"),
        ("media", "/admin/media/"),
        ("video upload", "/admin/media/video/add/"),
        ("audio upload", "/admin/media/audio/add/"),
        ("target groups", "/admin/snippets/people/targetgroup/"),
        ("quizzes", "/admin/snippets/quizzes/quiz/"),
        ("quiz editor", f"/admin/snippets/quizzes/quiz/edit/{s['quiz'].pk}/"),
        ("new quiz", "/admin/snippets/quizzes/quiz/add/"),
        ("question banks", "/admin/snippets/quizzes/questionbank/"),
        ("questions", "/admin/snippets/quizzes/question/"),
        ("question editor", f"/admin/snippets/quizzes/question/edit/{s['question'].pk}/"),
        ("new question", "/admin/snippets/quizzes/question/add/"),
        ("H5P packages", "/admin/h5p_packages/"),
        ("H5P upload", "/admin/h5p_packages/new/"),
        ("translations report", "/admin/localize/reports/translations/"),
        ("account and password", "/admin/account/"),
    ]


def coordinator_screens(s) -> list[tuple[str, str]]:
    """A coordinator's screens: the trainer's, and the approval, the certificate templates,
    the projects, the library's topics, the discussion spaces, the people."""
    return [
        *trainer_screens(s),
        ("explorer root", "/admin/pages/"),
        ("locked pages", "/admin/reports/locked/"),
        ("certificate templates", "/admin/snippets/certificates/certificatetemplate/"),
        ("new certificate template", "/admin/snippets/certificates/certificatetemplate/add/"),
        ("projects", "/admin/snippets/trainings/project/"),
        ("new project", "/admin/snippets/trainings/project/add/"),
        ("library topics", "/admin/snippets/library/topic/"),
        ("discussion spaces", "/admin/snippets/discussions/space/"),
        ("people", "/admin/users/"),
        ("new person", "/admin/users/new/"),
        ("a person", f"/admin/users/edit/{s['trainer'].pk}/"),
    ]


def test_the_trainer_reads_the_admin_in_kyrgyz(page, site):
    reader = Reader(page)
    sign_in_to_admin(page, reader, "trainer@tendik.kg")
    for screen, url in trainer_screens(site):
        reader.read(screen, url)
    reader.report("trainer")


def test_the_coordinator_reads_the_admin_in_kyrgyz(page, site):
    reader = Reader(page)
    sign_in_to_admin(page, reader, "coordinator@tendik.kg")
    for screen, url in coordinator_screens(site):
        reader.read(screen, url)
    # The approval: the task's review form from the dashboard's "Awaiting your review".
    reader.read("dashboard, awaiting review", "/admin/")
    reader.report("coordinator")
