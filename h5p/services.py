"""Writes of the H5P app: uploading and processing a package, and recording what a learner did."""

import logging
import math
import zipfile
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import Enrolment
from courses.services import EnrolmentRefused, active_enrolment, lesson_activity_met
from h5p import store
from h5p.models import H5PLaunch, H5PLibrary, H5PPackage, H5PResult, H5PStatement
from h5p.selectors import Activity
from h5p.validation import inspect_package, open_archive
from outbox.services import enqueue, enqueue_on_commit
from people.models import User

logger = logging.getLogger(__name__)
Status = H5PPackage.Status


@transaction.atomic
def package_upload(*, title: str, upload, user: User) -> H5PPackage:
    """Keep the uploaded file where the worker finds it, and queue it for processing after
    commit."""
    package = H5PPackage.objects.create(
        title=title,
        uploaded_by=user,
        file_name=getattr(upload, "name", "")[:255],
        language=translation.get_language() or "",
    )
    path = package.upload_path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "xb") as sink:
            for chunk in upload.chunks():
                sink.write(chunk)
    except BaseException:
        store.discard(path)
        raise
    from h5p.tasks import package_process as package_process_task

    # A broker that is down leaves the package "queued": beat or an administrator queues it
    # again (packages_requeue), and the upload still answers normally.
    enqueue_on_commit(package_process_task, package.pk)
    return package


def packages_requeue(*, packages) -> int:
    """Queue again packages that wait for a worker (status "queued", or one a worker died
    processing): each goes back to "queued" and is processed once (package_process claims it).
    Returns how many were handed to the broker."""
    from h5p.tasks import package_process as package_process_task

    queued = 0
    for package in packages:
        H5PPackage.objects.filter(
            pk=package.pk, status__in=[Status.QUEUED, Status.VALIDATING, Status.EXTRACTING]
        ).update(status=Status.QUEUED)
        queued += enqueue(package_process_task, package.pk)
    return queued


def _set_status(package: H5PPackage, status: str, **fields) -> None:
    package.status = status
    for name, value in fields.items():
        setattr(package, name, value)
    package.save(update_fields=["status", *fields])


def package_process(*, package_id: int) -> H5PPackage:
    """Validate, then extract. A package that fails keeps only its row, with every reason in
    the uploader's language; none of its files stay on disk. Running it again changes nothing:
    only the run that moves it out of "queued" processes it, so a package queued twice (by the
    upload and by beat) is not extracted twice at once."""
    claimed = H5PPackage.objects.filter(pk=package_id, status=Status.QUEUED).update(
        status=Status.VALIDATING
    )
    package = H5PPackage.objects.select_related("uploaded_by").get(pk=package_id)
    if not claimed:
        return package
    upload = package.upload_path
    uploader = package.uploaded_by
    language = package.language or (uploader.preferred_language if uploader else None)
    with translation.override(language):
        try:
            return _process(package, upload, uploader)
        except (store.Oversized, zipfile.BadZipFile, EOFError):
            reason = _("The package is damaged: a file in it does not match its size or checksum.")
        except Exception:
            logger.exception("H5P package %s could not be processed", package.pk)
            reason = _("The package could not be processed. Try again, or tell an administrator.")
        finally:
            store.discard(upload)
        # Whatever step failed, nothing of the package stays (libraries installed before the
        # failure are complete and valid, and stay in the store).
        store.discard(package.content_path)
        _set_status(package, Status.FAILED, errors=[reason], processed_at=timezone.now())
        return package


def _process(package: H5PPackage, upload: Path, uploader: User | None) -> H5PPackage:
    _set_status(package, Status.VALIDATING)
    archive, problem = open_archive(upload)
    if archive is None:
        _set_status(package, Status.FAILED, errors=[problem], processed_at=timezone.now())
        return package
    with archive:
        installed = {
            library.folder: library.dependencies
            for library in H5PLibrary.objects.only(
                "machine_name", "major_version", "minor_version", "dependencies"
            )
        }
        may_install = uploader is not None and uploader.has_perm("h5p.install_h5plibrary")
        inspection = inspect_package(archive, installed=installed, may_install=may_install)
        if not inspection.ok:
            _set_status(
                package, Status.FAILED, errors=inspection.errors, processed_at=timezone.now()
            )
            return package

        _set_status(package, Status.EXTRACTING)
        new = {library.folder: library for library in inspection.to_install}
        content, library_folders = store.extract(archive, libraries=list(new))
    try:
        for folder, path in library_folders.items():
            # False: another upload installed the same version meanwhile; its copy is kept.
            store.move_into_place(path, store.library_path(folder))
            library = new[folder]
            try:
                with transaction.atomic():
                    H5PLibrary.objects.get_or_create(
                        machine_name=library.machine_name,
                        major_version=library.major,
                        minor_version=library.minor,
                        defaults={
                            "patch_version": library.patch,
                            "title": library.title,
                            "dependencies": library.dependencies,
                            "installed_by": uploader,
                        },
                    )
            except IntegrityError:
                pass
        if not store.move_into_place(content, package.content_path):
            raise FileExistsError(package.content_path)
    finally:
        store.discard_work(content)
    needed = {
        library.folder: library
        for library in H5PLibrary.objects.filter(
            machine_name__in={folder.rsplit("-", 1)[0] for folder in inspection.needed}
        )
    }
    with transaction.atomic():
        package.libraries.set([needed[folder] for folder in inspection.needed if folder in needed])
        _set_status(
            package,
            Status.READY,
            errors=[],
            manifest=inspection.manifest,
            main_library=inspection.manifest.get("mainLibrary", ""),
            processed_at=timezone.now(),
        )
    return package


class StatementRefused(Exception):
    """The statement cannot be recorded (not a statement, no enrolment, no launch of hers)."""


class StatementCapped(StatementRefused):
    """She has sent this activity more statements than are kept (H5P_STATEMENTS_MAX)."""


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def read_result(statement: dict) -> dict:
    """The parts of a statement that count: whether it is a top-level statement with a result
    (an attempt), and its score and completion. Statements with a parent context are the
    sub-questions of a bigger activity (a question set's questions): they never count."""
    context = statement.get("context") or {}
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    has_parent = isinstance(activities, dict) and bool(activities.get("parent"))
    result = statement.get("result")
    verb = statement.get("verb") or {}
    verb_id = verb.get("id", "") if isinstance(verb, dict) else ""
    fields = {"verb": str(verb_id)[:255], "is_attempt": False}
    if has_parent or not isinstance(result, dict):
        return fields
    score = result.get("score") if isinstance(result.get("score"), dict) else {}
    raw, top, scaled = (_number(score.get(key)) for key in ("raw", "max", "scaled"))
    percent = None
    if raw is not None and top:
        percent = max(0.0, min(100.0, 100 * raw / top))
    elif scaled is not None:
        percent = max(0.0, min(100.0, 100 * scaled))
    completion = result.get("completion")
    success = result.get("success")
    fields.update(
        is_attempt=True,
        score_raw=raw,
        score_max=top,
        percent=percent,
        completion=completion if isinstance(completion, bool) else None,
        success=success if isinstance(success, bool) else None,
    )
    return fields


def mastered(activity: Activity, result: H5PResult, fields: dict) -> bool:
    """The block's mastery rule: its pass mark when it has one, else completion."""
    if activity.pass_mark:
        return result.best_percent is not None and result.best_percent >= activity.pass_mark
    return bool(fields.get("completion")) or fields["verb"].endswith("/completed")


def _enrolment_of(user: User, activity: Activity) -> Enrolment:
    """Her active enrolment in the activity's course (`courses.services.active_enrolment`);
    none is refused as any other statement is."""
    try:
        return active_enrolment(user=user, course=activity.course)
    except EnrolmentRefused as refusal:
        raise StatementRefused("not enrolled") from refusal


@transaction.atomic
def launch_start(*, enrolment: Enrolment, activity: Activity) -> H5PLaunch:
    """A play of the activity, started now by the server for an enrolled learner. Only the latest
    H5P_LAUNCHES_KEPT are kept per learner and activity, so reloading the player grows nothing."""
    launch = H5PLaunch.objects.create(
        enrolment=enrolment,
        lesson_key=activity.lesson.translation_key,
        block_id=activity.block_id,
    )
    older = H5PLaunch.objects.filter(
        enrolment=enrolment, lesson_key=launch.lesson_key, block_id=launch.block_id
    ).order_by("-started_at", "-pk")[settings.H5P_LAUNCHES_KEPT :]
    H5PLaunch.objects.filter(pk__in=list(older.values_list("pk", flat=True))).delete()
    return launch


def _launch_of(token, enrolment: Enrolment, activity: Activity) -> H5PLaunch:
    """Her launch of this very activity: an unknown token, another learner's or another
    activity's is refused alike, so that none of them tells anything."""
    launch = (
        H5PLaunch.objects.filter(
            token=token,
            enrolment=enrolment,
            lesson_key=activity.lesson.translation_key,
            block_id=activity.block_id,
        ).first()
        if isinstance(token, str) and token
        else None
    )
    if launch is None:
        raise StatementRefused(
            _("This activity was not started from its page for you: reload the page to play it.")
        )
    return launch


def statement_record(
    *, user: User, activity: Activity, statement: dict, token: str | None, now=None
) -> H5PStatement:
    """Keep the statement, bound to the signed-in learner whatever actor it names and to the
    launch whose token it carries; count it as an attempt when it is a top-level statement with
    a result that arrived at least H5P_MIN_SECONDS after the launch, then check completion.
    Past H5P_STATEMENTS_MAX statements nothing more is kept (StatementCapped, raised once the
    transaction is committed): an attempt still updates her one result row, so that playing on
    never loses her best score or completion."""
    record = _statement_keep(
        user=user, activity=activity, statement=statement, token=token, now=now or timezone.now()
    )
    if record is None:
        raise StatementCapped(
            _(
                "This activity has received as many statements from you as are kept: no more "
                "are kept. Your best score and completion stay as they are."
            )
        )
    return record


@transaction.atomic
def _statement_keep(*, user, activity, statement, token, now) -> H5PStatement | None:
    if not isinstance(statement, dict):
        raise StatementRefused("not a statement")
    enrolment = _enrolment_of(user, activity)
    launch = _launch_of(token, enrolment, activity)
    fields = read_result(statement)
    too_soon = (now - launch.started_at).total_seconds() < settings.H5P_MIN_SECONDS
    if fields["is_attempt"] and too_soon:
        fields.update(is_attempt=False, early=True)
    # Her result row is the lock that serialises her statements for this activity.
    result, _created = H5PResult.objects.select_for_update().get_or_create(
        enrolment=enrolment,
        lesson_key=activity.lesson.translation_key,
        block_id=activity.block_id,
    )
    record = None
    if result.statements < settings.H5P_STATEMENTS_MAX:
        record = H5PStatement.objects.create(
            enrolment=enrolment,
            lesson_key=activity.lesson.translation_key,
            block_id=activity.block_id,
            package=activity.package,
            launch=launch,
            statement=statement,
            **fields,
        )
        result.statements += 1
    newly_complete = False
    if fields["is_attempt"]:
        result.attempts += 1
        result.last_attempt_at = now
        percent = fields["percent"]
        if percent is not None and (result.best_percent is None or percent > result.best_percent):
            result.best_percent = percent
            result.best_raw = fields["score_raw"]
            result.best_max = fields["score_max"]
        newly_complete = result.completed_at is None and mastered(activity, result, fields)
        if newly_complete:
            result.completed_at = now
    result.save()
    if newly_complete:
        lesson_activity_met(enrolment=enrolment, lesson=activity.lesson, course=activity.course)
    return record


@transaction.atomic
def state_save(*, user: User, activity: Activity, state: str) -> H5PResult:
    """H5P's resume state for this learner and activity; an empty state forgets it."""
    enrolment = _enrolment_of(user, activity)
    result, _created = H5PResult.objects.select_for_update().get_or_create(
        enrolment=enrolment,
        lesson_key=activity.lesson.translation_key,
        block_id=activity.block_id,
    )
    result.state = state
    result.save(update_fields=["state"])
    return result
