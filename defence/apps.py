from django.apps import AppConfig


class DefenceConfig(AppConfig):
    """Defence against attacks (R-OPS-5, Decision 1319 Art 6.4): security headers, the tracking-script allow-list,
    upload checks, and which uploaded files the public may see."""

    name = "defence"
    verbose_name = "Phòng chống tấn công"

    def ready(self):
        from defence import public_media  # noqa: F401 — connects the publishing signals
