"""Wagtail's first migrations create the groups "Moderators" and "Editors" with rights on the whole tree and every
collection (issue 12). The portal's roles are its own (subsites/roles.py); these two could still be assigned, giving
an account the Chief Editor's reach without the role. Removed here; running it again changes nothing."""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]


def remove_wagtail_default_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        # After every Wagtail migration that grants these groups something.
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(remove_wagtail_default_groups, migrations.RunPython.noop)]
