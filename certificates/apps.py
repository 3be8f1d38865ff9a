from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from certificates import receivers  # noqa: F401  (issue on completion; resume print jobs)
        from certificates.personal_data import certificates
        from people.personal_data import register_section

        register_section("certificates", certificates)
