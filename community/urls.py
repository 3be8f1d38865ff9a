from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("community/guidelines/", views.guidelines, name="guidelines"),
    path("community/sanctions/<int:pk>/", views.sanction, name="sanction"),
    path("community/report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("community/members/<int:pk>/", views.member, name="member"),
]
