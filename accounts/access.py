"""Who can do what where (R-OPS-6, Art 7): each account's roles, the trees and settings they act on, last login."""

from django.contrib.auth.models import Group
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import GroupPagePermission, GroupSitePermission, Page, Site

from accounts import roles
from home.trees import site_roots

# What each role of the whole portal may do beyond page rights (Art 7, 8, 11, 12, 21; R-OPS-6): the report says it in
# words, so that no role reads "—" (issue 18). A site's editors and approvers are described by their page rights.
ROLE_RIGHTS = {
    roles.CHIEF_EDITOR: gettext_lazy(
        "duyệt và xuất bản trên mọi trang; xuất bản không qua duyệt có lý do; cài đặt, menu và bố cục trang chủ của mọi "
        "trang; lĩnh vực, đơn vị, dịch vụ công, Ban Biên tập, đầu mối; chế độ nhuận bút; đọc nhật ký kiểm tra"
    ),
    roles.BOARD_MEMBERS: gettext_lazy(
        "thẩm định chuyên môn tin bài thuộc lĩnh vực được phân công (Điều 12.3); xem bản nháp đang chờ mình thẩm định"
    ),
    roles.STANDING_EDITORS: gettext_lazy(
        "chọn tin bài dịch sang tiếng Anh; giữ bảng phân luồng câu hỏi của người dân; sổ tiếp nhận thông tin; "
        "gửi yêu cầu rà soát cho đơn vị; xem sổ nhuận bút"
    ),
    roles.STANDING_APPROVERS: gettext_lazy(
        "chọn tin bài dịch sang tiếng Anh; giữ bảng phân luồng câu hỏi của người dân; sổ tiếp nhận thông tin; "
        "gửi yêu cầu rà soát và giao việc; xem sổ nhuận bút và báo cáo quy trình biên tập của mọi trang"
    ),
    roles.EN_TRANSLATORS: gettext_lazy("dịch tin bài được chọn sang tiếng Anh và gửi duyệt; không xuất bản"),
    roles.EN_APPROVERS: gettext_lazy("duyệt và xuất bản bản tiếng Anh"),
    roles.IT_ADMINS: gettext_lazy(
        "quản lý tài khoản (tạo, khoá, mở khoá, đặt lại xác thực hai bước, khoá khẩn cấp một trang); bật/tắt trang "
        "thành phần; lịch ngày làm việc; máy chủ tập lệnh đo lường; đọc nhật ký kiểm tra và sự kiện an ninh; "
        "không sửa nội dung"
    ),
    roles.FOCAL_POINTS: gettext_lazy("trả lời yêu cầu rà soát và thông tin được chuyển đến đơn vị mình; không sửa nội dung"),
    roles.ACCOUNTANTS: gettext_lazy("đọc sổ nhuận bút, thù lao của mọi trang và thông tin thanh toán; giữ chế độ nhuận bút; xuất bảng kê"),
}

PAGE_ACTIONS = {
    "add_page": "tạo",
    "change_page": "sửa",
    "publish_page": "xuất bản",
    "bulk_delete_page": "xoá",
    "lock_page": "khoá trang",
    "unlock_page": "mở khoá trang",
}


def tree_labels() -> dict[int, str]:
    """A name for every page a permission can be granted on: the tree root, each site, its English tree."""
    labels = {Page.get_first_root_node().pk: _("Toàn bộ các trang")}
    for site in Site.objects.select_related("root_page"):
        for root in site_roots(site):
            language = root.locale.language_code
            labels[root.pk] = site.hostname if root.pk == site.root_page_id else f"{site.hostname}/{language}/"
    return labels


def group_access(labels: dict[int, str]) -> dict[int, list[str]]:
    """For each group, lines such as "thads.localhost: tạo, sửa"."""
    groups = Group.objects.prefetch_related(
        Prefetch("page_permissions", queryset=GroupPagePermission.objects.select_related("permission")),
        Prefetch("site_permissions", queryset=GroupSitePermission.objects.select_related("site")),
    )
    access = {}
    for group in groups:
        by_tree = {}
        for grant in group.page_permissions.all():
            label = labels.get(grant.page_id) or f"#{grant.page_id}"
            by_tree.setdefault(label, []).append(PAGE_ACTIONS.get(grant.permission.codename, grant.permission.codename))
        lines = [
            f"{tree}: {', '.join(sorted(set(actions), key=list(PAGE_ACTIONS.values()).index))}" for tree, actions in sorted(by_tree.items())
        ]
        settings_sites = sorted({grant.site.hostname for grant in group.site_permissions.all()})
        if settings_sites:
            lines.append(_("cài đặt trang: %(sites)s") % {"sites": ", ".join(settings_sites)})
        if group.name in ROLE_RIGHTS:
            lines.insert(0, str(ROLE_RIGHTS[group.name]))
        access[group.pk] = lines
    return access


def describe_accounts(users) -> None:
    """Annotates each user with `roles`, `access` and `state`, for the report and its CSV export."""
    access = group_access(tree_labels())
    for user in users:
        groups = list(user.groups.all())
        user.roles = "; ".join(group.name for group in groups) or "—"
        if user.is_superuser:
            user.access = _("Toàn quyền (quản trị tối cao)")
        else:
            user.access = "; ".join(line for group in groups for line in access.get(group.pk, [])) or "—"
        user.state = _("Đang hoạt động") if user.is_active else _("Đã khoá")
