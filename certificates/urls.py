from django.urls import path

from certificates import programme_views, training_views, views

app_name = "certificates"

urlpatterns = [
    path("certificates/verify/", views.verify, name="verify"),
    path("certificates/verify/<str:code>/", views.verify_code, name="verify_code"),
    path("certificates/<str:code>/download/", views.download, name="download"),
    path("certificates/register/", views.register, name="register"),
    path("certificates/register/print/", views.print_create, name="print_create"),
    path("certificates/manage/<id:pk>/", views.manage, name="manage"),
    path(
        "certificates/programme-reviews/",
        programme_views.programme_reviews,
        name="programme_reviews",
    ),
    path(
        "certificates/programme-reviews/<id:pk>/",
        programme_views.programme_review,
        name="programme_review",
    ),
    path("certificates/print/<id:job_id>/", views.print_job, name="print_job"),
    path(
        "certificates/print/<id:job_id>/download/",
        views.print_job_download,
        name="print_job_download",
    ),
    path("certificates/print/<id:job_id>/retry/", views.print_job_retry, name="print_job_retry"),
    path(
        "trainings/<id:session_id>/certificates/",
        training_views.session_certificates,
        name="session_certificates",
    ),
    path(
        "trainings/<id:session_id>/certificates/print/",
        training_views.session_print,
        name="session_print",
    ),
]
