from django.urls import path

from trainings import completion_views

app_name = "trainings_completion"

urlpatterns = [
    path("<id:session_id>/completion/", completion_views.completion, name="completion"),
]
