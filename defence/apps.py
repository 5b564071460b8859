from django.apps import AppConfig


class DefenceConfig(AppConfig):
    """Defence against attacks (R-OPS-5, Decision 1319 Art 6.4): security headers, the tracking-script allow-list,
    upload checks, which address a request came from. Which uploaded files the public may see is documents.public_media."""

    name = "defence"
    verbose_name = "Phòng chống tấn công"
