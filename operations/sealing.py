"""Optional encryption of a backup set with a key from the environment (BACKUP_ENCRYPTION_KEY, a Fernet key).

Fernet encrypts a message whole, in memory: a file is cut into chunks of 4 MiB, each its own Fernet token written
after its length, so that a database dump of any size is encrypted and decrypted with a bounded memory. A token
carries its own HMAC: a changed byte fails decryption even before the manifest's checksums are compared."""

import os
import struct
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

CHUNK = 4 * 1024 * 1024
LENGTH = struct.Struct(">I")
SUFFIX = ".enc"


class SealBroken(ValueError):
    pass


def key_from_environment() -> bytes | None:
    key = os.environ.get("BACKUP_ENCRYPTION_KEY", "").strip()
    return key.encode() if key else None


def encrypt_file(source: Path, destination: Path, key: bytes) -> None:
    fernet = Fernet(key)
    with source.open("rb") as plain, destination.open("wb") as sealed:
        while chunk := plain.read(CHUNK):
            token = fernet.encrypt(chunk)
            sealed.write(LENGTH.pack(len(token)))
            sealed.write(token)


def decrypt_file(source: Path, destination: Path, key: bytes) -> None:
    fernet = Fernet(key)
    with source.open("rb") as sealed, destination.open("wb") as plain:
        while header := sealed.read(LENGTH.size):
            if len(header) != LENGTH.size:
                raise SealBroken(f"{source.name}: truncated")
            (length,) = LENGTH.unpack(header)
            token = sealed.read(length)
            try:
                plain.write(fernet.decrypt(token))
            except InvalidToken as error:
                raise SealBroken(f"{source.name}: wrong key or altered content") from error


def seal(text: str, key: bytes) -> str:
    return Fernet(key).encrypt(text.encode()).decode()


def unseal(token: str, key: bytes) -> str:
    try:
        return Fernet(key).decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise SealBroken("manifest: wrong key or altered content") from error
