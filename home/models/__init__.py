from .mixins import AttributionMixin, BasePage, ListingMixin
from .pages import HomePage, SectionPage, StandardPage
from .settings import SiteIdentity, SiteNavigation, SiteNotice, SiteTracking
from .taxonomy import SubjectArea

__all__ = [
    "AttributionMixin",
    "BasePage",
    "HomePage",
    "ListingMixin",
    "SectionPage",
    "SiteIdentity",
    "SiteNavigation",
    "SiteNotice",
    "SiteTracking",
    "StandardPage",
    "SubjectArea",
]
