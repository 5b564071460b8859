from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ZeroResultQuery(models.Model):
    """A query that found nothing on a site, with how often: tells editors what citizens look for and do not find.
    Popular queries are Wagtail's own (search promotions' Query and its daily hits)."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("Trang"), on_delete=models.CASCADE, related_name="+")
    query_string = models.CharField(_("Từ khoá"), max_length=255)
    hits = models.PositiveIntegerField(_("Số lần"), default=0)
    last_searched = models.DateTimeField(_("Lần gần nhất"), default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "query_string"], name="unique_zero_result_query_per_site")]
        ordering = ["-hits", "-last_searched"]
        verbose_name = _("Tìm kiếm không có kết quả")
        verbose_name_plural = _("Tìm kiếm không có kết quả")

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, site, query_string: str) -> None:
        entry, _created = cls.objects.get_or_create(site=site, query_string=query_string[:255])
        cls.objects.filter(pk=entry.pk).update(hits=F("hits") + 1, last_searched=timezone.now())
