"""English placeholders (aliases of Vietnamese pages made by wagtail-localize for the parents of an item chosen for
English) were live: they stay drafts until translated and approved (issue 18, editorial.signals)."""

from django.db import migrations
from django.db.models import F


def hide_placeholders(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(alias_of__isnull=False, live=True).exclude(locale_id=F("alias_of__locale_id")).update(
        live=False, has_unpublished_changes=True
    )


class Migration(migrations.Migration):
    dependencies = [("editorial", "0005_review_requests"), ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more")]

    operations = [migrations.RunPython(hide_placeholders, migrations.RunPython.noop)]
