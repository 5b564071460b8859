from django.db import migrations


class Migration(migrations.Migration):
    """Wagtail's database backend matches a query against `title || body` of its index entries, which its own GIN
    indexes (one per column) cannot serve: without this index every search reads the whole index (bench/search.py)."""

    dependencies = [("portal_search", "0003_zeroresultquery"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_search_entry_match ON wagtailsearch_indexentry USING gin ((title || body))",
            "DROP INDEX IF EXISTS portal_search_entry_match",
        )
    ]
