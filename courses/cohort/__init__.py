"""A coordinator enrols a group from a CSV or Excel file: the file is read and checked first
(`cohort_parse`, in `reading`, with the rows checked in `rows`), shown row by row, and only then,
all or nothing, enrolled (`cohort_enrol`, in `services`), each new person emailed a link to
choose her password. A programme's import (programmes.cohort) reads the same file and enrols
through the same steps: `cohort_check_again`, `cohort_accounts`, `cohort_welcome`."""

from courses.cohort.reading import SAMPLE_PEOPLE, CohortFileError, cohort_parse, cohort_sample_rows
from courses.cohort.rows import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    CohortPreview,
    CohortRow,
)
from courses.cohort.services import (
    CohortRefused,
    CohortResult,
    cohort_accounts,
    cohort_check_again,
    cohort_enrol,
    cohort_welcome,
)

__all__ = [
    "COLUMNS",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "SAMPLE_PEOPLE",
    "CohortFileError",
    "CohortPreview",
    "CohortRefused",
    "CohortResult",
    "CohortRow",
    "cohort_accounts",
    "cohort_check_again",
    "cohort_enrol",
    "cohort_parse",
    "cohort_sample_rows",
    "cohort_welcome",
]
