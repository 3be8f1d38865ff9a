from django.urls import path

from trainings import cascade_views

app_name = "trainings"

urlpatterns = [
    path("cascade/", cascade_views.cascade_index, name="cascade"),
    path("cascade/<int:user_id>/", cascade_views.cascade_detail, name="cascade_detail"),
    path("cascade/<int:user_id>/reach.csv", cascade_views.cascade_csv, name="cascade_csv"),
]
