from django.db import migrations


class Migration(migrations.Migration):
    """Indexes on Wagtail's page table that the search page needs at 100,000 pages (bench/search.py):
    - Wagtail's database backend joins pages to their index entries on `page.id::varchar = object_id`, which the
      primary key cannot serve: without an index every search reads every page;
    - the main menu (on every page, the search page too) asks for the live children of the home page by depth and
      path range: without (depth, path) that reads every page of the site (~25 ms at 100,000 pages, 1 ms with it).
      It belongs to `home`; it is here because the search benchmark found it."""

    dependencies = [("portal_search", "0004_index_entry_match_index")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_search_page_id_text ON wagtailcore_page (((id::varchar(50))::text))",
            "DROP INDEX IF EXISTS portal_search_page_id_text",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portal_search_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS portal_search_page_depth_path",
        ),
    ]
