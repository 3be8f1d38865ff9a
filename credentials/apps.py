from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CredentialsConfig(AppConfig):
    name = "credentials"
    verbose_name = _("Signed credentials")

    def ready(self):
        from credentials import receivers  # noqa: F401  (the credential inside each PDF)
