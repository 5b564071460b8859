"""Which backup sets to keep (R-OPS-4): the newest of each of the last BACKUP_KEEP_DAILY days, of the last
BACKUP_KEEP_WEEKLY ISO weeks and of the last BACKUP_KEEP_MONTHLY months that have a set; the others are deleted.
A set still being written (`.partial`) is never touched."""

import datetime
import shutil
from pathlib import Path

from operations import objectstore
from operations.backup import moment_of


def sets_to_keep(moments: list[datetime.datetime], daily: int, weekly: int, monthly: int) -> set[datetime.datetime]:
    keep = set()
    newest_first = sorted(moments, reverse=True)
    for count, period in (
        (daily, lambda moment: moment.date()),
        (weekly, lambda moment: moment.isocalendar()[:2]),
        (monthly, lambda moment: (moment.year, moment.month)),
    ):
        seen = []
        for moment in newest_first:
            if period(moment) not in seen:
                seen.append(period(moment))
                if len(seen) > count:
                    break
                keep.add(moment)
    return keep


def prune(directory: Path, daily: int, weekly: int, monthly: int) -> list[Path]:
    sets = {moment: path for path in directory.iterdir() if path.is_dir() and (moment := moment_of(path.name))}
    keep = sets_to_keep(list(sets), daily, weekly, monthly)
    removed = [path for moment, path in sorted(sets.items()) if moment not in keep]
    for path in removed:
        shutil.rmtree(path)
    return removed


def prune_bucket(target: objectstore.S3Location, daily: int, weekly: int, monthly: int) -> list[str]:
    """The same for the complete sets in a bucket; returns the names of the sets deleted."""
    sets = {moment: name for name in objectstore.complete_sets(target) if (moment := moment_of(name))}
    keep = sets_to_keep(list(sets), daily, weekly, monthly)
    removed = [name for moment, name in sorted(sets.items()) if moment not in keep]
    for name in removed:
        objectstore.delete_set(target, name)
    return removed
