"""Review requests to units (Art 15.4): the Standing Board picks published items of a site (by section, field, age)
and asks the unit's focal point to confirm or correct them by a due date. The focal point answers per item: still
accurate, or needs correction — which saves a draft of the item for the site's editors to correct and take through the
two steps. Unanswered items past the due date are flagged; the list gives the figures per unit. All logged."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from accounts import roles
from accounts.roles import is_chief_editor, is_standing_board
from editorial.focal_points import units_answered_by
from editorial.models import ReviewRequest, ReviewRequestItem
from editorial.monitoring import field_page_models
from editorial.publishing import open_correction_draft
from editorial.review_request_forms import AnswerForm, ItemFilterForm, ReviewRequestForm
from home.trees import site_roots, within

REVIEW_REQUEST = "moj.review_request"
REVIEW_ANSWER = "moj.review_answer"


def may_request(user) -> bool:
    return is_standing_board(user) or is_chief_editor(user)


def published_items(filters: dict):
    """Live items of the chosen site, narrowed by section, field and age."""
    portal_site = filters["site"]
    items = Page.objects.live().filter(within(site_roots(portal_site.site))).filter(depth__gt=3)
    if filters.get("section"):
        section = Page.objects.filter(pk=filters["section"]).first()
        items = items.descendant_of(section) if section else items.none()
    if filters.get("field"):
        ids = set()
        for model in field_page_models():
            ids.update(model.objects.filter(subject_areas=filters["field"]).values_list("pk", flat=True))
        items = items.filter(pk__in=ids)
    if filters.get("older_than") is not None:
        items = items.filter(last_published_at__lte=timezone.now() - datetime.timedelta(days=filters["older_than"]))
    return items.order_by("last_published_at")[:200]


@transaction.atomic
def create_request(user, portal_site, data, pages, focal_points) -> ReviewRequest:
    """Asks the unit's focal points (every one is mailed; the first is named on the request)."""
    request = ReviewRequest.objects.create(
        portal_site=portal_site,
        unit=data["unit"],
        focal_point=focal_points[0],
        requested_by=user,
        due_date=data["due_date"],
        note=data["note"],
    )
    names = [person.get_username() for person in focal_points]
    for page in pages:
        ReviewRequestItem.objects.create(request=request, page=page)
        log(instance=page.specific, action=REVIEW_REQUEST, user=user, data={"unit": data["unit"].name, "focal_points": names})
    addresses = [person.email for person in focal_points if person.email]
    if addresses:
        body = _("Ban Biên tập đề nghị đơn vị rà soát %(count)d tin bài trên %(site)s trước ngày %(due)s:") % {
            "count": len(pages),
            "site": portal_site.name,
            "due": date_format(request.due_date, "d/m/Y"),
        }
        body += "\n\n" + "\n".join(f"- {page.title}" for page in pages)
        send_mail(_("[Đề nghị rà soát] %(site)s") % {"site": portal_site.name}, body, None, addresses, fail_silently=True)
    return request


def new_request(request):
    if not may_request(request.user):
        raise PermissionDenied
    filters = ItemFilterForm(request.GET or None)
    items = list(published_items(filters.cleaned_data)) if filters.is_valid() else []
    portal_site = filters.cleaned_data["site"] if filters.is_valid() else None
    form = ReviewRequestForm(request.POST or None, item_choices=[(item.pk, item.title) for item in items], portal_site=portal_site)
    if request.method == "POST" and filters.is_valid() and form.is_valid():
        chosen = [item for item in items if item.pk in set(form.cleaned_data["items"])]
        review_request = create_request(request.user, portal_site, form.cleaned_data, chosen, form.focal_points)
        messages.success(request, _("Đã gửi đề nghị rà soát %(count)d tin bài.") % {"count": len(chosen)})
        return redirect("editorial_review_request", review_request.pk)
    return TemplateResponse(request, "editorial/review_requests/new.html", {"filters": filters, "items": items, "form": form})


def unit_figures(requests) -> list[dict]:
    """Per unit (per site for the requests made before units were chosen): items asked about, still accurate, needing
    correction, unanswered, overdue."""
    rows = {}
    for item in ReviewRequestItem.objects.filter(request__in=requests).select_related("request__portal_site", "request__unit"):
        unit, site = item.request.unit, item.request.portal_site
        key, name = (("unit", unit.pk), unit.name) if unit else (("site", site.pk), site.name)
        row = rows.setdefault(key, {"site": name, "asked": 0, "accurate": 0})
        row["asked"] += 1
        row["accurate"] += item.answer == ReviewRequestItem.Answer.ACCURATE
        row["correction"] = row.get("correction", 0) + (item.answer == ReviewRequestItem.Answer.NEEDS_CORRECTION)
        row["unanswered"] = row.get("unanswered", 0) + (not item.answer)
        row["overdue"] = row.get("overdue", 0) + item.is_overdue
    return sorted(rows.values(), key=lambda row: row["site"])


def answers_for(user) -> Q:
    """The requests a focal point answers: made to them, or to a unit they answer for today (Art 15.4)."""
    if not (user.is_active and roles.has_role(user, roles.FOCAL_POINTS)):
        return Q(pk__in=[])
    return Q(focal_point=user, unit__isnull=True) | Q(unit__in=units_answered_by(user))


def request_list(request):
    """The Standing Board sees every request and the figures per unit; a focal point sees the requests to their unit."""
    if may_request(request.user):
        requests = ReviewRequest.objects.all()
    else:
        requests = ReviewRequest.objects.filter(answers_for(request.user))
        if not requests.exists():
            raise PermissionDenied
    requests = requests.select_related("portal_site", "unit", "focal_point").prefetch_related("items")
    context = {"requests": requests, "figures": unit_figures(requests), "may_request": may_request(request.user)}
    return TemplateResponse(request, "editorial/review_requests/list.html", context)


def pending_correction(page) -> ReviewRequestItem | None:
    """The unit's request for a correction, until the item is published again."""
    asked = ReviewRequestItem.objects.filter(page=page, answer=ReviewRequestItem.Answer.NEEDS_CORRECTION).order_by("-answered_at").first()
    if asked is None or (page.last_published_at and asked.answered_at < page.last_published_at):
        return None
    return asked


@transaction.atomic
def answer_item(item: ReviewRequestItem, user, answer: str, comment: str) -> None:
    page = item.page.specific
    item.answer, item.comment, item.answered_at = answer, comment, timezone.now()
    if answer == ReviewRequestItem.Answer.NEEDS_CORRECTION:
        item.correction_revision = open_correction_draft(page, user, comment, source=REVIEW_REQUEST)
        portal_site = item.request.portal_site
        team = [*portal_site.editors_group.user_set.filter(is_active=True), *portal_site.approvers_group.user_set.filter(is_active=True)]
        addresses = sorted({person.email for person in team if person.email})
        if addresses:
            body = _("Đơn vị đề nghị đính chính “%(title)s”: %(comment)s") % {"title": page.title, "comment": comment}
            send_mail(_("[Cần đính chính] %(title)s") % {"title": page.title}, body, None, addresses, fail_silently=True)
    item.save()
    data = {"answer": answer, "comment": comment, "request": item.request_id}
    log(instance=page, action=REVIEW_ANSWER, user=user, data=data, revision=item.correction_revision)


def request_detail(request, request_id):
    review_request = get_object_or_404(ReviewRequest.objects.select_related("portal_site", "unit", "focal_point"), pk=request_id)
    # A focal point of the unit asked (the person asked, on the first requests), while they still hold the role: a
    # focal point relieved of it answers no more.
    is_focal_point = ReviewRequest.objects.filter(answers_for(request.user), pk=review_request.pk).exists()
    if not (is_focal_point or may_request(request.user)):
        raise PermissionDenied
    form = AnswerForm(request.POST or None)
    if request.method == "POST":
        if not is_focal_point:
            raise PermissionDenied
        if form.is_valid():
            item = get_object_or_404(review_request.items.filter(answer=""), pk=form.cleaned_data["item"])
            answer_item(item, request.user, form.cleaned_data["answer"], form.cleaned_data["comment"].strip())
            messages.success(request, _("Đã ghi nhận trả lời cho “%(title)s”.") % {"title": item.page.title})
            return redirect("editorial_review_request", review_request.pk)
    items = review_request.items.select_related("page")
    context = {"review_request": review_request, "items": items, "form": form, "is_focal_point": is_focal_point}
    return TemplateResponse(request, "editorial/review_requests/detail.html", context)
