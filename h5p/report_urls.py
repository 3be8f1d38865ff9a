from django.urls import path

from h5p import views

app_name = "h5p_reports"

urlpatterns = [
    path("learning/h5p/<id:lesson_id>/<str:block_id>/results/", views.results, name="results"),
    path(
        "learning/h5p/<id:lesson_id>/<str:block_id>/results.csv",
        views.results_csv,
        name="results_csv",
    ),
]
