from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("learning/", views.my_learning, name="my_learning"),
    path("learning/courses/<int:page_id>/enrol/", views.enrol, name="enrol"),
    path("learning/courses/<int:page_id>/leave/", views.withdraw, name="withdraw"),
    path("learning/lessons/<int:page_id>/done/", views.mark_done, name="mark_done"),
]
