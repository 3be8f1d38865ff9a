from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.services import Action, audited
from certificates.register import RegisterFilter
from certificates.selectors import may_manage_certificates, register_queryset
from core.exports import csv_response
from core.once import once_run
from core.suppression import count_note, count_page, rounding_note
from core.workbooks import Sheet, workbook_response
from people.counting import flat_labels
from reports.access import sees_everything, sees_reports
from reports.certificates import certificate_counts
from reports.dashboard_pdf import (
    dashboard_filters,
    dashboard_note,
    dashboard_period,
    dashboard_sections,
)
from reports.export_responses import export_response
from reports.forms import ReportFilter
from reports.models import SavedReport
from reports.rollup import counted_note, counting, oldest, recounting
from reports.selectors import REFUSED_NOTE, TOTALS_ONLY_NOTE, tile_lines
from reports.selectors import dashboard as dashboard_of
from reports.tables import report_table
from reports.webinars import webinar_counts
from webinars.models import WebinarPage
from webinars.selectors import sees_report

for _url_name in (
    "reports:certificates",
    "reports:certificates_csv",
    "reports:certificates_xlsx",
):
    count_page(_url_name)
count_page("reports:webinar")
count_page("reports:webinar_csv")
count_page("reports:webinar_xlsx")
count_page("reports:dashboard", "rows=group")
count_page("reports:table_csv", "rows=group")


def _readers_only(request):
    if not sees_reports(request.user):
        raise PermissionDenied


def _coordinators_only(request):
    if not may_manage_certificates(request.user):
        raise PermissionDenied


def _board(request, data=None):
    _readers_only(request)
    form = ReportFilter(request.GET if data is None else data, viewer=request.user)
    scope = form.scope()
    rows, columns = form.picked_dimensions()
    indicator = form.picked_indicator(scope)
    board = dashboard_of(
        scope=scope,
        indicator=indicator,
        rows=rows,
        columns=columns,
        master_id=form.master_id(),
        viewer=request.user,
    )
    return form, indicator, board


@login_required
@audited("reports.dashboard")
def dashboard(request):
    form, indicator, board = _board(request)
    filters = form.filters()
    context = {
        "form": form,
        "board": board,
        "indicator": indicator,
        "query": urlencode(filters),
        "rounding": rounding_note(),
        "counted": counted_note(board.counted_at),
        "filters": filters.items(),
        "everything": form.everything,
        "saved": SavedReport.objects.filter(owner=request.user) if form.everything else [],
    }
    return render(request, "reports/dashboard.html", context)


@login_required
def dashboard_pdf(request):
    """What the dashboard shows, as the donor report PDF in the page's language (audited as an
    export by export_response)."""
    form, _indicator, board = _board(request)
    return export_response(
        request,
        fmt="pdf",
        what="reports.dashboard",
        stem="report",
        title=_("Donor report"),
        period_label=dashboard_period(form),
        filters=dashboard_filters(form),
        sections=dashboard_sections(board),
        suppression_note=" ".join([dashboard_note(), counted_note(board.counted_at)]).strip(),
        language=get_language(),
    )


@login_required
@audited("reports.table", Action.EXPORTED)
def table_export(request, fmt: str):
    _readers_only(request)
    form = ReportFilter(request.GET, viewer=request.user)
    scope = form.scope()
    rows, columns = form.picked_dimensions()
    indicator = form.picked_indicator(scope)
    if indicator is None:
        raise PermissionDenied
    name = f"report-{indicator.key}"
    if scope.group_sensitive:
        board = dashboard_of(
            scope=scope,
            indicator=None,
            rows=rows,
            columns=None,
            master_id=None,
            viewer=request.user,
        )
        return _totals_export(fmt, name, board)
    with counting() as times:
        table = report_table(indicator, scope, rows, columns, viewer=request.user)
    header, lines = table.flat()
    note = [[], [rounding_note()]]
    if counted := counted_note(oldest(times)):
        note.append([counted])
    if table.withheld:
        note.append([_("Sensitive target groups are left out: they would be crossed.")])
    if fmt == "csv":
        return csv_response(f"{name}.csv", header, [*lines, *note])
    return workbook_response(f"{name}.xlsx", [Sheet(table.title, header, [*lines, *note])])


def _totals_export(fmt: str, name: str, board):
    """Filtered by a sensitive target group: the dashboard's tiles (each total suppressed and
    rounded), nothing broken down; refused, as the page is, over fewer people than the
    threshold."""
    header = [_("Counted"), _("Number")]
    if board.refused:
        lines = [[str(REFUSED_NOTE)]]
    else:
        lines = [*tile_lines(board.tiles), [], [rounding_note()]]
    lines.append([str(TOTALS_ONLY_NOTE)])
    if fmt == "csv":
        return csv_response(f"{name}.csv", header, lines)
    return workbook_response(f"{name}.xlsx", [Sheet(_("Counts"), header, lines)])


@login_required
@require_POST
def recount(request):
    """ "Count again now": the view's counts counted live and stored in the rollup."""
    with recounting():
        form, _indicator, _board_counted = _board(request, request.POST)
    messages.success(request, _("The report is counted again."))
    return redirect(f"{reverse('reports:dashboard')}?{urlencode(form.filters())}")


@login_required
@require_POST
def saved_create(request):
    if not sees_everything(request.user):
        raise PermissionDenied
    form = ReportFilter(request.POST, viewer=request.user)
    name = request.POST.get("name", "").strip()[:120]
    back = f"{reverse('reports:dashboard')}?{urlencode(form.filters())}"
    if not name:
        messages.error(request, _("Give the report a name."))
        return redirect(back)

    def save():
        try:
            with transaction.atomic():
                SavedReport.objects.create(name=name, owner=request.user, filters=form.filters())
        except IntegrityError:
            messages.error(request, _("You already have a report of that name."))
            return False
        messages.success(request, _("The report is saved."))
        return True

    return once_run(request, back, save)


@login_required
def saved_open(request, pk: int):
    if not sees_everything(request.user):
        raise PermissionDenied
    saved = get_object_or_404(SavedReport, pk=pk, owner=request.user)
    return redirect(f"{reverse('reports:dashboard')}?{urlencode(saved.filters)}")


@login_required
@require_POST
def saved_delete(request, pk: int):
    if not sees_everything(request.user):
        raise PermissionDenied
    SavedReport.objects.filter(pk=pk, owner=request.user).delete()
    messages.success(request, _("The saved report is deleted."))
    return redirect("reports:dashboard")


# The certificates' counts (were the register's).


def _certificates(request):
    form = RegisterFilter(request.GET, viewer=request.user)
    return form, certificate_counts(form=form, certificates=form.filter(register_queryset()))


@login_required
@audited("certificates.counts")
def certificates(request):
    _coordinators_only(request)
    form, counts = _certificates(request)
    context = {"form": form, "counts": counts, "query": request.GET.urlencode()}
    return render(request, "reports/certificates.html", context)


@login_required
@audited("certificates.counts", Action.EXPORTED)
def certificates_export(request, fmt: str):
    _coordinators_only(request)
    _form, counts = _certificates(request)
    header, rows = counts.flat(flat_labels())
    lines = [*rows, [], [count_note(counts)]]
    if fmt == "csv":
        return csv_response("certificate-counts.csv", header, lines)
    return workbook_response("certificate-counts.xlsx", [Sheet(_("Counts"), header, lines)])


# A webinar's counts (were its report's).


def _webinar(request, page_id: int):
    webinar = get_object_or_404(WebinarPage.objects.live(), pk=page_id)
    if not sees_report(request.user):
        raise PermissionDenied
    return webinar, webinar_counts(webinar.translation_key, viewer=request.user)


@login_required
@audited("webinars.counts")
def webinar(request, page_id: int):
    webinar, counts = _webinar(request, page_id)
    return render(request, "reports/webinar.html", {"webinar": webinar, "counts": counts})


@login_required
@audited("webinars.counts", Action.EXPORTED)
def webinar_export(request, page_id: int, fmt: str):
    webinar, counts = _webinar(request, page_id)
    header, registered = counts["registered"].flat(flat_labels())
    _header, attended = counts["attended"].flat(flat_labels())
    lines = [
        *([_("Registered"), *row] for row in registered),
        *([_("Attended"), *row] for row in attended),
        [],
        [count_note(counts["registered"])],
    ]
    name = f"webinar-{webinar.pk}-counts.{fmt}"
    if fmt == "csv":
        return csv_response(name, [_("Counted"), *header], lines)
    return workbook_response(name, [Sheet(_("Counts"), [_("Counted"), *header], lines)])
