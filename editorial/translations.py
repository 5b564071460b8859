"""The English edition's two steps (R-EN-1, R-FLOW-6): a translator finishes a translation in wagtail-localize's
editor and submits it to the English workflow; an English approver publishes it. wagtail-localize alone offers
only "publish" (refused to translators, who lack the permission) and no way into a Wagtail workflow."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.report import TranslationsReportView

# Segments a translator does not see as text of the page: named, so that "untranslated" says what to fill in.
FIELD_NAMES = {
    "slug": gettext_lazy("địa chỉ trang (slug, trong thẻ Khác)"),
    "title": gettext_lazy("tiêu đề"),
    "seo_title": gettext_lazy("tiêu đề cho máy tìm kiếm"),
    "search_description": gettext_lazy("mô tả cho máy tìm kiếm"),
}


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
        missing = untranslated_segments(translation)
        raise SubmissionRefused(
            _("Còn %(missing)d trên %(total)d đoạn chưa dịch: %(which)s. Dịch hết rồi gửi duyệt.")
            % {"missing": total - translated, "total": total, "which": "; ".join(missing)}
        )
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if workflow is None:
        raise SubmissionRefused(_("Cây tiếng Anh chưa có quy trình duyệt."))
    return workflow.start(page, user)


def untranslated_segments(translation: Translation) -> list[str]:
    """What is still to translate, as the translator can find it: a field by its name (the slug is on a tab of its
    own), a text by its first words (issue 18)."""
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale_id=translation.target_locale_id, has_error=False
    )
    segments = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate(done=Exists(done))
        .filter(done=False)
        .select_related("string", "context")
        .order_by("order")
    )
    return [str(FIELD_NAMES.get(segment.context.path) or f"“{Truncator(segment.string.data).chars(60)}”") for segment in segments]


# The translator's list (issue 18): chosen for English and not yet sent, waiting for the English approver, sent back.
TO_TRANSLATE, WAITING, SENT_BACK = "to_translate", "waiting", "sent_back"


def translation_tasks(user, limit: int = 50) -> list[dict]:
    """The translated pages (other than Vietnamese) the user may edit that still need them: not live or with changes
    not yet published, each with its state and progress."""
    chosen = Translation.objects.filter(enabled=True, source__object_id=OuterRef("translation_key"), target_locale=OuterRef("locale"))
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    pages = (
        editable.exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(Exists(chosen), Q(live=False) | Q(has_unpublished_changes=True), alias_of__isnull=True)
        .select_related("locale")
        .order_by("-latest_revision_created_at")[:limit]
    )
    states = {
        int(state.object_id): state.status
        for state in WorkflowState.objects.active().filter(base_content_type__model="page", object_id__in=[str(page.pk) for page in pages])
    }
    translations = {
        (t.source.object_id, t.target_locale_id): t
        for t in Translation.objects.filter(enabled=True, source__object_id__in=[page.translation_key for page in pages]).select_related(
            "source"
        )
    }
    rows = []
    for page in pages:
        status = states.get(page.pk)
        state = SENT_BACK if status == WorkflowState.STATUS_NEEDS_CHANGES else WAITING if status else TO_TRANSLATE
        translation = translations.get((page.translation_key, page.locale_id))
        total, translated = translation.get_progress() if translation else (0, 0)
        rows.append({"page": page, "state": state, "total": total, "translated": translated})
    order = {SENT_BACK: 0, TO_TRANSLATE: 1, WAITING: 2}
    return sorted(rows, key=lambda row: order[row["state"]])


class TranslationsReport(TranslationsReportView):
    """wagtail-localize's report of translations, newest first: its own has no order, and its pages could repeat an
    item or skip one from one page to the next (Django warns of it)."""

    def get_queryset(self):
        return super().get_queryset().order_by("-created_at", "-pk")
