from django.urls import include, path

from reports import views

app_name = "reports"

urlpatterns = [
    path("", include("reports.urls_monthly")),
    path("reports/", views.dashboard, name="dashboard"),
    path("reports/report.pdf", views.dashboard_pdf, name="dashboard_pdf"),
    path("reports/table.csv", views.table_export, {"fmt": "csv"}, name="table_csv"),
    path("reports/table.xlsx", views.table_export, {"fmt": "xlsx"}, name="table_xlsx"),
    path("reports/recount/", views.recount, name="recount"),
    path("reports/saved/", views.saved_create, name="saved_create"),
    path("reports/saved/<id:pk>/", views.saved_open, name="saved_open"),
    path("reports/saved/<id:pk>/delete/", views.saved_delete, name="saved_delete"),
    path("reports/certificates/", views.certificates, name="certificates"),
    path(
        "reports/certificates/counts.csv",
        views.certificates_export,
        {"fmt": "csv"},
        name="certificates_csv",
    ),
    path(
        "reports/certificates/counts.xlsx",
        views.certificates_export,
        {"fmt": "xlsx"},
        name="certificates_xlsx",
    ),
    path("reports/webinars/<id:page_id>/", views.webinar, name="webinar"),
    path(
        "reports/webinars/<id:page_id>/counts.csv",
        views.webinar_export,
        {"fmt": "csv"},
        name="webinar_csv",
    ),
    path(
        "reports/webinars/<id:page_id>/counts.xlsx",
        views.webinar_export,
        {"fmt": "xlsx"},
        name="webinar_xlsx",
    ),
]
