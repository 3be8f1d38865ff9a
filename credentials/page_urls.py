"""The pages a person reads, in her language (/ky/…, /ru/…)."""

from django.urls import path

from credentials import views

app_name = "credential_pages"

urlpatterns = [
    path("certificates/verify/credential/", views.verify_credential, name="verify"),
]
