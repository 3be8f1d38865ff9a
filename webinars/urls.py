from django.urls import path

from webinars import views

app_name = "webinars"

urlpatterns = [
    path("webinars/<id:page_id>/register/", views.register, name="register"),
    path("webinars/<id:page_id>/cancel/", views.cancel, name="cancel"),
    path("webinars/<id:page_id>/calendar.ics", views.calendar, name="calendar"),
    path("webinars/<id:page_id>/watched/", views.watched, name="watched"),
    path("webinars/<id:page_id>/report/", views.report, name="report"),
]
