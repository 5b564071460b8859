from .mixins import AddressPerRequestMixin, AttributionMixin, BasePage, ReviewableMixin, TeaserMixin
from .pages import ChildListingMixin, HomePage, SectionPage, StandardPage
from .settings import SiteIdentity, SiteNavigation, SiteNotice, SiteTracking
from .taxonomy import SubjectArea

__all__ = [
    "AddressPerRequestMixin",
    "AttributionMixin",
    "BasePage",
    "ChildListingMixin",
    "HomePage",
    "ReviewableMixin",
    "SectionPage",
    "SiteIdentity",
    "SiteNavigation",
    "SiteNotice",
    "SiteTracking",
    "StandardPage",
    "SubjectArea",
    "TeaserMixin",
]
