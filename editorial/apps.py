from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Quy trình biên tập"

    def ready(self):
        from wagtail.signals import page_published

        from editorial.signals import close_temporary_takedowns, log_new_corrections

        page_published.connect(log_new_corrections, dispatch_uid="editorial_log_new_corrections")
        page_published.connect(close_temporary_takedowns, dispatch_uid="editorial_close_temporary_takedowns")
