"""Who answers for a unit, as editorial asks it (Art 15.4): the register of focal points lives in a higher layer
(intake.FocalPoint, R-IN-5), which editorial may not import. The register answers through a Wagtail hook instead:
each function registered under FOCAL_POINTS_HOOK returns a queryset of rows with `unit_id` and `user_id` (the active
focal points). Editorial only reads; the register stays the one place focal points are kept."""

from django.contrib.auth import get_user_model
from wagtail import hooks

FOCAL_POINTS_HOOK = "moj_focal_points"


def _rows():
    for registered in hooks.get_hooks(FOCAL_POINTS_HOOK):
        yield registered()


def focal_points_of(unit):
    """The unit's active focal points, in the order they were named."""
    user_ids = [row["user_id"] for rows in _rows() for row in rows.filter(unit_id=unit.pk).order_by("pk")]
    users = {user.pk: user for user in get_user_model().objects.filter(pk__in=user_ids, is_active=True)}
    return [users[pk] for pk in dict.fromkeys(user_ids) if pk in users]


def units_answered_by(user) -> set[int]:
    """The ids of the units the user answers for."""
    return {row["unit_id"] for rows in _rows() for row in rows.filter(user_id=user.pk)}
