"""Every URL of ours, requested as each of six people: anonymous, the enrolled learner, another
learner, a trainer of another course, the course's trainer and a coordinator.

The URLs are read from the URL conf, so a new one cannot be left out: the test fails until it has
a line in TABLE saying what each person gets. Objects come from tests/world.py (real rows, made
through the services); what a person is allowed to do with them is each app's own tests' concern,
this one checks who gets through the door.

Outcomes, one word per person in the order of ROLES:
  ok      2xx, the page or file
  login   a redirect to the sign-in page
  no      403 or 404, refused (a 404 where the object's existence is not to be confirmed)
  go      a redirect elsewhere (after a POST, or a signed-in person sent on)
  bad     400: the request is refused as malformed (an empty POST), before any data is reached
A 500 fails the test on its own: the test client raises the view's exception."""

import json
from typing import NamedTuple
from urllib.parse import urlencode

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from programmes.blocks import Kind, Rule
from tests.conftest import ROLES
from tests.factories import build_programme
from tests.h5p.fixtures import launched, statement

GET, POST = "get", "post"

# Parts of the URL conf that are not ours to table, and why.
SKIPPED_INCLUDES = {
    "admin/": "Wagtail's admin: its own permission checks; our admin views are tested in their "
    "apps (tests/people/test_admin_roles.py, tests/audit, tests/h5p/test_admin_upload.py)",
    "documents/": "Wagtail's document serving, governed by collection privacy",
}
SKIPPED_NAMES = {
    "wagtail_serve": "Wagtail serves pages; each page type's access is tested in its app",
    "wagtailcore_authenticate_with_password": "Wagtail's page password form",
    "wagtailcore_login": "Wagtail's login for private pages, Django's LoginView",
}


class Url(NamedTuple):
    method: str
    kwargs: object  # world → the URL's kwargs
    expect: str  # six outcomes, in the order of ROLES
    data: object = None  # (world, client) → (body, content type, headers) for a POST; None: empty


# How each URL's kwargs are made from the world (tests/world.py).
def none(w):
    return {}


def course(w):
    return {"page_id": w.course.pk}


def lesson(w):
    return {"page_id": w.lessons[0].pk}


def cohort(w):
    return {"page_id": w.course.pk, "token": "not-in-her-session"}


def programme(w):
    """A programme of the world's course, made here (the world has none)."""
    if not hasattr(w, "programme"):
        w.programme = build_programme(
            w.catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, w.course)])]
        )
    return {"page_id": w.programme.pk}


def programme_cohort(w):
    return {**programme(w), "token": "not-in-her-session"}


def quiz(w):
    return {"page_id": w.quiz_lesson.pk, "block_id": w.quiz_block}


def attempt(w):
    return {"pk": w.attempt.pk}  # the enrolled learner's


def h5p(w):
    activity_lesson, block = w.h5p
    return {"lesson_id": activity_lesson.pk, "block_id": block}


def h5p_file(w):
    return {**h5p(w), "path": "h5p.json"}


def library(w):
    return {"path": w.h5p_library_file}


def webinar(w):
    return {"page_id": w.webinar.pk}


def code(w):
    return {"code": w.certificate.code}  # the enrolled learner's


def cert(w):
    return {"pk": w.certificate.pk}


def status_list(w):
    return {"number": 0}


def job(w):
    return {"job_id": w.print_job.pk}  # the coordinator's, of the learner's certificate


def training(w):
    return {"pk": w.training_session.pk}  # led by the course's trainer, the learner in it


def training_day(w):
    return {"pk": w.training_session.pk, "day_id": w.training_day.pk}


def attendance_import(w):
    return {"pk": w.training_session.pk, "token": "not-in-her-session"}


def training_closed(w):
    return {"session_id": w.training_closed.pk}  # the trainer's, closed: the learner completed it


def person(w):
    return {"pk": w.people["learner"].pk}


def trainer(w):
    return {"user_id": w.people["trainer"].pk}  # her own cascade


def saved(w):  # the coordinator's saved report
    from reports.models import SavedReport

    report = SavedReport.objects.create(
        name="Q3", owner=w.people["coordinator"], filters={"region": "naryn"}
    )
    return {"pk": report.pk}


def reset(w):
    return w.password_reset  # a valid link for some other person


def person_t(w):  # a participant of the training session, without an account
    return {"pk": w.training_participant.pk}


def merged(w):
    from trainings.services import participant_merge

    participant_merge(
        source=w.training_twice, target=w.training_participant, by=w.people["coordinator"]
    )
    return {"pk": w.training_twice.pk}


def profile(w):  # the learner's community profile (no photo)
    from community.services import profile_for

    return {"kind": "community.profile", "pk": profile_for(w.people["learner"]).pk}


def warning(w):  # a moderator's warning to the learner
    from community.models import Sanction

    sanction = Sanction.objects.create(member=w.people["learner"], kind="warning", reason="x")
    return {"pk": sanction.pk}


def pending(w):
    return {"pk": w.pending_qualification.pk}


def discussion(w):
    """The course's discussion space, with a thread of the enrolled learner's."""
    from discussions.services import space_for_course, thread_create

    if not hasattr(w, "discussion"):
        space = space_for_course(w.course)
        w.discussion = thread_create(
            space=space, author=w.people["learner"], title="Суроо", body="Текст"
        )
    return w.discussion


def d_space(w):
    return {"pk": discussion(w).space_id}


def d_thread(w):
    return {"pk": discussion(w).pk}


def d_post(w):
    return {"pk": discussion(w).opening_id}


def d_image(w):
    from django.core.files.base import ContentFile

    from discussions.models import Image

    image = Image.objects.create(
        post=discussion(w).opening,
        file=ContentFile(b"\x89PNG", name="a.png"),
        content_type="image/png",
        width=1,
        height=1,
    )
    return {"pk": image.pk}


def library_topic(w):
    """A topic of the library whose resources wait for approval (the upload form needs one)."""
    from library.models import Topic

    if not hasattr(w, "library_topic"):
        w.library_topic = Topic.objects.create(name_ky="Укуктар", approval_required=True)
    return {}


def resource(w):
    """A PDF the learner shared, waiting for approval: hers and the moderators' to see."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from library.services import resource_create

    if not hasattr(w, "resource"):
        library_topic(w)
        w.resource = resource_create(
            author=w.people["learner"],
            title="Колдонмо",
            description="Кыскача",
            language="ky",
            topic=w.library_topic,
            upload=SimpleUploadedFile("guide.pdf", b"%PDF-1.4\n%%EOF\n"),
            rights_confirmed=True,
        )
    return {"pk": w.resource.pk}


def mentor(w):
    """The course's trainer is a mentor; the learner asked her (a request waiting) and has an
    agreement with her (made directly: the door is what is tried here, tests/mentoring the
    rules)."""
    if not hasattr(w, "mentoring"):
        import datetime

        from mentoring.models import Agreement, MentorProfile, Request

        learner, trainer = w.people["learner"], w.people["trainer"]
        MentorProfile.objects.create(
            user=trainer, expertise=",leadership,", languages=",ky,", countries=",KG,"
        )
        pending = Request.objects.create(mentee=learner, mentor=trainer, goals="Лидерлик")
        accepted = Request.objects.create(
            mentee=learner, mentor=trainer, goals="Карьера", status=Request.Status.ACCEPTED
        )
        start = datetime.date(2026, 1, 10)
        agreement = Agreement.objects.create(
            request=accepted,
            mentor=trainer,
            mentee=learner,
            goals="Карьера",
            starts_on=start,
            ends_on=start + datetime.timedelta(days=90),
            frequency="monthly",
        )
        w.mentoring = (trainer, pending, agreement)
    return {"pk": w.mentoring[0].pk}


def mentoring_request(w):
    mentor(w)
    return {"pk": w.mentoring[1].pk}


def mentoring_agreement(w):
    mentor(w)
    return {"pk": w.mentoring[2].pk}


def monthly_report(w):
    """A stored monthly report (its PDF made by hand: the door is what is tried here)."""
    import datetime

    from django.core.files.base import ContentFile

    from reports.models import MonthlyReport

    report = MonthlyReport(
        period_start=datetime.date(2026, 11, 1), period_end=datetime.date(2026, 11, 30)
    )
    report.language = "ky"
    report.file.save("report.pdf", ContentFile(b"%PDF-1.7"))
    return {"pk": report.pk}


# POST bodies, where an empty form would not reach the check that matters.
def xapi(w, client):
    # As the player does: open it first (the server launches the play for those who may
    # play it), then post with that launch's token, so the check that matters is reached.
    activity_lesson, block = w.h5p
    launched(client, (None, activity_lesson, block))
    return json.dumps(statement(raw=1)), "application/json", {"X-H5P-Launch": client.h5p_launch}


def pair(w, client):
    body = {"source": w.training_twice.pk, "target": w.training_participant.pk}
    return urlencode(body), "application/x-www-form-urlencoded", {}


# One line per URL: method, kwargs, and the outcome for each person, in the order of
# ROLES: anonymous, learner, other learner, trainer of another course, the course's trainer,
# coordinator. ("no" is denied: 403 or 404.)
# fmt: off
TABLE = {
    "healthz":                         Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "set_language":                    Url(POST, none,    "bad   bad   bad   bad   bad   bad"),
    "h5p:player":                      Url(GET,  h5p,     "no    ok    no    no    ok    ok"),
    "h5p:package_root":                Url(GET,  h5p,     "no    no    no    no    no    no"),
    "h5p:package_file":                Url(GET,  h5p_file,"no    ok    no    no    ok    ok"),
    "h5p:xapi":                        Url(POST, h5p,     "no    ok    no    no    no    no", xapi),
    "h5p:state":                       Url(GET,  h5p,     "no    ok    no    no    ok    ok"),
    "h5p:library_root":                Url(GET,  none,    "no    no    no    no    no    no"),
    "h5p:library_file":                Url(GET,  library, "no    ok    ok    ok    ok    ok"),
    "people:sign_up":                  Url(GET,  none,    "ok    go    go    go    go    go"),
    "people:sign_in":                  Url(GET,  none,    "ok    go    go    go    go    go"),
    "people:sign_out":                 Url(POST, none,    "go    go    go    go    go    go"),
    "people:profile":                  Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "people:password_change":          Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "people:delete_account":           Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "people:my_data":                  Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "people:password_reset":           Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "people:password_reset_done":      Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "people:password_reset_confirm":   Url(GET,  reset,   "go    go    go    go    go    go"),
    "people:password_reset_complete":  Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "people:data_notice":              Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "people:consent_agree":            Url(POST, none,    "login go    go    go    go    go"),
    "people:person_detail":            Url(GET,  person,  "login no    no    no    no    ok"),
    "courses:my_learning":             Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "courses:enrol":                   Url(POST, course,  "login go    go    go    go    go"),
    "courses:withdraw":                Url(POST, course,  "login go    go    go    go    go"),
    "courses:mark_done":               Url(POST, lesson,  "login go    go    go    go    go"),
    "courses:cohort_upload":           Url(GET,  course,  "login no    no    no    no    ok"),
    "courses:cohort_sample":           Url(GET,  course,  "login no    no    no    no    ok"),
    "courses:cohort_confirm":          Url(POST, cohort,  "login no    no    no    no    go"),
    "programme_cohort:upload":         Url(GET,  programme, "login no   no    no    no    ok"),
    "programme_cohort:sample":         Url(GET,  programme, "login no   no    no    no    ok"),
    "programme_cohort:confirm":        Url(POST, programme_cohort, "login no no no   no    go"),
    "quizzes:start":                   Url(POST, quiz,    "login go    go    go    go    go"),
    "quizzes:report":                  Url(GET,  quiz,    "login no    no    no    ok    ok"),
    "quizzes:take":                    Url(GET,  attempt, "login ok    no    no    no    no"),
    "quizzes:result":                  Url(GET,  attempt, "login go    no    no    no    no"),
    "h5p_reports:results":             Url(GET,  h5p,     "no    no    no    no    ok    ok"),
    "h5p_reports:results_csv":         Url(GET,  h5p,     "no    no    no    no    ok    ok"),
    "webinars:register":               Url(POST, webinar, "login go    go    go    go    go"),
    "webinars:cancel":                 Url(POST, webinar, "login go    go    go    go    go"),
    "webinars:calendar":               Url(GET,  webinar, "ok    ok    ok    ok    ok    ok"),
    "webinars:watched":                Url(POST, webinar, "login bad   bad   bad   bad   bad"),
    "webinars:report":                 Url(GET,  webinar, "login no    no    no    no    ok"),
    "certificates:verify":             Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "credentials:did":                 Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "credentials:issuer":              Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "credentials:status_list":         Url(GET,  status_list, "ok ok    ok    ok    ok    ok"),
    "credentials:download":            Url(GET,  code,    "login ok    no    no    no    ok"),
    "credential_pages:verify":         Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "certificates:verify_code":        Url(GET,  code,    "ok    ok    ok    ok    ok    ok"),
    "certificates:download":           Url(GET,  code,    "login ok    no    no    no    ok"),
    "certificates:register":           Url(GET,  none,    "login no    no    no    no    ok"),
    "certificates:print_create":       Url(POST, none,    "login no    no    no    no    go"),
    "certificates:manage":             Url(GET,  cert,    "login no    no    no    no    ok"),
    "certificates:programme_reviews":  Url(GET,  none,    "login no    no    no    no    ok"),
    "certificates:programme_review":   Url(POST, cert,    "login no    no    no    no    go"),
    "certificates:print_job":          Url(GET,  job,     "login no    no    no    no    ok"),
    "certificates:print_job_download": Url(GET,  job,     "login no    no    no    no    ok"),
    "certificates:print_job_retry":    Url(POST, job,     "login no    no    no    no    go"),
    "trainings:session_list":          Url(GET,  none,    "login no    no    ok    ok    ok"),
    "trainings:session_new":           Url(GET,  none,    "login no    no    ok    ok    ok"),
    "trainings:session_detail":        Url(GET,  training,"login no    no    no    ok    ok"),
    "trainings:session_edit":          Url(GET,  training,"login no    no    no    ok    ok"),
    "trainings:participants_add":      Url(GET,  training,"login no    no    no    ok    ok"),
    "trainings:session_hold":          Url(POST, training,"login no    no    no    go    go"),
    "trainings:session_close":         Url(POST, training,"login no    no    no    go    go"),
    "trainings:participant_detail":    Url(GET,  person_t,"login no    no    no    ok    ok"),
    "trainings:participant_edit":      Url(GET,  person_t,"login no    no    no    ok    ok"),
    "trainings:duplicates":            Url(GET,  none,    "login no    no    no    no    ok"),
    "trainings:merge":                 Url(POST, none,    "login no    no    no    no    go", pair),
    "trainings:unmerge":               Url(POST, merged,  "login no    no    no    no    go"),
    "trainings:qualifications":        Url(GET,  none,    "login no    no    ok    ok    ok"),
    "trainings:qualification_confirm": Url(POST, pending, "login no    no    no    go    go"),
    "trainings:claim":                 Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "trainings:sheet":                 Url(GET,  training_day, "login no no  no    ok    ok"),
    "trainings:attendance":            Url(GET,  training_day, "login no no  no    ok    ok"),
    "trainings:attendance_import":     Url(GET,  training, "login no    no    no    ok    ok"),
    "trainings:attendance_import_confirm": Url(POST, attendance_import, "login no no no go go"),
    "trainings:headcount":             Url(GET,  training_day, "login no no  no    ok    ok"),
    "certificates:session_certificates": Url(GET, training_closed, "login no no no ok ok"),
    "certificates:session_print":      Url(POST, training_closed, "login no no no go go"),
    "trainings:completion": Url(GET, training_closed, "login no no no ok ok"),
    "trainings:cascade":               Url(GET,  none,    "login no    no    go    go    ok"),
    # A trainer reports over her own sessions and cascade (tests/reports/test_dashboard.py).
    "reports:dashboard":               Url(GET,  none,    "login no    no    ok    ok    ok"),
    "reports:table_csv":               Url(GET,  none,    "login no    no    ok    ok    ok"),
    "reports:table_xlsx":              Url(GET,  none,    "login no    no    ok    ok    ok"),
    "reports:dashboard_pdf":           Url(GET,  none,    "login no    no    ok    ok    ok"),
    "reports:recount":                 Url(POST, none,    "login no    no    go    go    go"),
    "reports:saved_create":            Url(POST, none,    "login no    no    no    no    go"),
    "reports:saved_open":              Url(GET,  saved,   "login no    no    no    no    go"),
    "reports:saved_delete":            Url(POST, saved,   "login no    no    no    no    go"),
    "reports:certificates":            Url(GET,  none,    "login no    no    no    no    ok"),
    "reports:certificates_csv":        Url(GET,  none,    "login no    no    no    no    ok"),
    "reports:certificates_xlsx":       Url(GET,  none,    "login no    no    no    no    ok"),
    "reports:webinar":                 Url(GET,  webinar, "login no    no    no    no    ok"),
    "reports:webinar_csv":             Url(GET,  webinar, "login no    no    no    no    ok"),
    "reports:webinar_xlsx":            Url(GET,  webinar, "login no    no    no    no    ok"),
    "trainings:cascade_detail":        Url(GET,  trainer, "login no    no    no    ok    ok"),
    "trainings:cascade_csv":           Url(GET,  trainer, "login no    no    no    ok    ok"),
    "programmes:enrol":                Url(POST, programme, "login go  go    go    go    go"),
    "programmes:leave":                Url(POST, programme, "login go  go    go    go    go"),
    "community:home":                  Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "community:guidelines":            Url(GET,  none,    "ok    ok    ok    ok    ok    ok"),
    "community:profile_edit":          Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "community:member":                Url(GET,  person,  "login ok    ok    ok    ok    ok"),
    "community:member_photo":          Url(GET,  person,  "login no    no    no    no    no"),
    "community:block":                 Url(POST, person,  "login go    go    go    go    go"),
    "community:sanction_new":          Url(GET,  person,  "login no    no    no    no    ok"),
    "community:sanction":              Url(GET,  warning, "login ok    no    no    no    ok"),
    "community:report":                Url(GET,  profile, "login ok    ok    ok    ok    ok"),
    "community:queue":                 Url(GET,  none,    "login no    no    no    no    ok"),
    "community:moderate":              Url(POST, profile, "login no    no    no    no    go"),
    "library:list":                    Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "library:mine":                    Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "library:upload":                  Url(GET,  library_topic, "login ok ok  ok    ok    ok"),
    "library:detail":                  Url(GET,  resource, "login ok   no    no    no    ok"),
    "library:file":                    Url(GET,  resource, "login ok   no    no    no    ok"),
    # The learner asked the trainer to mentor her (a request waiting) and has an agreement
    # with her: tests/mentoring tries the seven people of the community, and each rule.
    "mentoring:mentors":               Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "mentoring:mentor":                Url(GET,  mentor,  "login ok    ok    ok    ok    ok"),
    "mentoring:request_send":          Url(POST, mentor,  "login go    go    go    go    go"),
    "mentoring:profile":               Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "mentoring:mine":                  Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "mentoring:request":               Url(GET,  mentoring_request, "login ok no no ok   no"),
    "mentoring:accept":                Url(POST, mentoring_request, "login no no no go   no"),
    "mentoring:decline":               Url(POST, mentoring_request, "login no no no go   no"),
    "mentoring:withdraw":              Url(POST, mentoring_request, "login go no no no   no"),
    "mentoring:agreement":             Url(GET,  mentoring_agreement, "login ok no no ok ok"),
    "mentoring:meeting_add":           Url(POST, mentoring_agreement, "login go no no go no"),
    "mentoring:consent":               Url(POST, mentoring_agreement, "login go no no go no"),
    "mentoring:end":                   Url(POST, mentoring_agreement, "login go no no go no"),
    "mentoring:feedback":              Url(POST, mentoring_agreement, "login go no no go no"),
    "mentoring:coordinate":            Url(GET,  none,    "login no    no    no    no    ok"),
    "mentoring:propose":               Url(POST, none,    "login no    no    no    no    go"),
    "mentoring:mark":                  Url(POST, none,    "login no    no    no    no    go"),
    "mentoring:scheme":                Url(POST, none,    "login no    no    no    no    go"),
    "mentoring:counts":                Url(GET,  none,    "login no    no    no    no    ok"),
    # A course's discussion: its learner, its trainer and coordinators (tests/discussions).
    "discussions:spaces":              Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "discussions:preferences":         Url(GET,  none,    "login ok    ok    ok    ok    ok"),
    "discussions:course_space":        Url(GET,  course,  "login go    no    no    go    go"),
    "discussions:space":               Url(GET,  d_space, "login ok    no    no    ok    ok"),
    "discussions:thread_new":          Url(GET,  d_space, "login ok    no    no    ok    ok"),
    "discussions:thread":              Url(GET,  d_thread,"login ok    no    no    ok    ok"),
    "discussions:reply":               Url(POST, d_thread,"login ok    no    no    ok    ok"),
    "discussions:edit":                Url(GET,  d_post,  "login ok    no    no    no    no"),
    "discussions:image":               Url(GET,  d_image, "login ok    no    no    ok    ok"),
    "reports:monthly-download":        Url(GET,  monthly_report, "login no no   no    no    ok"),
    "stuck_work":                      Url(GET,  none,    "login no    no    no    no    ok"),
    "stuck_retry":                     Url(POST, none,    "login no    no    no    no    go"),
    "authoring_guide":                 Url(GET,  none,    "login no    no    ok    ok    ok"),

}
# fmt: on


def _patterns(resolver, namespace=""):
    """(name, pattern) for every URL of ours in the conf, included ones too."""
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern) in SKIPPED_INCLUDES:
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, inner)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}{entry.name}" if entry.name else None
            if name not in SKIPPED_NAMES:
                yield name, str(entry.pattern)


def test_every_url_in_the_conf_is_in_the_table():
    found = dict(_patterns(get_resolver()))
    assert None not in found, f"a URL without a name cannot be tabled: {found.get(None)}"
    missing = sorted(set(found) - set(TABLE))
    assert not missing, f"add a line to TABLE for each of {missing}"
    gone = sorted(set(TABLE) - set(found))
    assert not gone, f"TABLE names URLs the conf no longer has: {gone}"


def _outcome(response, sign_in: str) -> str:
    status = response.status_code
    if 200 <= status < 300:
        return "ok"
    if status in (301, 302, 303):
        return "login" if response["Location"].split("?")[0] == sign_in else "go"
    return {400: "bad", 403: "no", 404: "no"}.get(status, str(status))


def _request(client, url: str, entry: Url, world):
    if entry.method == GET:
        response = client.get(url)
        # A 404 outside the language prefix is sent into it by LocaleMiddleware (Wagtail
        # answers every /ky/ path): that redirect is the 404's, so the 404 is what counts.
        if response.status_code == 302 and response["Location"] == f"/ky{url}":
            response = client.get(response["Location"])
        return response
    if entry.data is None:
        return client.post(url)
    body, content_type, headers = entry.data(world, client)
    return client.post(url, body, content_type=content_type, headers=headers)


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_person_gets_what_the_table_says(name, world, client_for):
    entry = TABLE[name]
    expected = entry.expect.split()
    assert len(expected) == len(ROLES), f"{name}: one outcome per person in {ROLES}"
    with translation.override("ky"):
        url = reverse(name, kwargs=entry.kwargs(world))
        sign_in = reverse("people:sign_in")
    got = [
        _outcome(_request(client_for(world.people[role]), url, entry, world), sign_in)
        for role in ROLES
    ]
    pairs = zip(ROLES, got, expected, strict=True)
    wrong = [f"{role}: {g}, not {e}" for role, g, e in pairs if g != e]
    assert not wrong, f"{entry.method.upper()} {url}: " + "; ".join(wrong)
