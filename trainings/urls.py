from django.urls import path

from trainings import views
from trainings.urls_attendance import urlpatterns as attendance_urls
from trainings.urls_cascade import urlpatterns as cascade_urls
from trainings.urls_completion import urlpatterns as completion_urls

app_name = "trainings"

urlpatterns = [
    path("trainings/", views.session_list, name="session_list"),
    path("trainings/new/", views.session_new, name="session_new"),
    path("trainings/<id:pk>/", views.session_detail, name="session_detail"),
    path("trainings/<id:pk>/edit/", views.session_edit, name="session_edit"),
    path("trainings/<id:pk>/participants/add/", views.participants_add, name="participants_add"),
    path("trainings/<id:pk>/hold/", views.session_hold_view, name="session_hold"),
    path("trainings/<id:pk>/close/", views.session_close_view, name="session_close"),
    path("trainings/participants/<id:pk>/", views.participant_detail, name="participant_detail"),
    path("trainings/participants/<id:pk>/edit/", views.participant_edit, name="participant_edit"),
    path("trainings/duplicates/", views.duplicates, name="duplicates"),
    path("trainings/duplicates/merge/", views.merge, name="merge"),
    path("trainings/participants/<id:pk>/unmerge/", views.unmerge, name="unmerge"),
    path("trainings/qualifications/", views.qualifications, name="qualifications"),
    path(
        "trainings/qualifications/<id:pk>/confirm/",
        views.qualification_confirm,
        name="qualification_confirm",
    ),
    path("account/claim/", views.claim, name="claim"),
]

# Each part of the app keeps its own list; one namespace for them all.
urlpatterns += attendance_urls + completion_urls + cascade_urls
