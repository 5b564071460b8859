from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry

from editorial.models import Takedown
from editorial.publishing import CORRECTION, RESTORE


def close_temporary_takedowns(sender, instance, revision=None, **kwargs):
    """A temporarily taken-down item published again through the workflow (corrected after verification) is no longer
    taken down: its notice goes, and the log says so."""
    user = revision.user if revision else None
    for takedown in Takedown.objects.filter(page=instance, kind=Takedown.Kind.TEMPORARY, restored_at__isnull=True):
        takedown.restored_by, takedown.restored_at = user, timezone.now()
        takedown.save(update_fields=["restored_by", "restored_at"])
        log(instance=instance, action=RESTORE, user=user, data={"reason": _("Xuất bản lại qua quy trình duyệt")}, revision=revision)


def log_new_corrections(sender, instance, revision=None, **kwargs):
    """A correction note becomes public when its revision is published: that moment goes into the log, once per note,
    with the note as the reason (R-FLOW-5, R-OPS-3)."""
    corrections = getattr(instance, "corrections", None)
    if corrections is None:
        return
    logged = set(PageLogEntry.objects.filter(page=instance, action=CORRECTION).values_list("data__correction_id", flat=True))
    for correction in corrections.all():
        if correction.pk not in logged:
            user = revision.user if revision else None
            log(
                instance=instance,
                action=CORRECTION,
                user=user,
                data={"reason": correction.note, "correction_id": correction.pk, "date": correction.date.isoformat()},
                revision=revision,
            )


def keep_translation_placeholders_unpublished(sender, instance, **kwargs):
    """Choosing one item for English makes wagtail-localize copy its untranslated parents (the section, the year and
    month folders) into the English tree as aliases of the Vietnamese pages, live whenever those are, and Wagtail
    republishes them each time the Vietnamese page is published. Nothing goes live in English that an English approver
    did not approve (R-EN-1, issue 18): such a placeholder is kept a draft until it is translated and approved
    (translating it turns it into an ordinary page, which goes through the English workflow)."""
    if not isinstance(instance, Page) or instance.alias_of_id is None or not instance.live:
        return
    source_locale = Page.objects.filter(pk=instance.alias_of_id).values_list("locale_id", flat=True).first()
    if source_locale is not None and source_locale != instance.locale_id:
        instance.live = False
        instance.has_unpublished_changes = True
