from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import guide, stuck, views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/switch/", views.set_language, name="set_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("h5p/", include("h5p.urls")),
    path("", include("credentials.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every page a person reads carries its language: /ky/…, /ru/…, /en/….
urlpatterns += i18n_patterns(
    path("stuck-work/", stuck.stuck_work, name="stuck_work"),
    path("stuck-work/retry/", stuck.stuck_retry, name="stuck_retry"),
    path("authoring-guide/", guide.authoring_guide, name="authoring_guide"),
    path("", include("people.urls")),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("h5p.report_urls")),
    path("", include("webinars.urls")),
    path("", include("trainings.urls")),
    path("", include("programmes.cohort_urls")),
    path("", include("credentials.page_urls")),
    path("", include("certificates.urls")),
    path("", include("programmes.urls")),
    path("", include("community.urls")),
    path("", include("discussions.urls")),
    path("", include("library.urls")),
    path("", include("mentoring.urls")),
    path("", include("reports.urls")),
    # Wagtail serves every other path; it must come last.
    path("", include(wagtail_urls)),
)

handler404 = "lms.views.page_not_found"
