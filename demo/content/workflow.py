"""Published legal Q&A, and the items waiting in the workflows of the demo."""

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
