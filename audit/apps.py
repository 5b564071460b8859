from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = "Nhật ký kiểm tra"

    def ready(self):
        # Imported once the app registry is ready (they use models): Django's way of connecting receivers.
        from audit import logins  # noqa: F401 (connects the login signals)
        from audit.exports import protect_csv_exports

        protect_csv_exports()
