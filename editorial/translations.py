"""The English edition's two steps (R-EN-1, R-FLOW-6): a translator finishes a translation in wagtail-localize's
editor and submits it to the English workflow; an English approver publishes it. wagtail-localize alone offers
only "publish" (refused to translators, who lack the permission) and no way into a Wagtail workflow."""

from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation


class SubmissionRefused(Exception):
    pass


def translation_of(page: Page) -> Translation | None:
    return Translation.objects.filter(source__object_id=page.translation_key, target_locale=page.locale, enabled=True).first()


def can_submit(page: Page, user) -> bool:
    return (
        translation_of(page) is not None
        and page.permissions_for_user(user).can_edit()
        and not page.workflow_in_progress
        and page.get_workflow() is not None
    )


def submit_for_approval(page: Page, user):
    """Save the translated strings as a draft of the English page and start its workflow."""
    translation = translation_of(page)
    if translation is None or not page.permissions_for_user(user).can_edit():
        raise SubmissionRefused(_("Trang này không phải bản dịch bạn được sửa."))
    if page.workflow_in_progress:
        raise SubmissionRefused(_("Bản dịch đang chờ duyệt."))
    total, translated = translation.get_progress()
    if translated < total:
        raise SubmissionRefused(
            _("Còn %(missing)d trên %(total)d đoạn chưa dịch; dịch hết rồi gửi duyệt.") % {"missing": total - translated, "total": total}
        )
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if workflow is None:
        raise SubmissionRefused(_("Cây tiếng Anh chưa có quy trình duyệt."))
    return workflow.start(page, user)
