from django.apps import AppConfig


class SubsitesConfig(AppConfig):
    name = "subsites"
    verbose_name = "Trang thành phần"
