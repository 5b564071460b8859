"""The demo's assignments, field monitoring and review requests (issue 20, Art 12.1, 15.1, 15.4): standing_editor
finds a draft given to them on the dashboard, thads_editor an overdue one; board_member has looked at two items of
their fields (one sent back with a correction draft, on the approvers' dashboard) and finds the rest waiting; focal_thads
has a review request about three THADS items, one already answered. Made with the features' own code."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.test import override_settings
from wagtail.images import get_image_model

from demo import content
from editorial import assignments, monitoring, review_requests
from editorial.focal_points import focal_points_of
from editorial.models import Assignment, BoardMember, ReviewRequest
from home.models import SectionPage
from news.models import ArticlePage, archive_folder
from subsites.models import Unit
from vietnamese.text import slugify

# (site, title, assigner, assignee, working days, note, overdue)
ASSIGNED_DRAFTS = [
    ("moj", "Hội nghị triển khai công tác hộ tịch năm 2026", "standing_approver", "standing_editor", 5, "Phỏng vấn Vụ Hộ tịch.", False),
    ("thads", "Kết quả xác minh điều kiện thi hành án quý III", "thads_approver", "thads_editor", 1, "Lấy số liệu Phòng Nghiệp vụ.", True),
]
REVIEW_NOTE = "Rà soát định kỳ thông tin THADS đã đăng (Điều 15.4 Quy chế)."
SENT_BACK_COMMENT = "Số liệu trong bài chưa cập nhật theo báo cáo mới nhất."


class EditorialWorkMixin:
    """Part of DemoBuilder: needs its `now`; after the people, the items in review and the focal points exist."""

    def editorial_work(self, portal_sites):
        User = get_user_model()
        people = {user.username: user for user in User.objects.all()}
        # The demo's addresses are not real: the features' e-mails go nowhere.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            for site_slug, title, assigner, assignee, days, note, overdue in ASSIGNED_DRAFTS:
                draft = self.assigned_draft(portal_sites[site_slug], title)
                if Assignment.objects.filter(page=draft).exists():
                    continue
                assignment = assignments.assign(draft, people[assigner], people[assignee], days, note)
                if overdue:
                    assignment.assigned_at -= datetime.timedelta(days=4)
                    assignment.due_at = self.now - datetime.timedelta(hours=3)
                    assignment.save(update_fields=["assigned_at", "due_at"])
            self.field_looks(people["board_member"], portal_sites["moj"])
            self.review_request(portal_sites["thads"], people)

    def assigned_draft(self, portal_site, title):
        home = portal_site.site.root_page
        slug = slugify(title)
        existing = ArticlePage.objects.descendant_of(home).filter(slug=slug).first()
        if existing:
            return existing
        article = ArticlePage(
            title=title,
            slug=slug,
            live=False,
            date=self.now,
            lead=f"{title}. {content.PARAGRAPHS[0]}",
            body=json.dumps([{"type": "paragraph", "value": f"<p>{content.PARAGRAPHS[1]}</p>"}]),
            main_image=get_image_model().objects.order_by("pk").first(),
            source=portal_site.name,
        )
        archive_folder(SectionPage.objects.child_of(home).first(), self.now).add_child(instance=article)
        article.save_revision()
        return article

    def field_looks(self, user, portal_site):
        """The Board member's first look on the main portal: the oldest item of their fields reviewed, the next sent
        back to the Standing Board's approvers."""
        member = BoardMember.objects.get(user=user)
        if member.user.field_reviews.exists():
            return
        home = portal_site.site.root_page
        waiting = [item for item in monitoring.unreviewed_items(member) if item.url_path.startswith(home.url_path)][:2]
        if len(waiting) == 2:
            monitoring.record(waiting[0], member, "reviewed", "")
            monitoring.record(waiting[1], member, "needs-look", SENT_BACK_COMMENT, "correction")

    def review_request(self, portal_site, people):
        if ReviewRequest.objects.filter(note=REVIEW_NOTE).exists():
            return
        unit = Unit.objects.get(slug="cuc-thi-hanh-an-dan-su")
        home = portal_site.site.root_page
        pages = list(ArticlePage.objects.live().descendant_of(home).order_by("last_published_at", "pk")[:3])
        data = {"unit": unit, "due_date": self.now.date() + datetime.timedelta(days=7), "note": REVIEW_NOTE}
        request = review_requests.create_request(people["standing_approver"], portal_site, data, pages, focal_points_of(unit))
        review_requests.answer_item(request.items.first(), people["focal_thads"], "accurate", "")
