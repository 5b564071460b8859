from django.apps import AppConfig


class IntakeConfig(AppConfig):
    """The register of information sent to the portal (R-IN-1…R-IN-6, Art 9–11): web form, e-mail and letters, from
    arrival to the Standing Board's decision."""

    name = "intake"
    verbose_name = "Tiếp nhận thông tin"
