"""Deadline reminders (R-FLOW-3): one hour of working time before an item's due time, and again once it has passed,
everyone who may act on it gets an e-mail and a notice on their dashboard. Run it every few minutes (cron, systemd
timer); each reminder is sent once, whatever the number of runs."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override

from editorial.models import EditorialTaskState, ExpertReviewTask, Reminder, working_calendar

WARNING_BEFORE = datetime.timedelta(hours=1)


def people_who_may_act(task_state: EditorialTaskState, approvers_of: dict) -> list:
    """The Board members chosen for an expert review; otherwise the members of the task's groups (read once per task)."""
    if ContentType.objects.get_for_id(task_state.task.content_type_id).model_class() is ExpertReviewTask:
        return [user for user in task_state.reviewers.all() if user.is_active]
    if task_state.task_id not in approvers_of:
        groups = task_state.task.specific.groups.all()
        approvers_of[task_state.task_id] = list(get_user_model().objects.filter(groups__in=groups, is_active=True).distinct())
    return approvers_of[task_state.task_id]


class Command(BaseCommand):
    help = "Send the reminders of workflow deadlines that are near or past. Safe to run every few minutes."

    def handle(self, *args, **options):
        now = timezone.now()
        soon = working_calendar().add(now, WARNING_BEFORE)
        states = (
            EditorialTaskState.objects.filter(status=EditorialTaskState.STATUS_IN_PROGRESS, due_at__lte=soon)
            .select_related("task", "workflow_state")
            .prefetch_related("reviewers")
        )
        already_sent = set(Reminder.objects.filter(task_state__in=states).values_list("task_state_id", "user_id", "kind"))
        sent, approvers_of = 0, {}
        with override(settings.LANGUAGE_CODE):
            for task_state in states:
                kind = Reminder.Kind.OVERDUE if task_state.due_at <= now else Reminder.Kind.DUE_SOON
                for user in people_who_may_act(task_state, approvers_of):
                    if (task_state.pk, user.pk, kind) not in already_sent:
                        sent += self.remind(task_state, user, kind)
        self.stdout.write(f"{sent} reminder(s) sent.")

    def remind(self, task_state, user, kind) -> int:
        try:
            with transaction.atomic():
                reminder = Reminder.objects.create(task_state=task_state, user=user, kind=kind)
        except IntegrityError:
            return 0  # already reminded: a later run, or another worker at the same time
        if user.email:
            title = task_state.workflow_state.content_object.get_admin_display_title()
            due = date_format(timezone.localtime(task_state.due_at), "H:i d/m/Y")
            subject = _("[Quá hạn] %(title)s") if kind == Reminder.Kind.OVERDUE else _("[Sắp đến hạn] %(title)s")
            body = _("“%(title)s” đang chờ bạn ở bước “%(task)s”. Hạn xử lý: %(due)s.") % {
                "title": title,
                "task": task_state.task.name,
                "due": due,
            }
            send_mail(subject % {"title": title}, body, None, [user.email], fail_silently=True)
        return 1 if reminder else 0
