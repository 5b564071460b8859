"""The demo's royalty ledger (issue 19): an EXAMPLE regime — genres with their coefficient ranges, the value of one
coefficient unit, fee rates — shaped like the press royalty rules (Decree 18/2014/NĐ-CP) but with invented figures, to
be replaced by the Minister's decision on the portal's royalty regime; and a month of lines for recent items of the
main portal and the THADS site, one of them adjusted by the Standing Board, waiting for the Chief Editor's approval.
Outside authors are invented; their tax codes pass the check digit."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from news.models import ArticlePage
from royalties import ledger
from royalties.models import Budget, CoefficientValue, Contributor, FeeRate, FeeRole, Genre, ItemContributor, RoyaltyLine
from vietnamese.identifiers import tax_code_check_digit

EXAMPLE = "VÍ DỤ minh hoạ — thay bằng Quyết định của Bộ trưởng về chế độ nhuận bút, thù lao của Cổng"
# (name, page kind it is proposed for, lowest coefficient, highest)
GENRES = [
    ("Tin", ArticlePage.Kind.NEWS, "1.0", "3.0"),
    ("Bài chỉ đạo, điều hành", ArticlePage.Kind.DIRECTION, "1.5", "4.0"),
    ("Bài nghiên cứu, trao đổi", ArticlePage.Kind.RESEARCH, "4.0", "10.0"),
    ("Ảnh", "", "0.5", "2.0"),
    ("Phóng sự ảnh", "", "2.0", "5.0"),
    ("Video", "", "3.0", "8.0"),
    ("Bài dịch", "", "0.5", "2.0"),
    ("Văn bản chuyển đổi", "", "0.3", "1.0"),
]
UNIT_VALUE = Decimal(115_000)
# (role, fixed amount, coefficient)
FEES = [
    (FeeRole.EDITING, Decimal(50_000), None),
    (FeeRole.APPROVAL, None, Decimal("0.3")),
    (FeeRole.TRANSLATION, None, Decimal("1.0")),
    (FeeRole.PHOTOGRAPHY, Decimal(80_000), None),
]
# (name, organisation, first nine digits of the tax code, citizen ID, bank account)
OUTSIDE_AUTHORS = [
    ("Nguyễn Hữu Lâm", "Trường Đại học Luật Hà Nội", "010234567", "001085004321", "0021000456789"),
    ("Trần Thu Hà", "Sở Tư pháp tỉnh Ninh Bình", "270123456", "037190007788", "1903456789012"),
    ("Lê Minh Quân", "Học viện Tư pháp", "010987654", "001092003456", "0451000123456"),
]
ITEMS_PER_SITE = {"moj": 8, "thads": 3}
# The royalty fund of each paying unit for the year (invented, as the regime): the main portal's and THADS's.
FUNDS = {"moj": Decimal(180_000_000), "thads": Decimal(36_000_000)}


def tax_code(first_nine: str) -> str:
    return f"{first_nine}{tax_code_check_digit(first_nine)}"


class RoyaltiesMixin:
    """Part of DemoBuilder: needs its `now`; after the people and the items exist."""

    def royalty_regime(self):
        for name, kind, low, high in GENRES:
            Genre.objects.get_or_create(
                name=name, defaults={"page_kind": kind, "coefficient_min": Decimal(low), "coefficient_max": Decimal(high)}
            )
        since = datetime.date(self.now.year, 1, 1)
        CoefficientValue.objects.get_or_create(valid_from=since, defaults={"value": UNIT_VALUE, "source": EXAMPLE})
        for role, amount, coefficient in FEES:
            FeeRate.objects.get_or_create(role=role, valid_from=since, defaults={"amount": amount, "coefficient": coefficient})

    def royalty_ledger(self, portal_sites):
        self.royalty_regime()
        for slug, amount in FUNDS.items():
            Budget.objects.get_or_create(portal_site=portal_sites[slug], year=self.now.year, defaults={"amount": amount, "source": EXAMPLE})
        if RoyaltyLine.objects.exists():
            return
        outside = []
        for name, organisation, nine, citizen_id, account in OUTSIDE_AUTHORS:
            contributor, _ = Contributor.objects.get_or_create(name=name, organisation=organisation)
            contributor.tax_code, contributor.citizen_id, contributor.bank_account = tax_code(nine), citizen_id, account
            contributor.bank_name = "Ngân hàng TMCP Ngoại thương Việt Nam"
            contributor.save()
            outside.append(contributor)
        User = get_user_model()
        adjusted = None
        for slug, count in ITEMS_PER_SITE.items():
            prefix = "standing" if slug == "moj" else slug
            team = {role: ledger.contributor_for(User.objects.get(username=f"{prefix}_{role}")) for role in ("editor", "approver")}
            for contributor in team.values():
                contributor.organisation = portal_sites[slug].name
                contributor.save()
            root = portal_sites[slug].site.root_page
            since = self.now - datetime.timedelta(days=31)
            items = ArticlePage.objects.live().descendant_of(root).filter(first_published_at__gte=since).order_by("-first_published_at")
            for n, page in enumerate(items[:count]):
                period = ledger.period_for(page, page.first_published_at)
                genre = ledger.genre_for(page)
                if genre is None:
                    continue
                authors = [outside[n % len(outside)], team["editor"]] if n % 3 == 0 else [outside[n % len(outside)]]
                share = (Decimal(1) / len(authors)).quantize(Decimal("0.001"))
                lines = [ledger.add_line(period, page, author, genre=genre, share=share) for author in authors]
                # The authors as the page editor names them, chosen from the register.
                ItemContributor.objects.bulk_create(
                    [ItemContributor(page=page, contributor=author, sort_order=i) for i, author in enumerate(authors)]
                )
                ledger.add_line(period, page, team["editor"], fee_role=FeeRole.EDITING)
                ledger.add_line(period, page, team["approver"], fee_role=FeeRole.APPROVAL)
                if adjusted is None and slug == "moj":
                    adjusted = ledger.adjust(lines[0], User.objects.get(username="standing_approver"), genre.coefficient_max, share)
        self.log(f"royalties: {RoyaltyLine.objects.count()} lines, {timezone.localdate():%m/%Y} waiting for the Chief Editor")
