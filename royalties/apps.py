from django.apps import AppConfig


class RoyaltiesConfig(AppConfig):
    """Royalties and fees for published works (R-ROY-1; Art 17, 20.7, 21.7): the contributors who are paid, the regime
    as dated data, the lines proposed at publication, the monthly ledger and its statements."""

    name = "royalties"
    verbose_name = "Nhuận bút, thù lao"

    def ready(self):
        # Imported once the app registry is ready (they use models): Django's way of connecting receivers.
        from wagtail.signals import page_published, page_unpublished

        from royalties.signals import flag_removed_item, propose_for_published_item

        page_published.connect(propose_for_published_item, dispatch_uid="royalties_propose")
        page_unpublished.connect(flag_removed_item, dispatch_uid="royalties_flag_removed")
