from django.contrib.auth import views as auth_views
from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("account/sign-up/", views.sign_up, name="sign_up"),
    path("account/sign-in/", views.SignInView.as_view(), name="sign_in"),
    path("account/sign-out/", views.SignOutView.as_view(), name="sign_out"),
    path("account/", views.profile, name="profile"),
    path("account/password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("account/my-data/", views.my_data, name="my_data"),
    path("account/delete/", views.delete_account, name="delete_account"),
    path("account/password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="people/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "account/password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="people/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("data-notice/", views.data_notice, name="data_notice"),
    path("data-notice/agree/", views.consent_agree, name="consent_agree"),
    path("people/<id:pk>/", views.person_detail, name="person_detail"),
]
