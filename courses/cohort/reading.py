"""Reading a cohort file (.csv or .xlsx): its header must name the columns right, and its rows
are then checked (courses.cohort.rows). Also the sample file a coordinator downloads, in the
page's language."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from core.tabular import TableRefused, header_check, read_table, upload_data
from courses.cohort.rows import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    CohortPreview,
    check_rows,
)
from courses.models import CoursePage
from people.models import TargetGroup
from people.models.user import Gender
from people.regions import Region, SettlementType

# The file as a whole cannot be read; the message is in the person's language.
CohortFileError = TableRefused


def cohort_parse(uploaded_file, *, course: CoursePage | None = None) -> CohortPreview:
    """Read and check an uploaded .csv or .xlsx file. Raises CohortFileError when the file as a
    whole cannot be used; a row's own problems are listed on the row. With `course`, people
    already enrolled in it are noted."""
    extension, data = upload_data(uploaded_file)
    header: list[str] = []

    def find_header(cells: list[str]) -> int:
        # The first row that is not blank names the columns, and must name them right.
        header.extend(cell.strip().lower() for cell in cells)
        while header and not header[-1]:
            header.pop()
        header_check(header, required=REQUIRED_COLUMNS, optional=OPTIONAL_COLUMNS)
        return len(header)

    table = read_table(extension, data, find_header=find_header, max_rows=settings.COHORT_MAX_ROWS)
    body = list(table.rows)
    if table.header is None:
        raise CohortFileError(_("The file is empty."), code="empty")
    if not body:
        raise CohortFileError(_("The file has no rows under its header."), code="no_rows")
    return CohortPreview(rows=check_rows(body, header=header, course=course))


# A sample file, in the language of the page that offers it

# Sample people per language (reserved example.org addresses: confirming the sample harms nobody).
SAMPLE_PEOPLE = {
    "ky": ("Айгүл Өмүрова", "Нурлан Асанов", "Бермет Жумабаева"),
    "ru": ("Айгуль Омурова", "Нурлан Асанов", "Елена Петрова"),
    "en": ("Aigul Omurova", "Nurlan Asanov", "Bermet Jumabaeva"),
}
SAMPLE_EMAILS = ("aigul.omurova@example.org", "nurlan.asanov@example.org", "person3@example.org")


def cohort_sample_rows() -> list[list[str]]:
    """Three rows under COLUMNS, written as a coordinator would in the active language: a region,
    gender and settlement type by their names, a target group by its name, someone abroad, and
    someone with only the required columns. cohort_parse accepts them as they are."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    names = SAMPLE_PEOPLE.get(language, SAMPLE_PEOPLE["en"])
    group = TargetGroup.objects.not_sensitive().first()
    rows = [
        {
            "region": Region.NARYN.label,
            "gender": Gender.WOMAN.label,
            "settlement_type": SettlementType.RURAL.label,
            "preferred_language": "ky",
            "target_groups": group.name if group else "",
        },
        {
            "region": Region.ABROAD.label,
            "country": "KZ",
            "gender": Gender.MAN.label,
            "settlement_type": SettlementType.URBAN.label,
            "preferred_language": "ru",
        },
        {},
    ]
    return [
        [str({"email": email, "full_name": name, **row}.get(column, "")) for column in COLUMNS]
        for email, name, row in zip(SAMPLE_EMAILS, names, rows, strict=True)
    ]
