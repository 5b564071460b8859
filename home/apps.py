from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Trang chủ và chuyên mục"

    def ready(self):
        # Imported once the app registry is ready: Wagtail's admin form field overrides (dates, slugs) are registered
        # then, and the page cache's receivers and lookups need the models; the explorer's translation buttons replace
        # wagtail-localize's hook once it is registered.
        from home import explorer, lookups, view_restrictions
        from home.dates import register_admin_date_fields
        from home.page_cache import invalidation
        from home.slugs import register_slug_widget

        register_admin_date_fields()
        register_slug_widget()
        invalidation.connect()
        view_restrictions.install()
        lookups.install()
        explorer.install()
