"""What happens to the ledger (R-ROY-1): lines proposed when an item is first published, adjusted by the Standing Board,
a month approved by the Chief Editor (never by whoever adjusted one of its lines: the second-person rule, R-FLOW-1)
and locked; a locked month reopened only with a reason, logged. Lines are never deleted: a removed item's are flagged."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, TaskState, WorkflowState

from editorial.rules import ActionRefused, authors_of
from home.trees import SiteIndex
from royalties.models import (
    Budget,
    CoefficientValue,
    Contributor,
    FeeRate,
    FeeRole,
    Genre,
    ItemContributor,
    Period,
    RoyaltyLine,
    whole_dong,
)
from subsites.models import PortalSite

ADJUSTED = "moj.royalty_adjusted"
APPROVED = "moj.royalty_approved"
REOPENED = "moj.royalty_reopened"


def month_of(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date().replace(day=1)


def period_for(page: Page, moment: datetime.datetime) -> Period | None:
    """The month of the site the item belongs to: its unit pays."""
    site_id = SiteIndex().site_id_of(page)
    portal_site = PortalSite.objects.filter(site_id=site_id).first()
    if portal_site is None:
        return None
    period, _created = Period.objects.get_or_create(month=month_of(moment), portal_site=portal_site)
    return period


def contributor_for(user) -> Contributor:
    """A member of staff is in the register from the first time they are paid; finance completes the payment details."""
    contributor = Contributor.objects.filter(user=user).first()
    if contributor is None:
        contributor = Contributor.objects.create(user=user, name=user.get_full_name() or user.get_username(), is_staff_member=True)
    return contributor


def genre_for(page: Page) -> Genre | None:
    kind = getattr(page.specific, "kind", "")
    return Genre.objects.filter(page_kind=kind).first() if kind else None


def compute(line: RoyaltyLine) -> None:
    """The amount from the values in force on the day the item was published (never today's)."""
    day = timezone.localtime(line.published_at).date()
    line.unit_value = CoefficientValue.in_force(day)
    if line.kind == RoyaltyLine.Kind.FEE:
        rate = FeeRate.in_force(line.fee_role, day)
        if rate is not None and rate.amount is not None:
            line.coefficient, line.unit_value = Decimal(1), rate.amount
        else:
            line.coefficient = rate.coefficient if rate is not None else Decimal(0)
    line.amount = whole_dong(line.coefficient * line.unit_value * line.share)


def _workflow_people(page: Page) -> tuple[set[int], int | None, int | None]:
    """(authors, the editor who submitted, the approver who published) from the item's last workflow."""
    workflow = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    approver = None
    if workflow is not None:
        approval = TaskState.objects.filter(workflow_state=workflow, status=TaskState.STATUS_APPROVED).order_by("-finished_at").first()
        approver = approval.finished_by_id if approval else None
    authors = authors_of(None, page.get_latest_revision()) | ({page.owner_id} if page.owner_id else set())
    return authors, (workflow.requested_by_id if workflow else None), approver


@transaction.atomic
def propose(page: Page) -> list[RoyaltyLine]:
    """The lines of an item's first publication; a republication (a correction) proposes nothing more. The authors are
    those chosen from the register in the page editor (ItemContributor), else whoever wrote it in the newsroom; a
    translator or photographer named there is paid that role's fee; the editor who submitted and the approver theirs."""
    genre = genre_for(page)
    if genre is None or RoyaltyLine.objects.filter(page=page).exists():
        return []  # a kind of page the regime does not pay for (a folder, a section…), or lines already proposed
    named = list(ItemContributor.objects.filter(page=page).select_related("contributor").order_by("sort_order", "pk"))
    writers, editor, approver = _workflow_people(page)
    if not named and not writers and editor is None and approver is None:
        return []
    period = period_for(page, page.first_published_at or page.last_published_at or timezone.now())
    if period is None or period.is_locked:
        return []
    from_user = get_user_model().objects.in_bulk(writers | {editor, approver} - {None})
    authors = [item.contributor for item in named if item.role == ItemContributor.Role.AUTHOR]
    authors = authors or [contributor_for(from_user[writer]) for writer in sorted(writers)]
    share = (Decimal(1) / max(len(authors), 1)).quantize(Decimal("0.001"))
    lines = [add_line(period, page, author, genre=genre, share=share) for author in authors]
    fees = [(item.role, item.contributor) for item in named if item.role != ItemContributor.Role.AUTHOR]
    fees += [
        (role, contributor_for(from_user[user_id]))
        for role, user_id in ((FeeRole.EDITING, editor), (FeeRole.APPROVAL, approver))
        if user_id
    ]
    lines += [add_line(period, page, contributor, fee_role=role) for role, contributor in fees]
    return lines


def add_line(period: Period, page: Page, contributor: Contributor, *, genre=None, fee_role="", coefficient=None, share=Decimal(1)):
    """A royalty (with a genre, at the genre's lowest coefficient unless given) or a fee (with a role), priced."""
    line = RoyaltyLine(
        period=period,
        page=page,
        title=page.title[:255],
        published_at=page.first_published_at or page.last_published_at or timezone.now(),
        contributor=contributor,
        kind=RoyaltyLine.Kind.ROYALTY if genre else RoyaltyLine.Kind.FEE,
        genre=genre,
        fee_role=fee_role,
        coefficient=coefficient if coefficient is not None else (genre.coefficient_min if genre else Decimal(0)),
        share=share,
    )
    compute(line)
    line.save()
    return line


def flag_removed(page: Page) -> int:
    return RoyaltyLine.objects.filter(page=page, item_removed=False).update(item_removed=True)


def adjust(line: RoyaltyLine, user, coefficient: Decimal, share: Decimal) -> RoyaltyLine:
    """The Standing Board's adjustment: a coefficient within the genre's range, a share between 0 and 1."""
    if line.period.is_locked:
        raise ActionRefused(_("Kỳ đã duyệt và khoá: cần mở lại (có lý do) trước khi điều chỉnh."))
    if line.genre and not line.genre.coefficient_min <= coefficient <= line.genre.coefficient_max:
        raise ActionRefused(
            _("Hệ số của thể loại “%(genre)s” phải từ %(min)s đến %(max)s.")
            % {"genre": line.genre.name, "min": line.genre.coefficient_min, "max": line.genre.coefficient_max}
        )
    if not Decimal(0) <= share <= Decimal(1):
        raise ActionRefused(_("Tỷ lệ hưởng phải từ 0 đến 1."))
    old = {"coefficient": str(line.coefficient), "share": str(line.share), "amount": str(line.amount)}
    line.coefficient, line.share = coefficient, share
    compute(line)
    line.state, line.adjusted_by = RoyaltyLine.State.ADJUSTED, user
    line.save()
    log(
        instance=line.period,
        action=ADJUSTED,
        user=user,
        data={"line": line.pk, "old": old, "coefficient": str(coefficient), "share": str(share)},
    )
    return line


@transaction.atomic
def approve(period: Period, user) -> Period:
    if period.is_locked:
        raise ActionRefused(_("Kỳ này đã được duyệt."))
    if period.lines.filter(adjusted_by=user).exists():
        raise ActionRefused(_("Người đã điều chỉnh dòng nhuận bút của kỳ không được duyệt kỳ đó: cần một người khác duyệt."))
    period.lines.update(state=RoyaltyLine.State.APPROVED)
    period.state, period.approved_by, period.approved_at = Period.State.LOCKED, user, timezone.now()
    period.reopen_reason = ""
    period.save()
    log(instance=period, action=APPROVED, user=user, data={"total": str(total(period))})
    return period


def reopen(period: Period, user, reason: str) -> Period:
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(_("Mở lại kỳ đã khoá cần ghi lý do."))
    if not period.is_locked:
        raise ActionRefused(_("Kỳ này chưa được duyệt."))
    period.state, period.reopen_reason = Period.State.OPEN, reason
    period.save()
    log(instance=period, action=REOPENED, user=user, data={"reason": reason})
    return period


def total(period: Period) -> Decimal:
    return sum((line.amount for line in period.lines.all()), Decimal(0))


def budget_use(portal_site, year: int, month_total: Decimal | None = None) -> dict:
    """The fund of the year (None when the Chief Editor has entered none), what the year's months use (open ones too:
    what is proposed is what will be paid), what is left, and whether the fund is passed."""
    budget = Budget.objects.filter(portal_site=portal_site, year=year).first()
    used = RoyaltyLine.objects.filter(period__portal_site=portal_site, period__month__year=year).aggregate(s=Sum("amount"))["s"]
    used = used or Decimal(0)
    fund = budget.amount if budget else None
    return {
        "year": year,
        "fund": fund,
        "month": month_total,
        "used": used,
        "left": fund - used if fund is not None else None,
        "exceeded": fund is not None and used > fund,
    }
