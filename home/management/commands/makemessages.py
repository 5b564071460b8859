from django.core.management.commands import makemessages


class Command(makemessages.Command):
    """Django's makemessages without fuzzy matching: a new string stays untranslated (and the
    translation test fails) until someone translates it, instead of inheriting a wrong guess."""

    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
