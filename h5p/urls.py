"""The player and what it loads or posts: outside the language prefix, as they carry no text."""

from django.urls import path

from h5p import views

app_name = "h5p"

play = "play/<id:lesson_id>/<str:block_id>/"

urlpatterns = [
    path(play, views.player, name="player"),
    path(f"{play}package/", views.package_file, {"path": ""}, name="package_root"),
    path(f"{play}package/<path:path>", views.package_file, name="package_file"),
    path(f"{play}xapi/", views.xapi, name="xapi"),
    path(f"{play}state/", views.state, name="state"),
    path("libraries/", views.library_file, {"path": ""}, name="library_root"),
    path("libraries/<path:path>", views.library_file, name="library_file"),
]
