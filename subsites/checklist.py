"""What a new component site needs before the public sees it (issue 18): created switched off, it can be switched on
only once its identity, its people, its main menu and a first published item are there. A site switched off later
(an emergency, R-SITE-2) is switched on again without the checklist: it was launched once (`launched_at`)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.models import SiteIdentity, SiteNavigation


def launch_checklist(portal_site) -> list[tuple[str, bool]]:
    site = portal_site.site
    identity = SiteIdentity.for_site(site)
    people = all(group.user_set.filter(is_active=True).exists() for group in (portal_site.editors_group, portal_site.approvers_group))
    root = site.root_page
    return [
        (
            _("Thông tin đơn vị: địa chỉ và điện thoại hoặc thư điện tử (Cài đặt → Thông tin trang)"),
            bool(identity.address and (identity.phone or identity.email)),
        ),
        (_("Người dùng: ít nhất một biên tập viên và một người duyệt"), people),
        (_("Trình đơn chính: ít nhất một mục (Cài đặt → Điều hướng)"), len(SiteNavigation.for_site(site).main_menu) > 0),
        (_("Nội dung đầu tiên: ít nhất một trang đã xuất bản dưới trang chủ"), Page.objects.descendant_of(root).live().exists()),
    ]


def missing_for_launch(portal_site) -> list[str]:
    return [str(label) for label, done in launch_checklist(portal_site) if not done]
