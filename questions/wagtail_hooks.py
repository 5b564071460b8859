"""Citizens' questions in the admin: URLs, the menu item (for the keepers and focal points), the routing table
as a snippet the Standing Board edits, and the Q&A page going live marking its question published."""

from django.db.models import Case, Count, Q, Value, When, Window
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from questions import admin_views, publishing, report, retention
from questions.access import may_open, visible_questions
from questions.models import OPEN_STATES, Route, State


@hooks.register("register_admin_urls")
def register_questions_urls():
    return [
        path("questions/", admin_views.index, name="questions_index"),
        path("questions/bao-cao/", report.report, name="questions_report"),
        path("questions/<int:question_id>/", admin_views.detail, name="questions_detail"),
        path("questions/<int:question_id>/xu-ly/", admin_views.act, name="questions_act"),
        path("questions/<int:question_id>/dang/", admin_views.publish, name="questions_publish"),
        path("questions/<int:question_id>/gui-rieng/", admin_views.send_privately, name="questions_private"),
        path("questions/<int:question_id>/tep/", admin_views.attachment, name="questions_attachment"),
    ]


@hooks.register("register_log_actions")
def register_questions_log_actions(actions):
    actions.register_action(retention.ERASED, _("Xoá dữ liệu cá nhân của người hỏi"), _("Xoá dữ liệu cá nhân của người hỏi"))


class QuestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_open(request.user)


@hooks.register("register_admin_menu_item")
def register_questions_menu_item():
    return QuestionsMenuItem(_("Câu hỏi pháp luật"), reverse("questions_index"), icon_name="help", order=260)


class QuestionsPanel(Component):
    """On the dashboard of a focal point (and of the Standing Board): open questions by due time, overdue first, in
    red; questions awaiting the asker's clarification apart (their clock is paused)."""

    name = "questions_due"
    order = 95
    template_name = "questions/admin/panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        # One query (the dashboard's budget, issue 16): those awaiting the asker come last and are counted over all rows
        # by a window, which is computed before the LIMIT.
        awaiting = Q(state=State.CLARIFICATION)
        rows = list(
            visible_questions(self.user)
            .filter(state__in=OPEN_STATES)
            .select_related("unit")
            .annotate(
                awaiting_last=Case(When(awaiting, then=Value(1)), default=Value(0)),
                awaiting_count=Window(Count("pk", filter=awaiting)),
            )
            .order_by("awaiting_last", "due_at")[:20]
        )
        due = [question for question in rows if question.state != State.CLARIFICATION]
        return {
            "due": due,
            "overdue_count": sum(question.is_overdue for question in due),
            "awaiting_count": rows[0].awaiting_count if rows else 0,
        }


@hooks.register("construct_homepage_panels")
def questions_dashboard_panel(request, panels):
    if may_open(request.user):
        panels.append(QuestionsPanel(request.user))


class RouteViewSet(SnippetViewSet):
    """Editable by whoever holds the snippet permissions: the Standing Board (granted in its group's permissions)."""

    model = Route
    icon = "redirect"
    menu_label = _("Phân công trả lời câu hỏi")
    list_display = ["subject_area", "unit", "answer_days"]


register_snippet(RouteViewSet)


def mark_published(sender, instance, **kwargs):
    publishing.on_published(instance)


page_published.connect(mark_published, dispatch_uid="questions_mark_published")
