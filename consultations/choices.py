"""The choices of a comment, apart from the models so that forms and moderation name them without importing models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentState(models.TextChoices):
    RECEIVED = "received", _("Mới nhận")
    PUBLISHED = "published", _("Đã đăng")
    HIDDEN = "hidden", _("Không đăng")
    DUPLICATE = "duplicate", _("Trùng lặp")


class AuthorKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Cá nhân")
    ORGANISATION = "organisation", _("Cơ quan, tổ chức, doanh nghiệp")


class DispositionKind(models.TextChoices):
    """How the drafting unit disposes of a comment (the customary "giải trình, tiếp thu" report)."""

    ACCEPTED = "tiep-thu", _("Tiếp thu")
    PARTLY = "tiep-thu-mot-phan", _("Tiếp thu một phần")
    NOT_ACCEPTED = "khong-tiep-thu", _("Không tiếp thu")
    EXPLAINED = "giai-trinh", _("Giải trình")


class ReviewState(models.TextChoices):
    """Where the set of dispositions of a draft is: written, sent for approval, sent back, approved (report published)."""

    DRAFTING = "drafting", _("Đang tiếp thu, giải trình")
    SUBMITTED = "submitted", _("Chờ duyệt")
    RETURNED = "returned", _("Bị trả lại")
    APPROVED = "approved", _("Đã duyệt, đã công bố báo cáo")
