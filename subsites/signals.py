"""What provisioning tells the apps above it, so that it never calls into them (DESIGN.md: a new site's workflow is
set up by `editorial` reacting to provisioning)."""

from django.dispatch import Signal

# A site was created or re-provisioned: portal_site=PortalSite. Sent inside provisioning's transaction.
site_provisioned = Signal()
# A site's English tree was created or repaired: portal_site=PortalSite, english_root=Page, approvers=Group.
english_edition_provisioned = Signal()
