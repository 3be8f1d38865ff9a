from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("learning/quiz/<id:page_id>/<str:block_id>/start/", views.start, name="start"),
    path("learning/quiz/<id:page_id>/<str:block_id>/results/", views.report, name="report"),
    path("learning/attempts/<id:pk>/", views.take, name="take"),
    path("learning/attempts/<id:pk>/result/", views.result, name="result"),
]
