"""Settings of operations (issue 17, operations/): backups, the archive, the periodic jobs, health and metrics.
Imported by base.py; the README lists every variable."""

import datetime
import os
from pathlib import Path

from moj_site.settings.environment import BASE_DIR, env_bool, env_list

# Backups (R-OPS-4, operations/backup.py): sets in BACKUP_DIR, encrypted when BACKUP_ENCRYPTION_KEY (a Fernet key) is
# set; the newest set of each of the last 7 days, 5 weeks and 12 months is kept.
# BACKUP_DIR may be a bucket of S3-compatible object storage, `s3://bucket/prefix` (operations/objectstore.py).
_backup_dir = os.environ.get("BACKUP_DIR", "")
BACKUP_DIR = _backup_dir if _backup_dir.startswith("s3://") else Path(_backup_dir or BASE_DIR / ".data" / "backups")
BACKUP_KEEP_DAILY = int(os.environ.get("BACKUP_KEEP_DAILY", "7"))
BACKUP_KEEP_WEEKLY = int(os.environ.get("BACKUP_KEEP_WEEKLY", "5"))
BACKUP_KEEP_MONTHLY = int(os.environ.get("BACKUP_KEEP_MONTHLY", "12"))
# The archive (R-OPS-7, operations/archive.py): one folder per exported period.
ARCHIVE_DIR = Path(os.environ.get("ARCHIVE_DIR", BASE_DIR / ".data" / "archive"))
# The periodic jobs (issue 17, operations/schedule.py): `manage.py run_scheduler` queues them when due, the worker
# (`manage.py db_worker`, TASKS_BACKEND=database) runs them; each run is recorded and shown to IT administrators.
OPERATIONS_SCHEDULE = {
    "send_deadline_reminders": {"command": "send_deadline_reminders", "every_minutes": 5},
    "suspend_inactive_accounts": {"command": "suspend_inactive_accounts", "daily_at": "01:30"},
    "backup": {"command": "backup", "daily_at": "02:00"},
    "export_archive": {"command": "export_archive", "args": ["--last-month"], "monthly_on": 1, "daily_at": "03:00"},
    # The intake register (intake/): completion requests unanswered for a working day, personal data past retention.
    "flag_unanswered_completions": {"command": "flag_unanswered_completions", "every_minutes": 15},
    "purge_intake_personal_data": {"command": "purge_intake_personal_data", "daily_at": "02:45"},
    # Citizens' questions (questions/): reminders to the focal points, askers' personal data past retention.
    "send_question_reminders": {"command": "send_question_reminders", "every_minutes": 30},
    "purge_question_personal_data": {"command": "purge_question_personal_data", "daily_at": "02:50"},
    # Drafts for comment (consultations/): commenters' personal data past retention.
    "purge_consultation_personal_data": {"command": "purge_consultation_personal_data", "daily_at": "02:55"},
    # The Board members' weekly digest of what was published in their fields (editorial/monitoring.py, Art 15.1).
    "send_field_digest": {"command": "send_field_digest", "weekly_on": 0, "daily_at": "07:00"},
}
# The board's mailbox, when there is one to poll (INTAKE_IMAP_HOST).
if os.environ.get("INTAKE_IMAP_HOST"):
    OPERATIONS_SCHEDULE["poll_intake_mailbox"] = {"command": "poll_intake_mailbox", "every_minutes": 5}
if os.environ.get("TASKS_BACKEND", "immediate") == "database":
    # The worker's own table of task results (a heartbeat a minute) is emptied of what is older than a week.
    OPERATIONS_SCHEDULE["prune_task_results"] = {"command": "prune_db_task_results", "args": ["--min-age-days", "7"], "daily_at": "04:00"}
# A queued job not started this long after its time is late: an alert, and /health/ready/ says so.
OPERATIONS_LATE_AFTER = datetime.timedelta(minutes=int(os.environ.get("OPERATIONS_LATE_AFTER_MINUTES", "15")))
# Health and metrics (R-OPS-1, operations/health.py, operations/metrics.py): details and /metrics only for these
# addresses or networks, or with HEALTH_TOKEN as a bearer token.
HEALTH_ALLOWED_IPS = env_list("HEALTH_ALLOWED_IPS", "127.0.0.1,::1")
HEALTH_TOKEN = os.environ.get("HEALTH_TOKEN", "")
# Where a worker runs the tasks (TASKS_BACKEND=database), a heartbeat older than this makes the portal not ready.
HEALTH_REQUIRE_WORKER = env_bool("HEALTH_REQUIRE_WORKER", os.environ.get("TASKS_BACKEND", "immediate") == "database")
HEALTH_HEARTBEAT_MAX_AGE = datetime.timedelta(seconds=int(os.environ.get("HEALTH_HEARTBEAT_MAX_AGE_SECONDS", "180")))
HEALTH_BACKUP_MAX_AGE = datetime.timedelta(hours=int(os.environ.get("HEALTH_BACKUP_MAX_AGE_HOURS", "26")))
# Who is e-mailed when a periodic job fails or does not run on time (operations/jobs.py).
OPERATIONS_ALERT_EMAILS = env_list("OPERATIONS_ALERT_EMAILS")
