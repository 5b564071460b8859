"""Publishing an answer (R-CONT-5): a Q&A page (qa.QuestionPage) drafted in the Q&A section of the site the
question was asked on, submitted to that site's two-step workflow — a second person approves. The page holds the
asker's display name only (initials or pseudonym, and province), never their personal data."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from editorial.rules import ActionRefused
from home.trees import site_roots, within
from qa.models import QuestionIndexPage, QuestionPage
from questions import notifications
from questions.models import Event, Question, State
from subsites.models import PortalSite


def qa_index_for(question: Question) -> QuestionIndexPage:
    site = question.portal_site.site if question.portal_site_id else None
    site = site or PortalSite.objects.get(is_main_portal=True).site or Site.objects.get(is_default_site=True)
    index = QuestionIndexPage.objects.filter(within(site_roots(site)), locale=site.root_page.locale).order_by("path").first()
    if index is None:
        raise ActionRefused(_("Trang này chưa có chuyên mục hỏi đáp để đăng câu trả lời."))
    return index


@transaction.atomic
def draft_and_submit(question: Question, user) -> QuestionPage:
    if question.state != State.ANSWERED or question.page_id:
        raise ActionRefused(_("Chỉ đăng được câu hỏi đã trả lời và chưa có trang hỏi đáp."))
    if question.private_reason:
        raise ActionRefused(_("Câu trả lời này đã được gửi riêng cho người hỏi, không đăng."))
    page = QuestionPage(
        title=question.title[:255],
        question=question.text,
        asker_display_name=question.display_name[:100],
        subject_area=question.subject_area,
        answering_unit=question.unit,
        answer=question.answer,
        asked_on=timezone.localdate(question.asked_at),
        answered_on=timezone.localdate(question.answered_at or timezone.now()),
        live=False,
        owner=user,
    )
    qa_index_for(question).add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    question.page = page
    question.save(update_fields=["page"])
    Event.objects.create(question=question, kind=Event.Kind.DRAFTED, user=user, note=escape(page.title))
    return page


def on_published(page) -> None:
    """When the Q&A page goes live (page_published), the question is published and the asker told."""
    for question in Question.objects.filter(page=page).exclude(state=State.PUBLISHED):
        question.state, question.closed_at = State.PUBLISHED, timezone.now()
        question.save(update_fields=["state", "closed_at"])
        notifications.published(question, page.full_url or page.url or "")
