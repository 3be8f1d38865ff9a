"""A group enrolled in a programme from a file (programmes.cohort_views)."""

from django.urls import path

from programmes.cohort_views import cohort_confirm, cohort_sample, cohort_upload

app_name = "programme_cohort"

urlpatterns = [
    path("learning/programmes/<id:page_id>/cohort/", cohort_upload, name="upload"),
    path("learning/programmes/<id:page_id>/cohort/sample.csv", cohort_sample, name="sample"),
    path(
        "learning/programmes/<id:page_id>/cohort/<str:token>/confirm/",
        cohort_confirm,
        name="confirm",
    ),
]
