"""Routing a public address in one query (issue 16). Wagtail walks the tree a level at a time, one query per level
(site, home, section, year, month, article: six for an article); a page's URL path is its ancestors' slugs, so the
deepest page whose URL path begins the address is found at once, and the rest of the address is left to that page's
own `route` (a feed, a unit in the directory, or a 404), as Wagtail would."""

from wagtail.models import Page


class PathRoutingMixin:
    """For a site's home page (the root Wagtail routes from): finds the page of an address in one query."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [f"{self.url_path}{'/'.join(path_components[:depth])}/" for depth in range(1, len(path_components) + 1)]
        deepest = Page.objects.filter(url_path__in=prefixes, path__startswith=self.path).order_by("-depth").first()
        if deepest is None:
            return super().route(request, path_components)  # a route of the home page itself, or a 404
        remaining = path_components[deepest.depth - self.depth :]
        return deepest.specific.route(request, remaining)
