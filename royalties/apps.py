from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoyaltiesConfig(AppConfig):
    """Royalties and fees for published works (R-ROY-1; Art 17, 20.7, 21.7): the contributors who are paid, the regime
    as dated data, the lines proposed at publication, the monthly ledger and its statements."""

    name = "royalties"
    verbose_name = "Nhuận bút, thù lao"

    def ready(self):
        # Imported once the app registry is ready (they use models): Django's way of connecting receivers.
        # The article editor names its authors, translator and photographer from the register (R-ROY-1 item 1): the
        # panel is added here because news sits below royalties and may not know of the register.
        from wagtail.admin.panels import InlinePanel
        from wagtail.signals import page_published, page_unpublished

        from news.models import ArticlePage
        from royalties.signals import flag_removed_item, propose_for_published_item

        ArticlePage.content_panels = [
            *ArticlePage.content_panels,
            InlinePanel("royalty_contributors", heading=_("Người hưởng nhuận bút, thù lao"), label=_("Người hưởng")),
        ]
        page_published.connect(propose_for_published_item, dispatch_uid="royalties_propose")
        page_unpublished.connect(flag_removed_item, dispatch_uid="royalties_flag_removed")
