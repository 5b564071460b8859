"""Site settings read from the cache (issue 16): every page reads four of them (identity, navigation, notice,
tracking), and they change only when an editor saves one, which retires the cached copies (home/page_cache)."""

from home.page_cache.generation import remembered


class CachedSiteSetting:
    """For a BaseSiteSetting: `for_site` from the cache, until the next change of public content."""

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        return remembered(f"setting:{cls._meta.label_lower}:{site.pk}", lambda: super(CachedSiteSetting, cls).for_site(site))
