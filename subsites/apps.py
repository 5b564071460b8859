from django.apps import AppConfig


class SubsitesConfig(AppConfig):
    name = "subsites"
    verbose_name = "Trang thành phần"

    def ready(self):
        from home.page_cache.invalidation import TREE_LISTINGS
        from subsites.sitemaps import sitemap_addresses

        # Purged from the CDN with the home pages when a page of the tree changes (a new article moves every later
        # entry to the next sitemap page).
        TREE_LISTINGS.append(sitemap_addresses)
