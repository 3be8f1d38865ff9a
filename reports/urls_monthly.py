from django.urls import path

from reports import monthly_views

app_name = "reports"

urlpatterns = [
    path(
        "reports/monthly/<int:pk>/download/",
        monthly_views.monthly_download,
        name="monthly-download",
    ),
]
