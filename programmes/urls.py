from django.urls import path

from programmes import views

app_name = "programmes"

urlpatterns = [
    path("learning/programmes/<id:page_id>/enrol/", views.enrol, name="enrol"),
    path("learning/programmes/<id:page_id>/leave/", views.leave, name="leave"),
]
