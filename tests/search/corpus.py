"""A small Vietnamese corpus and the queries citizens type, with what they must find (R-SRCH-1).

Items are spread over the main portal and the `thads` component site; the queries cover diacritics and their
absence, đ/d, the two placements of tone marks, document numbers, phrases, words in attached PDFs and misspellings."""

import datetime
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from documents.factories import LegalDocumentIndexPageFactory, LegalDocumentPageFactory
from documents.models import LegalDocumentAttachment
from home.factories import SectionPageFactory, StandardPageFactory, SubjectAreaFactory
from news.factories import ArticlePageFactory
from qa.models import QuestionIndexPage, QuestionPage
from subsites.models import OnlineService, Unit
from subsites.provisioning import provision_english_edition

TOGETHER = "Hỏi đáp pháp luật đất đai"
APART = "Đất đai và pháp luật"
PARTY = "Đảng ủy Bộ Tư pháp quán triệt nghị quyết"
CURRENTLY = "Cán bộ đang học tập nghị quyết mới"
HOA_NEW = "Tập huấn về hòa giải ở cơ sở"
HOA_OLD = "Hoà giải thương mại: kinh nghiệm quốc tế"
THUY_NEW = "Thủy lợi và pháp luật về tài nguyên nước"
THUY_OLD = "Quy định mới về nuôi trồng thuỷ sản"
RECORDS = "Cấp phiếu lý lịch tư pháp trực tuyến tại Hà Nội"
DIGITAL = "Chuyển đổi số ngành Tư pháp năm 2025"
MENTION = "Triển khai Nghị định 42/2022/NĐ-CP tại các đơn vị"
ENFORCEMENT = "Cưỡng chế thi hành án dân sự tại Bình Dương"
DECREE_42 = "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến"
LAND_LAW = "Luật Đất đai"
CIVIL_STATUS = "Thông tư hướng dẫn đăng ký và quản lý hộ tịch"
REGULATION = "Quyết định ban hành Quy chế hoạt động của Cổng thông tin điện tử"
CIRCULAR_42 = "Thông tư quy định về mức thu phí"
BIRTH_QUESTION = "Thủ tục đăng ký khai sinh cho con khi cha mẹ chưa kết hôn"
RECORDS_SERVICE = "Cấp Phiếu lý lịch tư pháp"
THADS_UNIT = "Cục Thi hành án dân sự"
ENGLISH = "The Land Law in brief"
# Issue 16: a type word and a short number, adjacency without diacritics, typos.
DECREE_15 = "Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông"
CIRCULAR_04 = "Thông tư hướng dẫn chứng thực bản sao từ bản chính"
FIFTEEN_YEARS = "15 năm thực hiện nghị định về hòa giải: 15 bài học, 15 kiến nghị"
FOUR_CIRCULARS = "Bộ ban hành 04 thông tư mới: thông tư nào có hiệu lực từ tháng 04?"
SCATTERED = "Đạt giải cao tại đại hội thể thao: đơn vị đạt nhiều thành tích, đại diện đạt huy chương"


def text_pdf(text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica (ASCII): enough for pypdf to read it back."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def build(main_site, thads_site):
    home = main_site.site.root_page
    land = SubjectAreaFactory(slug="dat-dai", name="Đất đai")
    news = SectionPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    day = datetime.datetime(2025, 3, 1, 9, tzinfo=datetime.UTC)
    articles = [
        (TOGETHER, "Hội nghị giới thiệu các quy định mới.", [land]),
        (APART, "Nhiều vụ việc được hòa giải thành.", [land]),
        (PARTY, "Hội nghị của Đảng ủy.", []),
        (CURRENTLY, "Các đơn vị đang triển khai.", []),
        (HOA_NEW, "Hòa giải viên ở cơ sở được tập huấn kỹ năng.", []),
        (HOA_OLD, "Trung tâm hoà giải thương mại chia sẻ kinh nghiệm.", []),
        (THUY_NEW, "Quản lý tài nguyên nước.", []),
        (THUY_OLD, "Quy định về nuôi trồng thuỷ sản ven biển.", []),
        (RECORDS, "Người dân có thể nộp hồ sơ qua mạng.", []),
        (DIGITAL, "Ứng dụng công nghệ thông tin trong công tác tư pháp.", []),
        (MENTION, "Các đơn vị triển khai Nghị định 42/2022/NĐ-CP về dịch vụ công trực tuyến.", []),
    ]
    for n, (title, lead, areas) in enumerate(articles):
        ArticlePageFactory(parent=news, title=title, lead=lead, date=day + datetime.timedelta(days=n), subject_areas=areas)

    documents = LegalDocumentIndexPageFactory(parent=home, slug="van-ban")
    for title, lead in [
        (FIFTEEN_YEARS, "Tổng kết 15 năm thi hành nghị định về hòa giải ở cơ sở."),
        (FOUR_CIRCULARS, "Các thông tư có hiệu lực từ ngày 04 tháng 04."),
        (SCATTERED, "Đại hội thể thao đạt kết quả tốt; đại biểu đạt giải, đại diện đạt nhiều huy chương."),
    ]:
        ArticlePageFactory(parent=news, title=title, lead=lead, date=day - datetime.timedelta(days=30))

    for number, title, summary, issued in [
        ("15/2020/NĐ-CP", DECREE_15, "Xử phạt vi phạm hành chính về bưu chính, viễn thông, tần số vô tuyến điện.", "2020-02-03"),
        ("04/2020/TT-BTP", CIRCULAR_04, "Hướng dẫn chứng thực bản sao, chữ ký và hợp đồng, giao dịch.", "2020-05-28"),
        ("42/2022/NĐ-CP", DECREE_42, "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước.", "2022-06-24"),
        ("31/2024/QH15", LAND_LAW, "Quy định về chế độ sở hữu đất đai.", "2024-01-18"),
        ("09/2024/TT-BTP", CIVIL_STATUS, "Hướng dẫn thi hành Luật Hộ tịch.", "2024-05-02"),
        ("1319/QĐ-BTP", REGULATION, "Ban hành Quy chế hoạt động của Cổng thông tin điện tử Bộ Tư pháp.", "2024-07-12"),
        ("42/2023/TT-BTC", CIRCULAR_42, "Mức thu, chế độ thu, nộp phí.", "2023-06-01"),
    ]:
        page = LegalDocumentPageFactory(
            parent=documents,
            title=title,
            number=number,
            summary=summary,
            issue_date=datetime.date.fromisoformat(issued),
            subject_areas=[land] if title == LAND_LAW else [],
        )
        if title == LAND_LAW:
            pdf = text_pdf("Nha nuoc giao dat cho ho gia dinh, ca nhan su dung on dinh lau dai.")
            file = get_document_model().objects.create(title="Luật Đất đai — toàn văn", file=ContentFile(pdf, name="luat-dat-dai.pdf"))
            LegalDocumentAttachment.objects.create(page=page, document=file, sort_order=0)
            page.save_revision().publish()  # indexed again, now with its attachment

    questions = home.add_child(instance=QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
    questions.add_child(
        instance=QuestionPage(
            title=BIRTH_QUESTION,
            slug="khai-sinh",
            question="Con tôi sinh khi chúng tôi chưa đăng ký kết hôn, thủ tục khai sinh thế nào?",
            asker_display_name="Bạn đọc Nguyễn V. A., Hà Nội",
            answer="<p>Thực hiện đăng ký khai sinh tại Ủy ban nhân dân cấp xã.</p>",
            asked_on=datetime.date(2025, 2, 1),
            answered_on=datetime.date(2025, 2, 10),
        )
    )

    english_home = provision_english_edition(main_site)
    StandardPageFactory(parent=english_home, title=ENGLISH, slug="land-law", body="<p>What the Land Law says about land use.</p>")

    thads_news = SectionPageFactory(parent=thads_site.site.root_page, title="Tin hoạt động", slug="tin-hoat-dong")
    ArticlePageFactory(parent=thads_news, title=ENFORCEMENT, lead="Cơ quan thi hành án dân sự tổ chức cưỡng chế.", date=day)

    unit = Unit.objects.create(name=THADS_UNIT, slug="cuc-thads", portal_site=thads_site, address="60 Trần Phú, Hà Nội")
    records_unit = Unit.objects.create(name="Trung tâm Lý lịch tư pháp quốc gia", slug="lltp")
    OnlineService.objects.create(name=RECORDS_SERVICE, code="1.001", unit=records_unit, url="https://lltptructuyen.moj.gov.vn/")
    OnlineService.objects.create(name="Yêu cầu thi hành án dân sự", code="2.001", unit=unit, url="https://thads.moj.gov.vn/")


@dataclass
class Case:
    query: str
    first: str = ""  # the title that must come first
    found: list[str] = field(default_factory=list)  # titles that must be on the first page
    absent: list[str] = field(default_factory=list)
    before: tuple[str, str] | None = None  # (higher, lower) in the ranking

    def __str__(self):
        return self.query


CASES = [
    # Diacritics or not, capitals or not
    Case("pháp luật đất đai", first=TOGETHER, found=[APART]),
    Case("phap luat dat dai", first=TOGETHER, found=[APART]),
    Case("PHÁP LUẬT ĐẤT ĐAI", first=TOGETHER),
    Case("Phap Luat", found=[TOGETHER, APART, THUY_NEW]),
    Case("đất đai", found=[TOGETHER, APART, LAND_LAW]),
    Case("dat dai", found=[TOGETHER, APART, LAND_LAW]),
    Case("luật đất đai", found=[LAND_LAW, TOGETHER]),
    Case("luat dat dai", found=[LAND_LAW, TOGETHER]),
    # đ/d: Đảng (the Party) and đang (currently)
    Case("Đảng", first=PARTY, found=[CURRENTLY]),
    Case("dang", found=[PARTY, CURRENTLY]),
    Case("Đảng ủy", first=PARTY),
    Case("dang uy", first=PARTY),
    Case("đang học tập", first=CURRENTLY),
    # Two placements of the tone mark
    Case("hòa giải", found=[HOA_NEW, HOA_OLD]),
    Case("hoà giải", found=[HOA_NEW, HOA_OLD]),
    Case("hoa giai", found=[HOA_NEW, HOA_OLD]),
    Case("thủy", found=[THUY_NEW, THUY_OLD]),
    Case("thuỷ", found=[THUY_NEW, THUY_OLD]),
    Case("thuy", found=[THUY_NEW, THUY_OLD]),
    Case("thủy lợi", first=THUY_NEW),
    Case("thuy san", first=THUY_OLD),
    # Document numbers
    Case("42/2022/NĐ-CP", first=DECREE_42, found=[MENTION], absent=[CIRCULAR_42]),
    Case("42/2022", first=DECREE_42, absent=[CIRCULAR_42]),
    Case("42/2022/nd-cp", first=DECREE_42),
    Case("nghị định 42/2022/NĐ-CP", first=DECREE_42),
    Case("42/2023", first=CIRCULAR_42, absent=[DECREE_42]),
    Case("1319/QĐ-BTP", first=REGULATION),
    Case("31/2024/QH15", first=LAND_LAW),
    Case("09/2024/TT-BTP", first=CIVIL_STATUS),
    # Words of a document's metadata and of its attached PDF
    Case("cung cấp thông tin dịch vụ công trực tuyến", first=DECREE_42),
    Case("Cổng thông tin điện tử", first=REGULATION),
    Case("hộ tịch", first=CIVIL_STATUS),
    Case("ho tich", first=CIVIL_STATUS),
    Case("giao đất hộ gia đình", first=LAND_LAW),
    Case("giao dat ho gia dinh ca nhan", first=LAND_LAW),
    # Q&A, services and units, other sites
    Case("khai sinh", found=[BIRTH_QUESTION]),
    Case("đăng ký khai sinh", first=BIRTH_QUESTION),
    Case("dang ky khai sinh", first=BIRTH_QUESTION),
    Case("lý lịch tư pháp", found=[RECORDS, RECORDS_SERVICE]),
    Case("ly lich tu phap", found=[RECORDS, RECORDS_SERVICE]),
    Case("chuyển đổi số", first=DIGITAL),
    Case("chuyen doi so", first=DIGITAL),
    Case("thi hành án dân sự", found=[ENFORCEMENT, THADS_UNIT]),
    Case("thi hanh an dan su", found=[ENFORCEMENT, THADS_UNIT]),
    # Phrases rank above scattered words; exact diacritics above folded matches
    Case("pháp luật đất đai", before=(TOGETHER, APART)),
    Case("Đảng", before=(PARTY, CURRENTLY)),
    # Misspellings and noise
    Case("phap luaat dat dai", found=[TOGETHER]),
    Case("ly lich tu phapp", found=[RECORDS]),
    Case("  đất   đai!!! ", found=[TOGETHER]),
    Case("pha\u0301p luâ\u0323t đất đai", first=TOGETHER),  # decomposed (NFD) input, as some keyboards send it
    # Issue 16: a document type and a short number name that document, though articles have the words more often
    Case("nghị định 15", first=DECREE_15, found=[FIFTEEN_YEARS]),
    Case("nghi dinh 15", first=DECREE_15),
    Case("nd 15", first=DECREE_15),
    Case("NĐ 15", first=DECREE_15),
    Case("thông tư 04", first=CIRCULAR_04, found=[FOUR_CIRCULARS]),
    Case("tt 4", first=CIRCULAR_04),
    Case("Nghị định số 15", first=DECREE_15),
    # Without diacritics, the words together (đất đai) rank far above the same letters apart (đạt … đại)
    Case("dat dai", before=(TOGETHER, SCATTERED)),
    Case("dat dai", before=(APART, SCATTERED)),
    Case("dat dai", before=(LAND_LAW, SCATTERED)),
    # Not every word present: the items with the most of them come first
    Case("đăng ký khai sinh cho người nước ngoài", before=(BIRTH_QUESTION, CIVIL_STATUS)),
    Case("cấp phiếu lý lịch tư pháp cho doanh nghiệp", found=[RECORDS], before=(RECORDS, REGULATION)),
    Case("phiếu lý lịch tư pháp quốc tịch", found=[RECORDS], absent=[REGULATION]),  # 4 of 5 words, not 2 of 5
    # One letter wrong (pg_trgm on titles)
    Case("phieeu", found=[RECORDS]),
    Case("hộ tịck", first=CIVIL_STATUS),
    Case("chuyểm đổi số", first=DIGITAL),
]
