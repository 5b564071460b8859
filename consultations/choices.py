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
