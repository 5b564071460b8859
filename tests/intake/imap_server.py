"""A real IMAP server for the e-mail channel's tests: Debian's dovecot (`make system-tools` installs it), started on
a free loopback port with a configuration, a passwd-file user and Maildir storage in a temporary directory, and
stopped after the tests."""

import getpass
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
USER, PASSWORD = "banbientap", "mat-khau-thu-nghiem"

CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


@dataclass
class ImapServer:
    host: str
    port: int
    user: str
    password: str

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with imaplib.IMAP4(self.host, self.port, timeout=10) as client:
            client.login(self.user, self.password)
            client.append(folder, None, None, raw)

    def unseen(self, folder: str = "INBOX") -> int:
        with imaplib.IMAP4(self.host, self.port, timeout=10) as client:
            client.login(self.user, self.password)
            client.select(folder)
            return len(client.search(None, "UNSEEN")[1][0].split())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(root: Path) -> tuple[subprocess.Popen, ImapServer]:
    """Dovecot serving from `root`, a directory its own users can enter (not one of pytest's 0700 directories)."""
    root.chmod(0o755)
    if os.geteuid() == 0:
        # Dovecot refuses mail access as root: the mailbox belongs to `nobody`; its own processes run as its users.
        owner, internal_user, login_user = pwd.getpwnam("nobody"), "dovecot", "dovenull"
    else:
        owner = pwd.getpwuid(os.getuid())
        internal_user = login_user = getpass.getuser()
    port = free_port()
    for directory in ("run", "state", "mail"):
        (root / directory).mkdir(parents=True, exist_ok=True)
    shutil.chown(root / "mail", owner.pw_uid, owner.pw_gid)
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    config = root / "dovecot.conf"
    values = {"root": root, "port": port, "uid": owner.pw_uid, "gid": owner.pw_gid}
    config.write_text(CONFIG.format(**values, internal_user=internal_user, login_user=login_user))
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    server = ImapServer("127.0.0.1", port, USER, PASSWORD)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, server
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    process.kill()
    log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
    raise RuntimeError(f"dovecot did not start: {process.stdout.read().decode(errors='replace')} {log}")
