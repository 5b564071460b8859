from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = "Văn bản"

    def ready(self):
        # Imported once the app registry is ready (they use models): Django's way of connecting receivers.
        from documents import public_media  # noqa: F401 (records what the live version of each page uses)
