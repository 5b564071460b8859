from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from editorial.publishing import CORRECTION


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
