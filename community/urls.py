from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("community/guidelines/", views.guidelines, name="guidelines"),
    path("community/profile/", views.profile_edit, name="profile_edit"),
    path("community/members/<int:pk>/", views.member, name="member"),
    path("community/members/<int:pk>/photo/", views.member_photo, name="member_photo"),
    path("community/members/<int:pk>/block/", views.block, name="block"),
    path("community/members/<int:pk>/sanction/", views.sanction_new, name="sanction_new"),
    path("community/sanctions/<int:pk>/", views.sanction, name="sanction"),
    path("community/report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("community/moderation/", views.queue, name="queue"),
    path("community/moderation/<str:kind>/<int:pk>/", views.moderate, name="moderate"),
]
