"""Backup sets on S3-compatible object storage (R-OPS-4, issue 17) and media kept in a bucket (STORAGES["default"],
moj_site/settings/servers.py).

A set's address is `s3://bucket/prefix/moj-YYYYMMDDTHHMMSSZ`. A set is written to a local folder first, then
uploaded file by file, manifest.json last: a set without its manifest in the bucket is incomplete and neither restored
nor counted by the retention. The client uses S3_ENDPOINT_URL, S3_REGION and the keys of the media bucket."""

import os
from dataclasses import dataclass
from pathlib import Path

import boto3
from botocore.config import Config
from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage

from operations.manifest import MANIFEST

SCHEME = "s3://"


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # without leading or trailing slash; may be empty

    def key(self, *parts: str) -> str:
        return "/".join(part for part in (self.prefix, *parts) if part)

    def __str__(self) -> str:
        return SCHEME + "/".join(part for part in (self.bucket, self.prefix) if part)

    @property
    def name(self) -> str:
        return self.prefix.rsplit("/", 1)[-1]


def parse(address: str) -> S3Location | None:
    """The bucket and prefix of an `s3://` address; None for a local path."""
    if not str(address).startswith(SCHEME):
        return None
    bucket, _, prefix = str(address).removeprefix(SCHEME).partition("/")
    return S3Location(bucket, prefix.strip("/"))


def client():
    options = {"region_name": settings.S3_REGION, "config": Config(s3={"addressing_style": "path"}, retries={"max_attempts": 3})}
    if settings.S3_ENDPOINT_URL:
        options["endpoint_url"] = settings.S3_ENDPOINT_URL
    if os.environ.get("S3_ACCESS_KEY_ID"):
        options |= {"aws_access_key_id": os.environ["S3_ACCESS_KEY_ID"], "aws_secret_access_key": os.environ.get("S3_SECRET_ACCESS_KEY")}
    return boto3.client("s3", **options)


def upload_set(local: Path, target: S3Location) -> S3Location:
    """Uploads a complete local set under target; returns the set's own location."""
    placed = S3Location(target.bucket, target.key(local.name))
    s3 = client()
    files = sorted(path for path in local.iterdir() if path.is_file() and path.name != MANIFEST)
    for path in [*files, local / MANIFEST]:
        s3.upload_file(str(path), placed.bucket, placed.key(path.name))
    return placed


def download_set(source: S3Location, local: Path) -> Path:
    s3 = client()
    folder = local / source.name
    folder.mkdir(parents=True)
    for item in objects(s3, source.bucket, source.key() + "/"):
        name = item["Key"].removeprefix(source.key() + "/")
        if "/" not in name:
            s3.download_file(source.bucket, item["Key"], str(folder / name))
    return folder


def objects(s3, bucket: str, prefix: str):
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        yield from page.get("Contents", [])


def complete_sets(target: S3Location) -> list[str]:
    """The names of the sets under target whose manifest was uploaded."""
    s3 = client()
    return sorted(
        item["Key"].removeprefix(target.key() + "/").split("/")[0]
        for item in objects(s3, target.bucket, target.key() + "/" if target.prefix else "")
        if item["Key"].endswith("/" + MANIFEST)
    )


def delete_set(target: S3Location, name: str) -> None:
    s3 = client()
    keys = [{"Key": item["Key"]} for item in objects(s3, target.bucket, target.key(name) + "/")]
    for start in range(0, len(keys), 1000):
        s3.delete_objects(Bucket=target.bucket, Delete={"Objects": keys[start : start + 1000]})


def is_local(storage: Storage) -> bool:
    return isinstance(storage, FileSystemStorage)


def walk(storage: Storage, folder: str = ""):
    """Every file's name in a storage (a bucket's keys under its location), sorted."""
    folders, files = storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for name in sorted(folders):
        yield from walk(storage, f"{folder}/{name}" if folder else name)
