from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_domain_name
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

# The digital-government measurement system (EMC, Hệ thống đo lường Chính phủ số) serves its script and receives
# its measurements here (R-SHARE-2, Art 19.3).
EMC_HOST = "f-emc.ngsp.gov.vn"
TRACKING_HOSTS_CACHE_KEY = "defence:tracking-hosts"


@register_setting(icon="lock")
class TrackingScriptHosts(BaseGenericSetting):
    """The hosts a site's tracking code may load scripts from (R-OPS-5 over R-SHARE-2). Set by IT administrators only:
    a site approver pastes the tracking code, but cannot bring in a script from anywhere else, since whatever the
    script does runs with the reader's — and on the main host, an editor's — session."""

    hosts = models.TextField(
        _("Máy chủ được phép nạp tập lệnh đo lường"),
        default=EMC_HOST,
        blank=True,
        help_text=_("Mỗi dòng một tên máy chủ, không có https:// và đường dẫn, ví dụ f-emc.ngsp.gov.vn."),
    )

    panels = [FieldPanel("hosts")]

    class Meta:
        verbose_name = _("Máy chủ tập lệnh đo lường")

    def host_list(self) -> list[str]:
        return [line.strip().lower() for line in self.hosts.splitlines() if line.strip()]

    def clean(self):
        for host in self.host_list():
            try:
                validate_domain_name(host)
            except ValidationError:
                raise ValidationError(
                    {"hosts": _("“%(host)s” không phải là tên máy chủ (chỉ tên, không có https:// hay đường dẫn).") % {"host": host}}
                ) from None


def allowed_tracking_hosts() -> list[str]:
    """Asked on every public page (its scripts and its Content-Security-Policy), so cached."""
    hosts = cache.get(TRACKING_HOSTS_CACHE_KEY)
    if hosts is None:
        hosts = TrackingScriptHosts.load().host_list()
        # Saving clears this key, but only in the cache of the process that saved it when the cache is local
        # memory (no REDIS_URL): a minute bounds how long other workers may lag.
        cache.set(TRACKING_HOSTS_CACHE_KEY, hosts, 60)
    return hosts


@receiver(post_save, sender=TrackingScriptHosts)
def forget_tracking_hosts(**kwargs):
    cache.delete(TRACKING_HOSTS_CACHE_KEY)
