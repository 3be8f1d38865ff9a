from django.urls import path

from webinars import views

app_name = "webinars"

urlpatterns = [
    path("webinars/<int:page_id>/register/", views.register, name="register"),
    path("webinars/<int:page_id>/cancel/", views.cancel, name="cancel"),
    path("webinars/<int:page_id>/calendar.ics", views.calendar, name="calendar"),
    path("webinars/<int:page_id>/watched/", views.watched, name="watched"),
    path("webinars/<int:page_id>/report/", views.report, name="report"),
]
