from django.db import migrations


class Migration(migrations.Migration):
    """Titles one letter away from a query (issue 16): pg_trgm's word similarity on the folded title of each index
    entry, served by a trigram index. `portal_search_fold` folds as the `vietnamese` configuration does (unaccent, lower
    case) and is immutable, so that an index can use it (unaccent itself is only stable)."""

    dependencies = [("portal_search", "0005_page_indexes")]

    operations = [
        migrations.RunSQL(
            [
                "CREATE OR REPLACE FUNCTION portal_search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
                "PARALLEL SAFE AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$",
                "CREATE INDEX IF NOT EXISTS portal_search_title_trigram ON wagtailsearch_indexentry "
                "USING gin (portal_search_fold(title_text) gin_trgm_ops)",
            ],
            ["DROP INDEX IF EXISTS portal_search_title_trigram", "DROP FUNCTION IF EXISTS portal_search_fold(text)"],
        )
    ]
