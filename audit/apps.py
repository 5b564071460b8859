from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = "Nhật ký kiểm tra"

    def ready(self):
        from audit import logins  # noqa: F401 (connects the login signals)
