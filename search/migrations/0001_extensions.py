from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Vietnamese search folds diacritics with unaccent and matches near spellings with pg_trgm (R-SRCH-1)."""

    operations = [UnaccentExtension(), TrigramExtension()]
