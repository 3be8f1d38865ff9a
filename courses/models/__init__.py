from .catalogue import CourseIndexPage
from .course import CoursePage, EnrolmentMode, ModulePage, Track
from .enrolment import Enrolment, LessonProgress, TrainerQualification
from .lesson import LessonPage

__all__ = [
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
