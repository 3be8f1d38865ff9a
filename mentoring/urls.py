from django.urls import path

from mentoring import views

app_name = "mentoring"

urlpatterns = [
    path("community/mentoring/", views.mentors, name="mentors"),
    path("community/mentoring/mentors/<id:pk>/", views.mentor, name="mentor"),
    path("community/mentoring/mentors/<id:pk>/request/", views.request_send, name="request_send"),
    path("community/mentoring/profile/", views.profile, name="profile"),
    path("community/mentoring/mine/", views.mine, name="mine"),
    path("community/mentoring/requests/<id:pk>/", views.request_detail, name="request"),
    path("community/mentoring/requests/<id:pk>/accept/", views.accept, name="accept"),
    path("community/mentoring/requests/<id:pk>/decline/", views.decline, name="decline"),
    path("community/mentoring/requests/<id:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("community/mentoring/agreements/<id:pk>/", views.agreement, name="agreement"),
    path("community/mentoring/agreements/<id:pk>/meetings/", views.meeting_add, name="meeting_add"),
    path("community/mentoring/agreements/<id:pk>/consent/", views.consent, name="consent"),
    path("community/mentoring/agreements/<id:pk>/end/", views.end, name="end"),
    path("community/mentoring/agreements/<id:pk>/feedback/", views.feedback, name="feedback"),
    path("community/mentoring/coordinate/", views.coordinate, name="coordinate"),
    path("community/mentoring/coordinate/propose/", views.propose, name="propose"),
    path("community/mentoring/coordinate/mark/", views.mark, name="mark"),
    path("community/mentoring/coordinate/programme/", views.scheme, name="scheme"),
    path("community/mentoring/counts/", views.counts, name="counts"),
]
