"""The sign-in sheet of one session day, printed for people to sign: A4 landscape, in the
session's language, the session's details and a QR code of its page at the top, then the
registered participants, then blank rows for those who come without being registered.

It reuses what the certificates render with: the project's fonts (core.fonts, with the Kyrgyz
letters) and the QR code and font configuration of core.pdf."""

from functools import cache
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, translation

from core import fonts
from core.pdf import font_config, qr_data_uri
from people.models import Gender
from people.regions import Region, SettlementType
from trainings.attendance import hours_text
from trainings.attendance_selectors import (
    course_title,
    registrations_of,
    session_page_path,
    shown_participant,
)
from trainings.models import Session, SessionDay

# Blank rows under the registered ones: enough to reach the session's capacity, at least a few
# for people who come unannounced, and never more than a few pages of them.
MIN_BLANK_ROWS, MAX_BLANK_ROWS = 5, 60
STYLESHEET = Path(__file__).parent / "templates" / "trainings" / "attendance" / "sheet.css"


def blank_rows(session: Session, registered: int) -> int:
    return min(MAX_BLANK_ROWS, max(MIN_BLANK_ROWS, session.capacity - registered))


def sheet_context(session: Session, day: SessionDay, *, root: str) -> dict:
    """What the sheet prints, in the active language; `root` is the site's address (the QR
    code and the data notice are printed in full, to be typed or scanned)."""
    root = root.rstrip("/")
    registrations = list(registrations_of(session))
    people = []
    for number, registration in enumerate(registrations, start=1):
        person = shown_participant(registration)
        people.append(
            {
                "number": number,
                "name": person.full_name,
                "gender": str(Gender(person.gender).label) if person.gender else "",
                "birth_year": person.birth_year or "",
                "settlement": person.settlement,
                "phone": person.phone,
            }
        )
    start = len(people) + 1
    blanks = range(start, start + blank_rows(session, len(people)))
    days = list(session.days.all())
    trainers = [session.lead_trainer, *session.co_trainers.all()]
    place = [
        session.venue,
        session.settlement,
        session.district,
        str(Region(session.region).label) if session.region else "",
    ]
    page_url = root + session_page_path(session)
    return {
        "session": session,
        "day": day,
        "day_number": next((i for i, each in enumerate(days, 1) if each.pk == day.pk), 1),
        "day_count": len(days),
        "date": formats.date_format(day.date, "DATE_FORMAT"),
        "hours": hours_text(day.hours),
        "course": course_title(session, session.language),
        "place": ", ".join(part for part in place if part),
        "settlement_type": SettlementType(session.settlement_type).label
        if session.settlement_type
        else "",
        "trainers": ", ".join(person.full_name or person.email for person in trainers),
        "project": str(session.project) if session.project_id else "",
        "people": people,
        "blanks": blanks,
        "page_url": page_url,
        "qr": qr_data_uri(page_url),
        "notice_url": root + reverse("people:data_notice"),
    }


def sheet_html(session: Session, day: SessionDay, *, root: str) -> str:
    with translation.override(session.language):
        return render_to_string(
            "trainings/attendance/sheet.html", sheet_context(session, day, root=root)
        )


@cache
def _stylesheet():
    from weasyprint import CSS

    return CSS(
        string=fonts.font_face_css() + STYLESHEET.read_text(encoding="utf-8"),
        font_config=font_config(),
    )


def sheet_pdf(session: Session, day: SessionDay, *, root: str) -> bytes:
    """The day's sign-in sheet as a PDF, in the session's language."""
    from weasyprint import HTML

    html = sheet_html(session, day, root=root)
    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(
        font_config=font_config(), stylesheets=[_stylesheet()]
    )
    return document.write_pdf()


def sheet_filename(session: Session, day: SessionDay) -> str:
    return f"sign-in-sheet-{session.pk}-{day.date.isoformat()}.pdf"
