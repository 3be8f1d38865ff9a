from django.urls import path

from trainings import cascade_views

urlpatterns = [
    path("trainings/cascade/", cascade_views.cascade_index, name="cascade"),
    path("trainings/cascade/<id:user_id>/", cascade_views.cascade_detail, name="cascade_detail"),
    path(
        "trainings/cascade/<id:user_id>/reach.csv",
        cascade_views.cascade_csv,
        name="cascade_csv",
    ),
]
