from django.urls import path

from discussions import views

app_name = "discussions"

urlpatterns = [
    path("community/spaces/", views.spaces, name="spaces"),
    path("community/spaces/<id:pk>/", views.space, name="space"),
    path("community/spaces/<id:pk>/new/", views.thread_new, name="thread_new"),
    path("community/threads/<id:pk>/", views.thread, name="thread"),
    path("community/threads/<id:pk>/reply/", views.reply, name="reply"),
    path("community/posts/<id:pk>/edit/", views.edit, name="edit"),
    path("community/images/<id:pk>/", views.image, name="image"),
    path("community/emails/", views.preferences, name="preferences"),
    path("learning/courses/<id:page_id>/discussion/", views.course_space, name="course_space"),
]
