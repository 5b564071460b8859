"""Paragraphs, captions and bylines the articles are composed from."""

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
