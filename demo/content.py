"""The demo content: names fixed by the "Demo content contract" of DESIGN.md, texts in Vietnamese.

Items are composed from realistic headline patterns so each site gets 30+ distinct items
without a 3,000-line data file; the composition is deterministic, so reloading creates nothing twice."""

from dataclasses import dataclass, field

PROVINCES = [
    "Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ", "Quảng Ninh", "Nghệ An",
    "Thừa Thiên Huế", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "An Giang", "Thanh Hóa", "Bắc Ninh",
]  # fmt: skip


@dataclass
class Section:
    slug: str
    title: str
    kind: str  # ArticlePage.Kind value of its items
    headlines: list[str]
    intro: str = ""
    children: list["Section"] = field(default_factory=list)


@dataclass
class SiteContent:
    slug: str
    name: str
    name_en: str
    main: bool
    colour: tuple[int, int, int]
    address: str
    phone: str
    email: str
    responsible_person: str
    sections: list[Section]
    subject_areas: list[str]
    # Legal documents of a component site (the main portal's are LEGAL_DOCUMENTS).
    legal_documents: list[dict] = field(default_factory=list)


SUBJECT_AREAS = [
    ("thi-hanh-an-dan-su", "Thi hành án dân sự", "Civil judgment enforcement"),
    ("ho-tich", "Hộ tịch", "Civil status"),
    ("pho-bien-giao-duc-phap-luat", "Phổ biến, giáo dục pháp luật", "Legal dissemination and education"),
    ("tro-giup-phap-ly", "Trợ giúp pháp lý", "Legal aid"),
    ("xay-dung-phap-luat", "Xây dựng pháp luật", "Law making"),
    ("cong-nghe-thong-tin", "Công nghệ thông tin", "Information technology"),
    ("ly-lich-tu-phap", "Lý lịch tư pháp", "Judicial records"),
    ("hop-tac-quoc-te", "Hợp tác quốc tế", "International cooperation"),
]

MAIN = SiteContent(
    slug="moj",
    name="Bộ Tư pháp",
    name_en="Ministry of Justice",
    main=True,
    colour=(140, 21, 21),
    address="Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội",
    phone="(024) 6273 9718",
    email="banbientap@moj.gov.vn",
    responsible_person="Trưởng Ban Biên tập Cổng thông tin điện tử Bộ Tư pháp",
    subject_areas=["xay-dung-phap-luat", "ho-tich", "tro-giup-phap-ly", "hop-tac-quoc-te"],
    sections=[
        Section(
            "tin-tuc-su-kien",
            "Tin tức – Sự kiện",
            "news",
            intro="Tin hoạt động của Bộ Tư pháp và các đơn vị thuộc Bộ.",
            headlines=[
                "Bộ Tư pháp tổ chức Hội nghị triển khai công tác tư pháp năm 2026",
                "Bộ trưởng Bộ Tư pháp làm việc với Ủy ban nhân dân tỉnh {province}",
                "Hội thảo lấy ý kiến dự thảo Luật sửa đổi, bổ sung một số điều của Luật Hộ tịch tại {province}",
                "Bộ Tư pháp và Bộ Công an ký kết quy chế phối hợp về dữ liệu hộ tịch điện tử",
                "Thứ trưởng Bộ Tư pháp kiểm tra công tác trợ giúp pháp lý tại {province}",
                "Tổng kết 10 năm thi hành Luật Hộ tịch: nhiều kết quả nổi bật",
                "Bộ Tư pháp phát động phong trào thi đua chào mừng Ngày Pháp luật Việt Nam",
                "Đoàn công tác Bộ Tư pháp làm việc về công tác xây dựng pháp luật tại {province}",
            ],
            children=[
                Section(
                    "hoat-dong-lanh-dao-bo",
                    "Hoạt động của Lãnh đạo Bộ",
                    "news",
                    headlines=[
                        "Bộ trưởng Bộ Tư pháp tiếp xã giao Đại sứ Nhật Bản tại Việt Nam",
                        "Lãnh đạo Bộ Tư pháp dự Hội nghị trực tuyến toàn quốc về cải cách thủ tục hành chính",
                        "Thứ trưởng Bộ Tư pháp chủ trì họp Hội đồng thẩm định dự thảo Nghị định tại Hà Nội",
                        "Bộ trưởng Bộ Tư pháp thăm và làm việc với Sở Tư pháp {province}",
                    ],
                ),
            ],
        ),
        Section(
            "chi-dao-dieu-hanh",
            "Chỉ đạo – Điều hành",
            "direction",
            intro="Thông tin chỉ đạo, điều hành của Lãnh đạo Bộ.",
            headlines=[
                "Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật",
                "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong các đơn vị thuộc Bộ",
                "Công văn hướng dẫn tổng kết công tác tư pháp năm 2026",
                "Quyết định phê duyệt Kế hoạch chuyển đổi số ngành Tư pháp giai đoạn 2026–2030",
                "Thông báo kết luận của Bộ trưởng tại Hội nghị giao ban tháng {month}",
                "Kế hoạch kiểm tra công tác tư pháp tại {province} năm 2026",
            ],
        ),
        Section(
            "nghien-cuu-trao-doi",
            "Nghiên cứu – Trao đổi",
            "research",
            intro="Bài nghiên cứu, trao đổi về pháp luật và thực tiễn thi hành.",
            headlines=[
                "Một số vấn đề về hoàn thiện pháp luật về trợ giúp pháp lý trong giai đoạn mới",
                "Kinh nghiệm quốc tế về cơ sở dữ liệu hộ tịch điện tử và gợi mở cho Việt Nam",
                "Bàn về đánh giá tác động chính sách trong quy trình xây dựng luật",
                "Hoàn thiện cơ chế phối hợp giữa cơ quan tư pháp và cơ quan công an trong quản lý dân cư",
                "Pháp luật về hòa giải thương mại: thực trạng và kiến nghị",
                "Chuyển đổi số trong công tác lý lịch tư pháp: những vấn đề đặt ra",
            ],
        ),
    ],
)

SUBSITES = [
    SiteContent(
        slug="thads",
        name="Cục Thi hành án dân sự",
        name_en="Department of Civil Judgment Enforcement",
        main=False,
        colour=(20, 70, 120),
        address="Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội",
        phone="(024) 6273 9966",
        email="thads@moj.gov.vn",
        responsible_person="Cục trưởng Cục Thi hành án dân sự",
        subject_areas=["thi-hanh-an-dan-su"],
        legal_documents=[
            {
                "slug": "cong-van-1520-thads-nv",
                "title": "Hướng dẫn thi hành án dân sự đối với các vụ việc áp dụng pháp luật đất đai",
                "number": "1520/THADS-NV",
                "document_type": "cong-van",
                "issuing_body": "Cục Thi hành án dân sự",
                "signer": "",
                "issue_date": "2024-09-16",
                "effective_date": "2024-09-16",
                "validity": "in-force",
                "summary": "Hướng dẫn các cơ quan thi hành án dân sự áp dụng pháp luật đất đai khi kê biên, xử lý quyền sử dụng đất.",
                "subject_areas": ["thi-hanh-an-dan-su"],
            },
        ],
        sections=[
            Section(
                "tin-hoat-dong",
                "Tin hoạt động",
                "news",
                headlines=[
                    "Thi hành án dân sự {province} hoàn thành vượt chỉ tiêu về việc và về tiền",
                    "Tập huấn nghiệp vụ cho chấp hành viên khu vực {province}",
                    "Tổ chức cưỡng chế thi hành án thành công tại {province}",
                    "Hội nghị sơ kết công tác thi hành án dân sự 6 tháng đầu năm tại {province}",
                    "Đẩy mạnh thu hồi tài sản trong các vụ án tham nhũng, kinh tế tại {province}",
                    "Ứng dụng công nghệ thông tin trong quản lý hồ sơ thi hành án tại {province}",
                ],
            ),
            Section(
                "thong-bao",
                "Thông báo",
                "direction",
                headlines=[
                    "Thông báo bán đấu giá tài sản thi hành án tại {province}",
                    "Thông báo về việc tiếp công dân định kỳ tháng {month}",
                    "Thông báo kết quả tuyển dụng công chức thi hành án dân sự năm 2026",
                    "Thông báo lịch tập huấn phần mềm quản lý thi hành án tháng {month}",
                ],
            ),
            Section(
                "nghien-cuu-trao-doi",
                "Nghiên cứu – Trao đổi",
                "research",
                headlines=[
                    "Một số vướng mắc trong xử lý tài sản bảo đảm khi thi hành án",
                    "Bàn về thi hành án đối với tài sản chung của vợ chồng",
                    "Giải pháp nâng cao hiệu quả thi hành án hành chính",
                ],
            ),
        ],
    ),
    SiteContent(
        slug="cntt",
        name="Cục Công nghệ thông tin",
        name_en="Department of Information Technology",
        main=False,
        colour=(0, 90, 80),
        address="Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội",
        phone="(024) 6273 9540",
        email="cntt@moj.gov.vn",
        responsible_person="Cục trưởng Cục Công nghệ thông tin",
        subject_areas=["cong-nghe-thong-tin"],
        sections=[
            Section(
                "chuyen-doi-so",
                "Chuyển đổi số",
                "news",
                headlines=[
                    "Cơ sở dữ liệu hộ tịch điện tử toàn quốc kết nối với {province}",
                    "Triển khai chữ ký số cho cán bộ tư pháp tại {province}",
                    "Nâng cấp hệ thống dịch vụ công trực tuyến của Bộ Tư pháp",
                    "Hội thảo về an toàn thông tin mạng trong ngành Tư pháp tại {province}",
                    "Đưa vào vận hành phần mềm quản lý văn bản và điều hành mới",
                    "Tập huấn khai thác cơ sở dữ liệu quốc gia về pháp luật tại {province}",
                ],
            ),
            Section(
                "hoat-dong-cua-cuc",
                "Hoạt động của Cục",
                "news",
                headlines=[
                    "Cục Công nghệ thông tin tổng kết công tác năm và triển khai nhiệm vụ năm 2026",
                    "Diễn tập ứng cứu sự cố an toàn thông tin mạng năm 2026",
                    "Kiểm tra công tác ứng dụng công nghệ thông tin tại Sở Tư pháp {province}",
                    "Hội nghị tập huấn quản trị Cổng thông tin điện tử cho các đơn vị thuộc Bộ",
                ],
            ),
            Section(
                "huong-dan",
                "Hướng dẫn kỹ thuật",
                "direction",
                headlines=[
                    "Hướng dẫn sử dụng dịch vụ công trực tuyến cấp phiếu lý lịch tư pháp",
                    "Hướng dẫn bảo đảm an toàn thông tin khi làm việc từ xa",
                    "Hướng dẫn đăng tải thông tin lên trang thông tin điện tử thành phần",
                ],
            ),
        ],
    ),
    SiteContent(
        slug="pbgdpl",
        name="Vụ Phổ biến, giáo dục pháp luật",
        name_en="Department of Legal Dissemination and Education",
        main=False,
        colour=(110, 60, 10),
        address="Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội",
        phone="(024) 6273 9450",
        email="pbgdpl@moj.gov.vn",
        responsible_person="Vụ trưởng Vụ Phổ biến, giáo dục pháp luật",
        subject_areas=["pho-bien-giao-duc-phap-luat", "tro-giup-phap-ly"],
        sections=[
            Section(
                "tin-pho-bien-phap-luat",
                "Tin phổ biến pháp luật",
                "news",
                headlines=[
                    "Hưởng ứng Ngày Pháp luật Việt Nam tại {province}",
                    "Phổ biến pháp luật cho đồng bào dân tộc thiểu số tại {province}",
                    "Cuộc thi tìm hiểu pháp luật trực tuyến thu hút hàng nghìn lượt tham gia tại {province}",
                    "Xây dựng xã, phường đạt chuẩn tiếp cận pháp luật tại {province}",
                    "Tọa đàm về hòa giải ở cơ sở tại {province}",
                    "Tuyên truyền pháp luật về an toàn giao thông cho học sinh tại {province}",
                ],
            ),
            Section(
                "tim-hieu-phap-luat",
                "Tìm hiểu pháp luật",
                "research",
                headlines=[
                    "Những điểm mới của Luật Hòa giải, đối thoại tại Tòa án",
                    "Quyền và nghĩa vụ của người lao động theo Bộ luật Lao động",
                    "Thủ tục đăng ký khai sinh cho trẻ em: những điều cần biết",
                    "Người dân được trợ giúp pháp lý miễn phí trong những trường hợp nào?",
                ],
            ),
            Section(
                "chi-dao-huong-dan",
                "Chỉ đạo, hướng dẫn",
                "direction",
                headlines=[
                    "Hướng dẫn tổ chức Ngày Pháp luật Việt Nam năm 2026",
                    "Kế hoạch phổ biến, giáo dục pháp luật năm 2026",
                    "Hướng dẫn đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật",
                ],
            ),
        ],
    ),
]

SITES = [MAIN, *SUBSITES]

# Legal documents of the main portal (numbers and dates from the texts cited in Decision 1319/QĐ-BTP).
LEGAL_DOCUMENTS = [
    {
        "slug": "quyet-dinh-1319-qd-btp",
        "title": "Quyết định ban hành Quy chế hoạt động của Cổng thông tin điện tử Bộ Tư pháp",
        "number": "1319/QĐ-BTP",
        "document_type": "quyet-dinh",
        "issuing_body": "Bộ Tư pháp",
        "signer": "Trần Tiến Dũng",
        "issue_date": "2024-07-12",
        "effective_date": "2024-07-12",
        "validity": "in-force",
        "summary": "Ban hành Quy chế hoạt động của Cổng thông tin điện tử Bộ Tư pháp; thay thế Quyết định số 4146/QĐ-BTP ngày 24/10/2011.",
        "subject_areas": ["cong-nghe-thong-tin"],
    },
    {
        "slug": "nghi-dinh-42-2022-nd-cp",
        "title": "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
        "number": "42/2022/NĐ-CP",
        "document_type": "nghi-dinh",
        "issuing_body": "Chính phủ",
        "signer": "",
        "issue_date": "2022-06-24",
        "effective_date": "2022-08-01",
        "validity": "in-force",
        "summary": "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.",
        "subject_areas": ["cong-nghe-thong-tin"],
    },
    {
        "slug": "nghi-dinh-98-2022-nd-cp",
        "title": "Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp",
        "number": "98/2022/NĐ-CP",
        "document_type": "nghi-dinh",
        "issuing_body": "Chính phủ",
        "signer": "",
        "issue_date": "2022-11-29",
        "effective_date": "2023-01-15",
        "validity": "partly-expired",
        "summary": "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp.",
        "subject_areas": ["xay-dung-phap-luat"],
    },
    {
        "slug": "nghi-dinh-47-2020-nd-cp",
        "title": "Nghị định về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước",
        "number": "47/2020/NĐ-CP",
        "document_type": "nghi-dinh",
        "issuing_body": "Chính phủ",
        "signer": "",
        "issue_date": "2020-04-09",
        "effective_date": "2020-05-25",
        "validity": "expired",
        "summary": "Quy định về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước.",
        "subject_areas": ["cong-nghe-thong-tin"],
    },
    {
        "slug": "thong-tu-22-2023-tt-btttt",
        "title": "Thông tư quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng thông tin điện tử và trang thông tin điện tử của cơ quan nhà nước",
        "number": "22/2023/TT-BTTTT",
        "document_type": "thong-tu",
        "issuing_body": "Bộ Thông tin và Truyền thông",
        "signer": "",
        "issue_date": "2023-12-31",
        "effective_date": "2024-02-15",
        "validity": "in-force",
        "summary": "Quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng thông tin điện tử và trang thông tin điện tử của cơ quan nhà nước.",
        "subject_areas": ["cong-nghe-thong-tin"],
    },
    {
        "slug": "luat-dat-dai-31-2024-qh15",
        "title": "Luật Đất đai",
        "number": "31/2024/QH15",
        "document_type": "luat",
        "issuing_body": "Quốc hội",
        "signer": "",
        "issue_date": "2024-01-18",
        "effective_date": "2024-08-01",
        "validity": "in-force",
        "summary": "Quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai.",
        "subject_areas": ["xay-dung-phap-luat"],
    },
    {
        "slug": "luat-cong-nghe-thong-tin-67-2006-qh11",
        "title": "Luật Công nghệ thông tin",
        "number": "67/2006/QH11",
        "document_type": "luat",
        "issuing_body": "Quốc hội",
        "signer": "",
        "issue_date": "2006-06-29",
        "effective_date": "2007-01-01",
        "validity": "partly-expired",
        "summary": "Quy định về hoạt động ứng dụng và phát triển công nghệ thông tin, các biện pháp bảo đảm ứng dụng và phát triển công nghệ thông tin.",
        "subject_areas": ["cong-nghe-thong-tin"],
    },
]

PARAGRAPHS = [
    "Tham dự có đại diện Lãnh đạo Bộ Tư pháp, lãnh đạo các đơn vị thuộc Bộ và đại diện các cơ quan, tổ chức có liên quan.",
    "Phát biểu tại buổi làm việc, đồng chí Lãnh đạo Bộ ghi nhận những kết quả đã đạt được, đồng thời chỉ ra một số tồn tại, hạn chế cần sớm khắc phục trong thời gian tới.",
    "Theo báo cáo, trong năm qua, các đơn vị đã triển khai đồng bộ nhiều giải pháp, bảo đảm hoàn thành các chỉ tiêu, nhiệm vụ được giao; công tác phối hợp giữa các cơ quan ngày càng chặt chẽ, hiệu quả.",
    "Các đại biểu đã tập trung thảo luận, trao đổi về những khó khăn, vướng mắc trong thực tiễn và đề xuất nhiều giải pháp thiết thực nhằm nâng cao hiệu quả công tác.",
    "Kết luận buổi làm việc, Lãnh đạo Bộ đề nghị các đơn vị tiếp tục đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin và tăng cường công tác kiểm tra, giám sát.",
]

IMAGE_CAPTIONS = [
    "Toàn cảnh hội nghị",
    "Lãnh đạo Bộ phát biểu chỉ đạo",
    "Các đại biểu dự hội nghị",
    "Quang cảnh buổi làm việc",
    "Đoàn công tác chụp ảnh lưu niệm",
    "Buổi tập huấn nghiệp vụ",
]

MONTHS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]

AUTHORS = ["Minh Anh", "Thu Hà", "Quốc Huy", "Ngọc Lan", "Văn Thành", "Hải Yến"]

# The organisation chart (R-SITE-5). Leaders' names are invented for the demo.
MOJ_ADDRESS = "Số 60 Trần Phú, Điện Biên, Ba Đình, Hà Nội"
UNITS = [
    {
        "slug": "bo-tu-phap",
        "name": "Bộ Tư pháp",
        "name_en": "Ministry of Justice",
        "functions": "<p>Bộ Tư pháp là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về xây dựng và thi hành pháp luật, kiểm tra văn bản quy phạm pháp luật, thi hành án dân sự, hành chính tư pháp, bổ trợ tư pháp và các công tác tư pháp khác trong phạm vi cả nước.</p>",
        "functions_en": "<p>The Ministry of Justice is a governmental body performing the state management of law making and law enforcement, the review of legal documents, civil judgment enforcement, judicial administration, judicial support and other justice affairs nationwide.</p>",
        "address": MOJ_ADDRESS,
        "phone": "(024) 6273 9718",
        "email": "banbientap@moj.gov.vn",
        "site": "moj",
        "last_reviewed": "2026-03-02",
        "leaders": [
            ("Nguyễn Minh Quang", "Bộ trưởng", "Minister", "Lãnh đạo, chỉ đạo toàn diện các mặt công tác của Bộ."),
            ("Trần Thị Hồng Vân", "Thứ trưởng", "Deputy Minister", "Phụ trách công tác xây dựng pháp luật, hợp tác quốc tế."),
            ("Lê Quốc Bảo", "Thứ trưởng", "Deputy Minister", "Phụ trách công tác thi hành án dân sự, công nghệ thông tin."),
        ],
    },
    {
        "slug": "van-phong-bo",
        "parent": "bo-tu-phap",
        "sort_order": 1,
        "name": "Văn phòng Bộ",
        "name_en": "Ministry Office",
        "functions": "<p>Tham mưu, tổng hợp, điều phối các hoạt động của Bộ; bảo đảm điều kiện làm việc của Lãnh đạo Bộ.</p>",
        "functions_en": "<p>Advises on, coordinates and supports the work of the Ministry and its leadership.</p>",
        "address": MOJ_ADDRESS,
        "phone": "(024) 6273 9315",
        "email": "vanphong@moj.gov.vn",
        "last_reviewed": "2025-03-10",
        "leaders": [("Phạm Đức Thịnh", "Chánh Văn phòng", "Chief of Office", "Điều hành chung hoạt động của Văn phòng.")],
    },
    {
        "slug": "vu-hop-tac-quoc-te",
        "parent": "bo-tu-phap",
        "sort_order": 2,
        "name": "Vụ Hợp tác quốc tế",
        "name_en": "Department of International Cooperation",
        "functions": "<p>Tham mưu quản lý nhà nước về hợp tác quốc tế về pháp luật và tư pháp; duy trì phiên bản tiếng Anh của Cổng thông tin.</p>",
        "functions_en": "<p>Advises on international cooperation in law and justice; maintains the English edition of the Portal.</p>",
        "address": MOJ_ADDRESS,
        "phone": "(024) 6273 9360",
        "email": "htqt@moj.gov.vn",
        "last_reviewed": "2026-01-15",
        "leaders": [("Đặng Thu Trang", "Vụ trưởng", "Director General", "Phụ trách chung.")],
    },
    {
        "slug": "vu-pho-bien-giao-duc-phap-luat",
        "parent": "bo-tu-phap",
        "sort_order": 3,
        "name": "Vụ Phổ biến, giáo dục pháp luật",
        "name_en": "Department of Legal Dissemination and Education",
        "functions": "<p>Tham mưu quản lý nhà nước về phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, chuẩn tiếp cận pháp luật.</p>",
        "functions_en": "<p>Advises on legal dissemination and education, grassroots mediation and access to law.</p>",
        "address": MOJ_ADDRESS,
        "phone": "(024) 6273 9450",
        "email": "pbgdpl@moj.gov.vn",
        "site": "pbgdpl",
        "last_reviewed": "2026-06-20",
        "leaders": [("Vũ Hải Nam", "Vụ trưởng", "Director General", "Phụ trách chung.")],
    },
    {
        "slug": "cuc-thi-hanh-an-dan-su",
        "parent": "bo-tu-phap",
        "sort_order": 4,
        "name": "Cục Thi hành án dân sự",
        "name_en": "Department of Civil Judgment Enforcement",
        "functions": "<p>Tham mưu quản lý nhà nước về thi hành án dân sự, thi hành án hành chính; chỉ đạo nghiệp vụ các cơ quan thi hành án dân sự.</p>",
        "functions_en": "<p>Advises on and directs civil and administrative judgment enforcement nationwide.</p>",
        "address": MOJ_ADDRESS,
        "phone": "(024) 6273 9966",
        "email": "thads@moj.gov.vn",
        "site": "thads",
        "last_reviewed": "2024-09-30",
        "leaders": [
            ("Hoàng Văn Khải", "Cục trưởng", "Director General", "Phụ trách chung."),
            ("Ngô Thị Bích", "Phó Cục trưởng", "Deputy Director General", "Phụ trách nghiệp vụ thi hành án."),
        ],
    },
    {
        "slug": "cuc-cong-nghe-thong-tin",
        "parent": "bo-tu-phap",
        "sort_order": 5,
        "name": "Cục Công nghệ thông tin",
        "name_en": "Department of Information Technology",
        "functions": "<p>Tham mưu quản lý nhà nước về ứng dụng công nghệ thông tin, chuyển đổi số ngành Tư pháp; vận hành Cổng thông tin điện tử.</p>",
        "functions_en": "<p>Advises on IT and digital transformation of the justice sector; operates the e-Portal.</p>",
        "address": MOJ_ADDRESS,
        "phone": "(024) 6273 9540",
        "email": "cntt@moj.gov.vn",
        "site": "cntt",
        "last_reviewed": "2026-02-01",
        "leaders": [("Bùi Đức Anh", "Cục trưởng", "Director General", "Trưởng Ban Biên tập Cổng thông tin điện tử.")],
    },
    {
        "slug": "cuc-ho-tich-quoc-tich-chung-thuc",
        "parent": "bo-tu-phap",
        "sort_order": 6,
        "name": "Cục Hộ tịch, quốc tịch, chứng thực",
        "name_en": "Department of Civil Status, Nationality and Authentication",
        "functions": "<p>Tham mưu quản lý nhà nước về hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp.</p>",
        "address": MOJ_ADDRESS,
        "email": "hotich@moj.gov.vn",
        "last_reviewed": None,
        "leaders": [],
    },
]

SERVICES = [
    (
        "Cấp Phiếu lý lịch tư pháp",
        "Issuance of judicial record certificates",
        "1.001234",
        "full",
        "cuc-ho-tich-quoc-tich-chung-thuc",
        "ly-lich-tu-phap",
        "https://lltp.gov.vn",
    ),
    (
        "Đăng ký khai sinh",
        "Birth registration",
        "1.001193",
        "full",
        "cuc-ho-tich-quoc-tich-chung-thuc",
        "ho-tich",
        "https://dichvucong.gov.vn",
    ),
    (
        "Đăng ký kết hôn có yếu tố nước ngoài",
        "Marriage registration with foreign elements",
        "1.000893",
        "partial",
        "cuc-ho-tich-quoc-tich-chung-thuc",
        "ho-tich",
        "https://dichvucong.gov.vn",
    ),
    (
        "Yêu cầu thi hành án dân sự",
        "Request for civil judgment enforcement",
        "2.001120",
        "partial",
        "cuc-thi-hanh-an-dan-su",
        "thi-hanh-an-dan-su",
        "https://thads.moj.gov.vn",
    ),
    (
        "Xác nhận kết quả thi hành án",
        "Confirmation of enforcement results",
        "2.001121",
        "full",
        "cuc-thi-hanh-an-dan-su",
        "thi-hanh-an-dan-su",
        "https://thads.moj.gov.vn",
    ),
    (
        "Đăng ký tham dự cuộc thi tìm hiểu pháp luật trực tuyến",
        "Online legal knowledge contest registration",
        "",
        "information",
        "vu-pho-bien-giao-duc-phap-luat",
        "pho-bien-giao-duc-phap-luat",
        "https://pbgdpl.moj.gov.vn",
    ),
    (
        "Cấp chữ ký số cho cán bộ tư pháp",
        "Digital signatures for justice officials",
        "",
        "partial",
        "cuc-cong-nghe-thong-tin",
        "cong-nghe-thong-tin",
        "https://cntt.moj.gov.vn",
    ),
    (
        "Yêu cầu trợ giúp pháp lý",
        "Request for legal aid",
        "1.000614",
        "partial",
        "bo-tu-phap",
        "tro-giup-phap-ly",
        "https://dichvucong.gov.vn",
    ),
]

QUESTIONS = [
    (
        "Làm lại giấy khai sinh bị mất ở đâu?",
        "Tôi bị mất giấy khai sinh bản chính, nay muốn xin cấp lại thì phải đến cơ quan nào và cần giấy tờ gì?",
        "Bạn đọc Trần V. H., Nam Định",
        "ho-tich",
        "cuc-ho-tich-quoc-tich-chung-thuc",
        "<p>Trường hợp việc khai sinh đã được đăng ký và sổ hộ tịch còn lưu, bạn đề nghị Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh cấp bản sao trích lục khai sinh. Nếu sổ hộ tịch không còn, bạn làm thủ tục đăng ký lại khai sinh theo quy định của Luật Hộ tịch.</p>",
    ),
    (
        "Ai được trợ giúp pháp lý miễn phí?",
        "Mẹ tôi là người cao tuổi, thuộc hộ cận nghèo. Bà có được trợ giúp pháp lý miễn phí khi có tranh chấp đất đai không?",
        "Bạn đọc Lê T. M., Thanh Hóa",
        "tro-giup-phap-ly",
        "bo-tu-phap",
        "<p>Người thuộc hộ cận nghèo và người cao tuổi có khó khăn về tài chính thuộc diện được trợ giúp pháp lý theo Luật Trợ giúp pháp lý. Bà có thể liên hệ Trung tâm trợ giúp pháp lý nhà nước cấp tỉnh để được hướng dẫn.</p>",
    ),
    (
        "Thời hạn yêu cầu thi hành án là bao lâu?",
        "Bản án có hiệu lực từ năm 2022 nhưng tôi chưa làm đơn yêu cầu thi hành án. Nay tôi còn quyền yêu cầu không?",
        "Bạn đọc Phạm Q. T., Hải Phòng",
        "thi-hanh-an-dan-su",
        "cuc-thi-hanh-an-dan-su",
        "<p>Trong thời hạn 05 năm kể từ ngày bản án, quyết định có hiệu lực pháp luật, người được thi hành án, người phải thi hành án có quyền yêu cầu cơ quan thi hành án dân sự có thẩm quyền ra quyết định thi hành án.</p>",
    ),
    (
        "Xin phiếu lý lịch tư pháp trực tuyến thế nào?",
        "Tôi cần phiếu lý lịch tư pháp để xin việc. Có thể nộp hồ sơ qua mạng không?",
        "Bạn đọc Nguyễn T. L., Hà Nội",
        "ly-lich-tu-phap",
        "cuc-ho-tich-quoc-tich-chung-thuc",
        "<p>Bạn có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID, thanh toán phí trực tuyến và nhận phiếu qua bưu điện hoặc bản điện tử.</p>",
    ),
]

# Items in the workflows (site, author, title, field needing expert review or None, outcome): "waiting", "overdue",
# "approved" (on time), "late" (approved after the due time), or a refusal reason of Art 14.
ITEMS_IN_REVIEW = [
    ("moj", "standing_editor", "Dự thảo hướng dẫn đăng ký hộ tịch trực tuyến trên Cổng dịch vụ công", "ho-tich", "waiting"),
    ("moj", "standing_editor", "Thông báo lịch tiếp công dân tháng 12 của Lãnh đạo Bộ Tư pháp", None, "waiting"),
    ("moj", "standing_editor", "Kết quả kiểm tra công tác tư pháp quý IV tại các tỉnh phía Bắc", None, "overdue"),
    ("moj", "standing_editor", "Bộ Tư pháp sơ kết công tác phổ biến pháp luật năm 2026", None, "approved"),
    ("moj", "standing_editor", "Tập huấn nghiệp vụ công chứng cho các tỉnh miền Trung", None, "late"),
    ("moj", "standing_editor", "Tin ảnh hội nghị giao ban tháng 11", None, "quality"),
    ("thads", "thads_editor", "Kết quả thi hành án dân sự 11 tháng đầu năm", None, "waiting"),
    ("thads", "thads_editor", "Cục THADS tổ chức hội nghị trực tuyến với các địa phương", None, "approved"),
    ("thads", "thads_editor", "Thông tin về vụ việc đang giải quyết tại tỉnh Bình Dương", None, "secret"),
]
REFUSAL_COMMENT = "Đề nghị biên tập viên kiểm tra lại nội dung và hình ảnh trước khi gửi lại."
