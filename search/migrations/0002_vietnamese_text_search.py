from django.db import migrations


class Migration(migrations.Migration):
    """The `vietnamese` text search configuration (R-SRCH-1): words are folded by unaccent (ậ→a, ệ→e, đ→d), then
    lower-cased by `simple`; no stemming. Wagtail's SEARCH_CONFIG names it for both indexing and querying."""

    dependencies = [("portal_search", "0001_extensions")]

    operations = [
        migrations.RunSQL(
            [
                "CREATE TEXT SEARCH CONFIGURATION vietnamese (COPY = simple)",
                "ALTER TEXT SEARCH CONFIGURATION vietnamese ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
            ],
            "DROP TEXT SEARCH CONFIGURATION vietnamese",
        )
    ]
