"""Settings of what the public sends in (R-IN-1…6): personal data, the spam defence of public forms, the intake
register. Imported by base.py; the README lists every variable."""

import os
from pathlib import Path

from moj_site.settings.environment import BASE_DIR, env_bool, env_list

# Personal data of senders (R-IN-2, defence/personal_data.py): Fernet keys, the first encrypting, all decrypting
# (rotation: a new key first, `manage.py rotate_personal_data_keys`, then drop the old). Without them (development,
# tests) a key is derived from SECRET_KEY; production refuses to start without them.
PERSONAL_DATA_KEYS = env_list("PERSONAL_DATA_KEYS")
# Files that hold personal data (attachments of information sent to the portal): never under MEDIA_ROOT, which a web
# server may serve; the register serves them to the Standing Board only.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Spam defence of public forms (defence/spam.py): the proof of work's largest number (the browser tries up to this
# many hashes, about a second), and the posts one address may make to one form in an hour.
SPAM_PROOF_OF_WORK_MAX = int(os.environ.get("SPAM_PROOF_OF_WORK_MAX", "100000"))
SPAM_POSTS_PER_HOUR = int(os.environ.get("SPAM_POSTS_PER_HOUR", "10"))
# The intake register (intake/, R-IN-1…6): attachments' size, how long a completion link works, how long the senders'
# personal data is kept after a decision, and the board's mailbox polled over IMAP (`manage.py poll_intake_mailbox`).
INTAKE_MAX_ATTACHMENT_SIZE = int(os.environ.get("INTAKE_MAX_ATTACHMENT_SIZE", str(20 * 1024 * 1024)))
INTAKE_COMPLETION_LINK_DAYS = int(os.environ.get("INTAKE_COMPLETION_LINK_DAYS", "7"))
INTAKE_PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("INTAKE_PERSONAL_DATA_RETENTION_DAYS", "365"))
INTAKE_IMAP_HOST = os.environ.get("INTAKE_IMAP_HOST", "")
INTAKE_IMAP_PORT = int(os.environ.get("INTAKE_IMAP_PORT", "993"))
INTAKE_IMAP_SSL = env_bool("INTAKE_IMAP_SSL", True)
INTAKE_IMAP_USER = os.environ.get("INTAKE_IMAP_USER", "")
INTAKE_IMAP_PASSWORD = os.environ.get("INTAKE_IMAP_PASSWORD", "")
INTAKE_IMAP_FOLDER = os.environ.get("INTAKE_IMAP_FOLDER", "INBOX")
# Citizens' legal questions (questions/, R-CONT-5): the working days a unit has to answer (a field's route may set
# its own), and the unit (its slug in subsites) that answers fields without a route; empty: the Standing Board routes.
QUESTIONS_ANSWER_DAYS = int(os.environ.get("QUESTIONS_ANSWER_DAYS", "5"))
QUESTIONS_DEFAULT_UNIT = os.environ.get("QUESTIONS_DEFAULT_UNIT", "")

# Public consultation on draft legal documents (consultations/, issue 15): the shortest comment period a draft page
# accepts (days from opening to closing; 60 days is customary for laws and decrees), and how long the link that
# confirms a commenter's e-mail works. Settings, not environment variables: they are policy, not deployment.
CONSULTATION_MIN_DAYS = 60
CONSULTATION_CONFIRMATION_DAYS = 7
# The commenters' e-mail, attachment and the names they did not choose to show are erased this many days after the
# draft's report was published (or after sending, for a comment whose e-mail was never confirmed).
CONSULTATION_PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("CONSULTATION_PERSONAL_DATA_RETENTION_DAYS", "365"))

# The focal point is reminded when a question's due time is this many working days away (and once it has passed);
# the askers' personal data is erased this many days after a question's handling ended (answer published or sent).
QUESTIONS_REMIND_BEFORE_DAYS = float(os.environ.get("QUESTIONS_REMIND_BEFORE_DAYS", "1"))
QUESTIONS_PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("QUESTIONS_PERSONAL_DATA_RETENTION_DAYS", "365"))
