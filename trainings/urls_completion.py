from django.urls import path

from trainings import completion_views

urlpatterns = [
    path("trainings/<id:session_id>/completion/", completion_views.completion, name="completion"),
]
