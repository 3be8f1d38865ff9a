from django.urls import path

from courses import views
from courses.cohort_views import cohort_confirm, cohort_sample, cohort_upload

app_name = "courses"

urlpatterns = [
    path("learning/", views.my_learning, name="my_learning"),
    path("learning/courses/<id:page_id>/enrol/", views.enrol, name="enrol"),
    path("learning/courses/<id:page_id>/leave/", views.withdraw, name="withdraw"),
    path("learning/lessons/<id:page_id>/done/", views.mark_done, name="mark_done"),
    path("learning/courses/<id:page_id>/cohort/", cohort_upload, name="cohort_upload"),
    path("learning/courses/<id:page_id>/cohort/sample.csv", cohort_sample, name="cohort_sample"),
    path(
        "learning/courses/<id:page_id>/cohort/<str:token>/confirm/",
        cohort_confirm,
        name="cohort_confirm",
    ),
]
