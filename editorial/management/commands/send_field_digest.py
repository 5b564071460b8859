"""The weekly digest of field monitoring (Art 15.1): each Board member gets by e-mail the items of their fields that
they have not reviewed yet, the overdue ones marked. Scheduled weekly by the ops scheduler."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from editorial.models import BoardMember
from editorial.monitoring import unreviewed_items


class Command(BaseCommand):
    help = "E-mail each Board member the published items of their fields that they have not reviewed yet."

    def handle(self, *args, **options):
        sent = 0
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("editorial_field_monitoring")
        with override(settings.LANGUAGE_CODE):
            for member in BoardMember.objects.filter(user__is_active=True).exclude(user__email="").select_related("user"):
                items = unreviewed_items(member)
                if not items:
                    continue
                overdue = _("Quá hạn")
                lines = [f"[{overdue}] {item.title}" if item.flagged else item.title for item in items]
                body = _("Tin bài trong lĩnh vực bạn phụ trách chưa được rà soát (%(count)d):") % {"count": len(items)}
                body += "\n\n" + "\n".join(f"- {line}" for line in lines) + "\n\n" + link
                send_mail(_("[Theo dõi lĩnh vực] Tin bài chờ rà soát"), body, None, [member.user.email], fail_silently=True)
                sent += 1
        self.stdout.write(f"{sent} digest(s) sent.")
