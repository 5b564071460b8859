"""What the scheduler and the worker leave behind (issue 17): each run of a periodic job, and the worker's heartbeat."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class JobRun(models.Model):
    """One run of a periodic job, from the moment the scheduler queued it to its end."""

    class Outcome(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        SUCCESS = "success", _("Thành công")
        FAILURE = "failure", _("Thất bại")
        LATE = "late", _("Không chạy đúng giờ")

    job = models.CharField(_("Công việc"), max_length=60, db_index=True)
    scheduled_for = models.DateTimeField(_("Giờ dự kiến"), null=True, blank=True)
    started_at = models.DateTimeField(_("Bắt đầu"), null=True, blank=True)
    finished_at = models.DateTimeField(_("Kết thúc"), null=True, blank=True)
    outcome = models.CharField(_("Kết quả"), max_length=10, choices=Outcome.choices, default=Outcome.QUEUED)
    message = models.TextField(_("Thông báo"), blank=True)
    alerted = models.BooleanField(_("Đã cảnh báo"), default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("Lần chạy công việc định kỳ")
        verbose_name_plural = _("Lần chạy công việc định kỳ")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["job", "scheduled_for"], name="one_run_per_job_and_slot")]

    def __str__(self):
        return f"{self.job} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        return self.finished_at - self.started_at if self.started_at and self.finished_at else None


class WorkerHeartbeat(models.Model):
    """The last moment a task worker ran the heartbeat job: proof that queued jobs are being run."""

    worker = models.CharField(max_length=200, unique=True)
    seen_at = models.DateTimeField()

    class Meta:
        verbose_name = _("Nhịp của tiến trình nền")
        verbose_name_plural = _("Nhịp của tiến trình nền")

    def __str__(self):
        return f"{self.worker} {self.seen_at:%Y-%m-%d %H:%M:%S}"
