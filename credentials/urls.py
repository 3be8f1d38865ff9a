"""Machine-readable, outside the languages' prefixes (lms/urls.py): the DID document, the
issuer's profile, the status lists, and the holder's copy of her credential."""

from django.urls import path

from credentials import views

app_name = "credentials"

urlpatterns = [
    path(".well-known/did.json", views.did_json, name="did"),
    path("credentials/issuer.json", views.issuer_profile, name="issuer"),
    path("credentials/status/<int:number>.json", views.status_list, name="status_list"),
    path("credentials/<str:code>.json", views.download, name="download"),
]
