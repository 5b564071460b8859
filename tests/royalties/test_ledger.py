"""Lines proposed at publication, adjusted, approved by a second person, locked, reopened with a reason (R-ROY-1)."""

from decimal import Decimal

import pytest
from wagtail.models import ModelLogEntry

from editorial.publishing import take_down
from editorial.rules import ActionRefused
from royalties import ledger
from royalties.models import CoefficientValue, RoyaltyLine


def test_publishing_an_item_proposes_a_royalty_for_its_author_and_fees_for_its_editor_and_approver(regime, people, publish):
    article = publish()
    lines = {(line.kind, line.fee_role): line for line in RoyaltyLine.objects.filter(page=article)}
    royalty = lines[(RoyaltyLine.Kind.ROYALTY, "")]
    assert royalty.contributor.user == people["standing_editor"] and royalty.genre == regime["news"]
    assert (royalty.coefficient, royalty.share, royalty.amount) == (Decimal(1), Decimal(1), Decimal(100_000))
    assert lines[(RoyaltyLine.Kind.FEE, "editing")].contributor.user == people["standing_editor"]
    assert lines[(RoyaltyLine.Kind.FEE, "editing")].amount == Decimal(50_000)
    approval = lines[(RoyaltyLine.Kind.FEE, "approval")]
    assert approval.contributor.user == people["standing_approver"] and approval.amount == Decimal(30_000)
    assert royalty.period.portal_site.is_main_portal and royalty.state == RoyaltyLine.State.PROPOSED


def test_a_correction_adds_no_line_and_a_takedown_flags_the_lines_without_deleting_them(regime, people, publish):
    article = publish()
    count = RoyaltyLine.objects.filter(page=article).count()
    article.save_revision(user=people["standing_approver"]).publish()
    assert RoyaltyLine.objects.filter(page=article).count() == count
    take_down(article, people["standing_approver"], "permanent", "Sai sự thật")
    assert RoyaltyLine.objects.filter(page=article).count() == count
    assert set(RoyaltyLine.objects.filter(page=article).values_list("item_removed", flat=True)) == {True}


def test_adjusting_keeps_the_coefficient_within_the_genre_range(regime, people, publish):
    line = RoyaltyLine.objects.get(page=publish(), kind=RoyaltyLine.Kind.ROYALTY)
    with pytest.raises(ActionRefused):
        ledger.adjust(line, people["standing_approver"], Decimal(5), Decimal(1))
    ledger.adjust(line, people["standing_approver"], Decimal("2.5"), Decimal("0.5"))
    line.refresh_from_db()
    assert (line.amount, line.state) == (Decimal(125_000), RoyaltyLine.State.ADJUSTED)


def test_whoever_adjusted_cannot_approve_the_month_and_approval_locks_it(regime, people, publish):
    line = RoyaltyLine.objects.get(page=publish(), kind=RoyaltyLine.Kind.ROYALTY)
    ledger.adjust(line, people["chief"], Decimal(2), Decimal(1))
    with pytest.raises(ActionRefused):
        ledger.approve(line.period, people["chief"])
    line.adjusted_by = people["standing_approver"]
    line.save()
    period = ledger.approve(line.period, people["chief"])
    assert period.is_locked and set(period.lines.values_list("state", flat=True)) == {RoyaltyLine.State.APPROVED}
    with pytest.raises(ActionRefused):
        ledger.adjust(line, people["standing_approver"], Decimal(3), Decimal(1))


def test_a_later_change_of_the_coefficient_value_does_not_change_a_locked_month(regime, people, publish):
    period = RoyaltyLine.objects.filter(page=publish()).first().period
    ledger.approve(period, people["chief"])
    before = ledger.total(period)
    regime["value"].value = Decimal(150_000)
    regime["value"].save()
    CoefficientValue.objects.create(value=Decimal(200_000), valid_from=period.month)
    assert ledger.total(period) == before == Decimal(180_000)


def test_reopening_needs_a_reason_and_is_logged(regime, people, publish):
    period = ledger.approve(RoyaltyLine.objects.filter(page=publish()).first().period, people["chief"])
    with pytest.raises(ActionRefused):
        ledger.reopen(period, people["chief"], "  ")
    ledger.reopen(period, people["chief"], "Sai tỷ lệ đồng tác giả")
    assert not period.is_locked
    entry = ModelLogEntry.objects.get(action=ledger.REOPENED)
    assert entry.data["reason"] == "Sai tỷ lệ đồng tác giả" and entry.user == people["chief"]
