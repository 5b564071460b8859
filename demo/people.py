"""The demo's people, one account per role (DESIGN.md, "Demo content contract"), and the items they have in the
workflows, so that every reviewing role finds work on its dashboard."""

import datetime
import json
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from wagtail.images import get_image_model
from wagtail.models import TaskState, WorkflowState
from wagtail.users.models import UserProfile

from accounts import roles
from demo import content
from editorial.models import BoardMember, EditorialTaskState, working_calendar
from editorial.rules import RefusalReason
from home.models import SectionPage
from news.models import ArticlePage, archive_folder
from vietnamese.text import slugify


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    full_name: str
    group: str  # a global role name, or "<site slug>:editors" / "<site slug>:approvers"
    language: str = "vi"  # admin interface language


DEMO_ACCOUNTS = [
    DemoAccount("chief", "Trưởng Ban Biên tập (Chief Editor)", "Nguyễn Văn Trưởng", roles.CHIEF_EDITOR),
    DemoAccount("standing_editor", "Thường trực BBT — biên tập (Standing Board)", "Trần Thị Biên", "moj:editors"),
    DemoAccount("standing_approver", "Thường trực BBT — duyệt, xuất bản (Standing Board)", "Lê Văn Duyệt", "moj:approvers"),
    DemoAccount("board_member", "Thành viên BBT, lĩnh vực: xây dựng pháp luật, hộ tịch, THADS", "Phạm Thị Thẩm", roles.BOARD_MEMBERS),
    DemoAccount("thads_editor", "Biên tập viên — Cục Thi hành án dân sự", "Ngô Văn Hùng", "thads:editors"),
    DemoAccount("thads_approver", "Duyệt — Cục Thi hành án dân sự", "Đinh Thị Hoa", "thads:approvers"),
    DemoAccount("cntt_editor", "Biên tập viên — Cục Công nghệ thông tin", "Lý Văn Minh", "cntt:editors"),
    DemoAccount("cntt_approver", "Duyệt — Cục Công nghệ thông tin", "Mai Thị Lan", "cntt:approvers"),
    DemoAccount("pbgdpl_editor", "Biên tập viên — Vụ Phổ biến, giáo dục pháp luật", "Tạ Văn Nam", "pbgdpl:editors"),
    DemoAccount("pbgdpl_approver", "Duyệt — Vụ Phổ biến, giáo dục pháp luật", "Hồ Thị Thu", "pbgdpl:approvers"),
    DemoAccount("translator", "Biên dịch viên bản tiếng Anh (Vụ HTQT)", "Hoàng Minh Dịch", roles.EN_TRANSLATORS, "en"),
    DemoAccount("en_approver", "Duyệt bản tiếng Anh (Vụ HTQT)", "Vũ Thị Anh", roles.EN_APPROVERS, "en"),
    DemoAccount("itadmin", "Quản trị hệ thống (Cục CNTT)", "Đỗ Văn Quản", roles.IT_ADMINS),
    DemoAccount("focal_thads", "Đầu mối cung cấp thông tin — Cục THADS", "Bùi Thị Mối", roles.FOCAL_POINTS),
    DemoAccount("accountant", "Kế toán — nhuận bút, thù lao (Văn phòng Bộ)", "Phan Thị Toán", roles.ACCOUNTANTS),
]


class PeopleMixin:
    """Part of DemoBuilder: needs its `now`."""

    # People

    def users(self, portal_sites, areas):
        global_groups = roles.ensure_global_roles()
        site_groups = {}
        for slug, portal_site in portal_sites.items():
            site_groups[f"{slug}:editors"] = portal_site.editors_group
            site_groups[f"{slug}:approvers"] = portal_site.approvers_group
        User = get_user_model()
        for account in DEMO_ACCOUNTS:
            first_name, _, last_name = account.full_name.rpartition(" ")
            user, created = User.objects.get_or_create(
                username=account.username,
                defaults={"first_name": first_name, "last_name": last_name, "email": f"{account.username}@moj.gov.vn"},
            )
            if created:
                user.set_password(settings.DEMO_PASSWORD)
                user.save()
            user.groups.add(global_groups.get(account.group) or site_groups[account.group])
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = account.language
            profile.save(update_fields=["preferred_language"])
        board_member, _ = BoardMember.objects.get_or_create(user=User.objects.get(username="board_member"))
        board_member.subject_areas.add(areas["xay-dung-phap-luat"], areas["ho-tich"], areas["thi-hanh-an-dan-su"])

    def items_in_review(self, portal_sites, areas):
        """Items in the workflows, so that every reviewing role finds work on its dashboard and the editorial report
        has figures (R-FLOW-1..4): a complex item for the Board member, ordinary ones for the approvers, one overdue;
        and items already approved on time, late, or sent back with a reason of Art 14."""
        User = get_user_model()
        for site_slug, username, title, area, outcome in content.ITEMS_IN_REVIEW:
            home = portal_sites[site_slug].site.root_page
            slug = slugify(title)
            if ArticlePage.objects.descendant_of(home).filter(slug=slug).exists():
                continue
            section = SectionPage.objects.child_of(home).first()
            article = ArticlePage(
                title=title,
                slug=slug,
                live=False,
                date=self.now,
                lead=f"{title}. {content.PARAGRAPHS[0]}",
                body=json.dumps([{"type": "paragraph", "value": f"<p>{content.PARAGRAPHS[1]}</p>"}]),
                needs_expert_review=area is not None,
                main_image=get_image_model().objects.order_by("pk").first(),
                source=portal_sites[site_slug].name,  # attribution, as every published item has (R-CONT-6)
            )
            archive_folder(section, self.now).add_child(instance=article)
            if area:
                article.subject_areas.set([areas[area]])
            author = User.objects.get(username=username)
            article.save_revision(user=author)
            # Wagtail e-mails the reviewers on each step; the demo's addresses are not real.
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
                workflow_state = article.get_workflow().start(article, author)
                task_state = EditorialTaskState.objects.get(pk=workflow_state.current_task_state_id)
                if outcome in ("overdue", "late"):
                    # Past, and within working hours as every due time is (a demo loaded at 05:00 showed 03:00).
                    task_state.due_at = working_calendar().last_working_moment_before(self.now - datetime.timedelta(hours=2))
                    task_state.save(update_fields=["due_at"])
                approver = User.objects.get(username=f"{'standing' if site_slug == 'moj' else site_slug}_approver")
                if outcome in ("approved", "late"):
                    task_state.task.specific.on_action(task_state, approver, "approve", comment="")
                    # Submitted the day before, as real items are: the report's median hours are not all zero.
                    submitted = self.now - datetime.timedelta(days=1)
                    TaskState.objects.filter(workflow_state=workflow_state).update(started_at=submitted)
                    WorkflowState.objects.filter(pk=workflow_state.pk).update(created_at=submitted)
                elif outcome in dict(RefusalReason.choices):
                    task_state.task.specific.on_action(task_state, approver, "reject", reason=outcome, comment=content.REFUSAL_COMMENT)
