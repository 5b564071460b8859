"""Reading a site's sitemap as a crawler does: its index (/sitemap.xml, /en/sitemap.xml), then every page it lists."""

import re

LOC = re.compile(r"<loc>([^<]+)</loc>")


def sitemap_pages(client, host: str, prefix: str = "") -> list[str]:
    """The addresses of the sitemap pages that the index of `host` lists (`prefix` "/en" for English)."""
    index = client.get(f"{prefix}/sitemap.xml", HTTP_HOST=host)
    assert index.status_code == 200 and "<sitemapindex" in index.text, index.status_code
    return LOC.findall(index.text)


def read_sitemap(client, host: str, prefix: str = "") -> str:
    """Every sitemap page of `host`, one after the other."""
    texts = []
    for address in sitemap_pages(client, host, prefix):
        path = re.sub(r"^https?://[^/]+", "", address).replace("&amp;", "&")
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, (path, response.status_code)
        texts.append(response.text)
    return "\n".join(texts)
