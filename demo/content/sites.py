"""The sites of the demo, their sections and headline patterns; the fields (lĩnh vực)."""

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
