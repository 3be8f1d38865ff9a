from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("community/library/", views.resource_list, name="list"),
    path("community/library/new/", views.resource_upload, name="upload"),
    path("community/library/mine/", views.my_resources, name="mine"),
    path("community/library/<id:pk>/", views.resource_detail, name="detail"),
    path("community/library/<id:pk>/file/", views.resource_file, name="file"),
]
