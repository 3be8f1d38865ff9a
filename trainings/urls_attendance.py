from django.urls import path

from trainings import attendance_views as views

urlpatterns = [
    path("trainings/<id:pk>/sheet/<id:day_id>.pdf", views.sheet, name="sheet"),
    path("trainings/<id:pk>/attendance/<id:day_id>/", views.attendance, name="attendance"),
    path(
        "trainings/<id:pk>/attendance/import/",
        views.attendance_import,
        name="attendance_import",
    ),
    path(
        "trainings/<id:pk>/attendance/import/<str:token>/",
        views.attendance_import_confirm,
        name="attendance_import_confirm",
    ),
    path("trainings/<id:pk>/headcount/<id:day_id>/", views.headcount, name="headcount"),
]
