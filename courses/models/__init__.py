from .catalogue import CatalogueEntry, CourseIndexPage, Track
from .course import CoursePage, EnrolmentMode, ModulePage
from .enrolment import Enrolment, LessonProgress, TrainerQualification
from .lesson import LessonPage

__all__ = [
    "CatalogueEntry",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "EnrolmentMode",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "Track",
    "TrainerQualification",
]
