"""Our pages' permission tester (issue 16): Wagtail's, reading from the explorer's row (home.explorer) whether
anything in the page's subtree is live, instead of asking the database for each of the row's "Move" and "Delete"
buttons. Imported by the page models, hence apart from home.explorer, which needs Wagtail's admin views."""

from wagtail.models import PagePermissionTester

LIVE_IN_SUBTREE = "_live_in_subtree"


class ListingPermissionTester(PagePermissionTester):
    """Wagtail's tester, with "is anything live in this subtree?" read from the explorer's row when it is there."""

    def can_delete(self, ignore_bulk=False):
        live_in_subtree = getattr(self.page, LIVE_IN_SUBTREE, None)
        # Only Wagtail's branch for an editor who may change but not publish asks that question.
        if live_in_subtree is None or not self.user.is_active or self.page_is_root or self.user.is_superuser:
            return super().can_delete(ignore_bulk)
        if "change" not in self.permissions or "publish" in self.permissions:
            return super().can_delete(ignore_bulk)
        if "bulk_delete" not in self.permissions and not self.page.is_leaf() and not ignore_bulk:
            return False
        return not live_in_subtree


class ExplorerPermissionsMixin:
    """On every page type: Wagtail asks the specific page for its tester (`Page.permissions_for_user`)."""

    def permissions_for_user(self, user):
        return ListingPermissionTester(user, self)
