from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Quy trình biên tập"

    def ready(self):
        # Imported once the app registry is ready (they use models): Django's way of connecting receivers.
        from django.db.models.signals import pre_save
        from wagtail.signals import page_published

        from editorial import workflows  # noqa: F401 (receivers of subsites.signals)
        from editorial.signals import close_temporary_takedowns, keep_translation_placeholders_unpublished, log_new_corrections

        page_published.connect(log_new_corrections, dispatch_uid="editorial_log_new_corrections")
        page_published.connect(close_temporary_takedowns, dispatch_uid="editorial_close_temporary_takedowns")
        pre_save.connect(keep_translation_placeholders_unpublished, dispatch_uid="editorial_translation_placeholders")
