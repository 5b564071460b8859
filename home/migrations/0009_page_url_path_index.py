from django.db import migrations


class Migration(migrations.Migration):
    """Routing finds the page of an address by its URL path in one query (home/routing.py): without an index on
    `url_path` that reads every page of the site — 17 ms for an article at 100,000 articles, the largest part of its
    render. A hash index: addresses are compared for equality only, and have no length limit there."""

    dependencies = [("home", "0008_site_identity_english"), ("wagtailcore", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS home_page_url_path ON wagtailcore_page USING hash (url_path)",
            "DROP INDEX IF EXISTS home_page_url_path",
        ),
    ]
