import datetime

import factory
import wagtail_factories

from documents.models import LegalDocumentIndexPage, LegalDocumentPage


class LegalDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản"

    class Meta:
        model = LegalDocumentIndexPage


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nghị định quy định chi tiết số {n}")
    number = factory.Sequence(lambda n: f"{n}/2022/NĐ-CP")
    document_type = LegalDocumentPage.DocumentType.DECREE
    issuing_body = "Chính phủ"
    issue_date = datetime.date(2022, 6, 24)
    summary = "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến."

    class Meta:
        model = LegalDocumentPage
