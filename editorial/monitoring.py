"""Board members follow what is published in their fields (Art 12.1, 15.1): "Theo dõi lĩnh vực" lists the items of
their fields published on any site since they last looked at them; one click marks an item reviewed, or sends it
back to its site's approvers with a comment (by e-mail and on their dashboard). Every look is in the audit log."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log
from wagtail.models import Page, get_page_models

from accounts.roles import group_ids
from editorial.assignment_forms import FieldReviewForm
from editorial.assignments import portal_site_of
from editorial.calendar import working_days
from editorial.models import BoardMember, FieldReview, working_calendar
from editorial.publishing import open_correction_draft
from home.trees import within_sites
from subsites.models import PortalSite

FIELD_REVIEWED = "moj.field_reviewed"
FIELD_NEEDS_LOOK = "moj.field_needs_look"


def board_member_of(user) -> BoardMember | None:
    return BoardMember.objects.filter(user=user, user__is_active=True).first()


def field_page_models():
    """The page types that carry fields (lĩnh vực)."""
    return [
        model
        for model in get_page_models()
        if not model._meta.abstract and any(f.name == "subject_areas" for f in model._meta.get_fields())
    ]


def unreviewed_items(member: BoardMember) -> list[Page]:
    """Live items of the member's fields published in the window and not reviewed by them since, oldest first; each
    with `flagged` when it has waited longer than the set number of working days."""
    areas = list(member.subject_areas.values_list("pk", flat=True))
    since = timezone.now() - datetime.timedelta(days=settings.FIELD_MONITORING_WINDOW_DAYS)
    items = []
    for model in field_page_models():
        items += model.objects.live().filter(subject_areas__in=areas, last_published_at__gte=since).distinct()
    reviewed = {}
    for page_id, published_at in FieldReview.objects.filter(reviewer=member.user).values_list("page_id", "published_at"):
        reviewed[page_id] = max(filter(None, [reviewed.get(page_id), published_at]), default=None)
    items = [item for item in items if reviewed.get(item.pk) is None or reviewed[item.pk] < item.last_published_at]
    calendar, now, allowed = working_calendar(), timezone.now(), working_days(settings.FIELD_REVIEW_WORKING_DAYS)
    for item in items:
        item.flagged = calendar.add(item.last_published_at, allowed) < now
    return sorted(items, key=lambda item: item.last_published_at)


def approvers_of(page: Page):
    portal_site = portal_site_of(page)
    return portal_site.approvers_group.user_set.filter(is_active=True) if portal_site else []


@transaction.atomic
def record(page: Page, member: BoardMember, verdict: str, comment: str, proposal: str = "") -> FieldReview:
    """One look; "needs another look" proposes a correction (a draft is opened for the site's editors) or a takedown
    (for the site's approvers to decide, Art 15.3), and reaches the site's approvers by e-mail and on their dashboard."""
    needs_look = verdict == FieldReview.Verdict.NEEDS_ANOTHER_LOOK
    proposal = (proposal or FieldReview.Proposal.CORRECTION) if needs_look else ""
    review = FieldReview.objects.create(
        page=page, reviewer=member.user, verdict=verdict, comment=comment, proposal=proposal, published_at=page.last_published_at
    )
    action = FIELD_NEEDS_LOOK if needs_look else FIELD_REVIEWED
    log(instance=page.specific, action=action, user=member.user, data={"comment": comment, "proposal": proposal})
    if proposal == FieldReview.Proposal.CORRECTION:
        review.correction_revision = open_correction_draft(page, member.user, comment, source=FIELD_NEEDS_LOOK)
        review.save(update_fields=["correction_revision"])
    if needs_look:
        title = page.get_admin_display_title()
        body = _("%(member)s (Ban Biên tập) đề nghị %(proposal)s “%(title)s”: %(comment)s") % {
            "member": member,
            "proposal": FieldReview.Proposal(proposal).label.lower(),
            "title": title,
            "comment": comment,
        }
        addresses = [user.email for user in approvers_of(page) if user.email]
        if addresses:
            send_mail(_("[Cần xem lại] %(title)s") % {"title": title}, body, None, addresses, fail_silently=True)
    return review


def field_monitoring(request):
    """The Board member's "Theo dõi lĩnh vực"; a POST records one look at one item."""
    member = board_member_of(request.user)
    if member is None:
        raise PermissionDenied
    form = FieldReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        items = {item.pk: item for item in unreviewed_items(member)}
        page = items.get(form.cleaned_data["page"])
        if page is None:
            get_object_or_404(Page, pk=form.cleaned_data["page"])
            raise PermissionDenied  # not an item of this member's fields waiting for their look
        data = form.cleaned_data
        record(page, member, data["verdict"], data["comment"].strip(), data["proposal"])
        messages.success(request, _("Đã ghi nhận: “%(title)s”.") % {"title": page.title})
        return redirect("editorial_field_monitoring")
    context = {"items": unreviewed_items(member), "member": member, "form": form, "working_days": settings.FIELD_REVIEW_WORKING_DAYS}
    return TemplateResponse(request, "editorial/monitoring/fields.html", context)


class SentBackPanel(Component):
    """ "Board members ask for another look" on an approver's dashboard: the items of their sites sent back by a Board
    member and not published again since."""

    name = "sent_back_by_board"
    template_name = "editorial/monitoring/panel.html"
    order = 95

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        sites = {site.site_id for site in PortalSite.every_site() if site.approvers_group_id in group_ids(user)}
        if not sites:
            return {"reviews": []}
        reviews = (
            FieldReview.objects.filter(within_sites(sites, "page__url_path"), verdict=FieldReview.Verdict.NEEDS_ANOTHER_LOOK)
            .select_related("page", "reviewer")
            .order_by("-reviewed_at")[:30]
        )
        return {"reviews": [review for review in reviews if review.published_at == review.page.last_published_at]}
