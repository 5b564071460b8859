"""Publication proposes lines, removal flags them (R-ROY-1 item 3): Wagtail's page_published and page_unpublished."""

from royalties import ledger


def propose_for_published_item(sender, instance, revision=None, **kwargs):
    ledger.propose(instance)


def flag_removed_item(sender, instance, **kwargs):
    ledger.flag_removed(instance)
