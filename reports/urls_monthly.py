"""The monthly report's download. Without a namespace of its own: lms/urls.py includes it as
"reports" (and reports/urls.py may include it in its own patterns instead)."""

from django.urls import path

from reports import monthly_views

urlpatterns = [
    path(
        "reports/monthly/<id:pk>/download/",
        monthly_views.monthly_download,
        name="monthly-download",
    ),
]
