from django.db import migrations


class Migration(migrations.Migration):
    """An index on Wagtail's page table that the search page needs at 100,000 pages (bench/search.py): Wagtail's
    database backend joins pages to their index entries on `page.id::varchar = object_id`, which the primary key
    cannot serve: without an index every search reads every page. (The main menu's index is in `home`.)"""

    dependencies = [("portal_search", "0004_index_entry_match_index")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_search_page_id_text ON wagtailcore_page (((id::varchar(50))::text))",
            "DROP INDEX IF EXISTS portal_search_page_id_text",
        ),
    ]
