"""The demo's public consultation (issue 15): on the main portal, /lay-y-kien/ with the sample decree on legal aid open
for comment — two versions uploaded as DOCX (demo/consultation_samples.py), a submission in the dossier, two published
comments and one waiting for moderation; on thads, a draft circular open for comment, pasted as text. Commenters are
invented; their personal data is encrypted like anyone's."""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from consultations.commenting import email_digest
from consultations.draft_text import parse_docx, parse_text
from consultations.models import Comment, ConsultationIndexPage, DossierFile, DraftPage, DraftVersion
from demo.consultation_samples import VERSIONS, sample_docx
from demo.images import document_pdf
from subsites.models import Unit

THADS_DRAFT = """BỘ TƯ PHÁP
DỰ THẢO
THÔNG TƯ
Hướng dẫn thực hiện thủ tục thi hành án dân sự trên môi trường điện tử
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn việc tiếp nhận yêu cầu, gửi thông báo và lưu trữ hồ sơ thi hành án dân sự trên môi trường điện tử.
Điều 2. Đối tượng áp dụng
1. Cơ quan thi hành án dân sự, Chấp hành viên, công chức làm công tác thi hành án dân sự.
2. Người được thi hành án, người phải thi hành án, người có quyền lợi, nghĩa vụ liên quan.
Điều 3. Tiếp nhận yêu cầu thi hành án trực tuyến
1. Người yêu cầu nộp đơn trên Cổng dịch vụ công quốc gia.
2. Cơ quan thi hành án dân sự kiểm tra và thông báo kết quả tiếp nhận trong thời hạn 05 ngày làm việc, gồm:
a) Thông báo thụ lý;
b) Thông báo từ chối, nêu rõ lý do.
Điều 4. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027."""
COMMENTERS = [
    ("Trần Minh Đức", "duc.tm@example.vn", "", "dieu-5-khoan-2", True, "Đề nghị bổ sung người khuyết tật có khó khăn về tài chính."),
    ("Phạm Thu Hà", "ha.pt@example.vn", "Đoàn Luật sư thành phố Hà Nội", "", True, "Đề nghị quy định rõ thời hạn trả lời yêu cầu."),
    ("Vũ Văn Nam", "nam.vv@example.vn", "", "dieu-18", False, "Thù lao cộng tác viên cần được quy định trong Nghị định."),
]


class ConsultationsMixin:
    def consultations(self, portal_sites, areas):
        moj_home = portal_sites["moj"].site.root_page.specific
        index = self.child(moj_home, ConsultationIndexPage, "lay-y-kien", title="Lấy ý kiến dự thảo", show_in_menus=False)
        collection = portal_sites["moj"].collection
        documents = [
            get_document_model().objects.create(
                title=f"Dự thảo Nghị định trợ giúp pháp lý — lần {number}",
                file=ContentFile(sample_docx(name), name=f"{name}.docx"),
                collection=collection,
            )
            for number, name in enumerate(VERSIONS, start=1)
        ]
        versions = [
            DraftVersion(label=f"Dự thảo lần {number}", docx=document, structure=parse_docx(document.file.path), sort_order=number)
            for number, document in enumerate(documents, start=1)
        ]
        submission = get_document_model().objects.create(
            title="Tờ trình dự thảo Nghị định trợ giúp pháp lý",
            file=ContentFile(document_pdf(["TỜ TRÌNH", "Dự thảo Nghị định quy định chi tiết Luật Trợ giúp pháp lý"]), name="to-trinh.pdf"),
            collection=collection,
        )
        draft = self.draft(
            index,
            "du-thao-nghi-dinh-tro-giup-phap-ly",
            versions,
            title="Dự thảo Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Trợ giúp pháp lý",
            document_type=DraftPage.DocumentType.DECREE,
            summary="Dự thảo quy định chi tiết người được trợ giúp pháp lý, tổ chức và người thực hiện trợ giúp pháp lý, "
            "hoạt động trợ giúp pháp lý và trách nhiệm của cơ quan nhà nước.",
            contact="Cục Trợ giúp pháp lý, Bộ Tư pháp — 60 Trần Phú, Ba Đình, Hà Nội; thư điện tử: tgpl@moj.gov.vn",
            areas=[areas["tro-giup-phap-ly"]],
        )
        if draft is not None:
            draft.dossier = [DossierFile(kind=DossierFile.Kind.SUBMISSION, document=submission)]
            draft.save_revision().publish()
            self.comments(draft)
        thads_home = portal_sites["thads"].site.root_page.specific
        thads_index = self.child(thads_home, ConsultationIndexPage, "lay-y-kien", title="Lấy ý kiến dự thảo")
        self.draft(
            thads_index,
            "du-thao-thong-tu-thi-hanh-an-dien-tu",
            [DraftVersion(label="Dự thảo lần 1", pasted_text=THADS_DRAFT, structure=parse_text(THADS_DRAFT), sort_order=1)],
            title="Dự thảo Thông tư hướng dẫn thủ tục thi hành án dân sự trên môi trường điện tử",
            document_type=DraftPage.DocumentType.CIRCULAR,
            drafting_unit=Unit.objects.filter(slug="cuc-thi-hanh-an-dan-su").first(),
            summary="Hướng dẫn tiếp nhận yêu cầu, gửi thông báo và lưu trữ hồ sơ thi hành án dân sự trên môi trường điện tử.",
            areas=[areas["thi-hanh-an-dan-su"]],
        )

    def draft(self, index, slug, versions, *, areas, **fields):
        """A live draft open since yesterday for 60 days; None when it exists already (load_demo run again)."""
        if index.get_children().filter(slug=slug).exists():
            return None
        opens = self.now - datetime.timedelta(days=1)
        draft = DraftPage(slug=slug, opens_at=opens, closes_at=opens + datetime.timedelta(days=60), **fields)
        draft.versions = versions
        draft.subject_areas.set(areas)
        index.add_child(instance=draft)
        draft.save_revision().publish()
        return draft

    def comments(self, draft):
        version = draft.current_version()
        for name, email, organisation, anchor, published, text in COMMENTERS:
            Comment.objects.create(
                page=draft,
                version=version,
                anchor=anchor,
                anchor_label=version.anchors().get(anchor, ""),
                text=text,
                author_kind="organisation" if organisation else "individual",
                full_name=name,
                email=email,
                organisation=organisation,
                email_digest=email_digest(email),
                show_name=True,
                consented_at=self.now,
                email_confirmed_at=self.now,
                state="published" if published else "received",
                moderated_at=self.now if published else None,
            )
