from django import template

from editorial.translations import can_submit, translation_of

register = template.Library()


@register.inclusion_tag("editorial/translation_submission.html", takes_context=True)
def translation_submission(context, page):
    """The translation editor's bar: how much is translated and, for who may, the button that sends it for approval."""
    request = context.get("request")
    translation = translation_of(page)
    total, translated = translation.get_progress() if translation else (0, 0)
    return {
        "page": page,
        "csrf_token": context.get("csrf_token"),
        "may_submit": request is not None and can_submit(page, request.user),
        "in_moderation": page.workflow_in_progress,
        "total": total,
        "translated": translated,
    }
