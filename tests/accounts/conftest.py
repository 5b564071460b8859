"""One portal and one account per role, built once per test module and rolled back at its end (tests stay fast);
each test gets fresh copies of the accounts from the database and runs in its own transaction inside."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from accounts import roles
from subsites.provisioning import provision_site
from tests import platforms

PASSWORD = "moj-demo-2026"
# key: (username, role); role None for a superuser.
STAFF = {
    "itadmin": ("itadmin", roles.IT_ADMINS),
    "chief": ("chief", roles.CHIEF_EDITOR),
    "focal": ("focal", roles.FOCAL_POINTS),
    "editor": ("thads_editor", "editors"),
    "approver": ("thads_approver", "approvers"),
    "root": ("root", None),
}


@pytest.fixture(scope="module")
def staff_world(common_sites, django_db_blocker):
    with platforms.built_once("sites", django_db_blocker):
        Locale.objects.get_or_create(language_code="en")
        provision_site("moj", "Bộ Tư pháp", name_en="Ministry of Justice", main=True, port=80)
        thads = provision_site("thads", "Cục Thi hành án dân sự", name_en="Department of Civil Judgment Enforcement", port=80)
        for username, role in STAFF.values():
            account = get_user_model().objects.create_user(
                username, password=PASSWORD, email=f"{username}@moj.gov.vn", is_superuser=role is None
            )
            if role in ("editors", "approvers"):
                account.groups.add(thads.editors_group if role == "editors" else thads.approvers_group)
            elif role:
                account.groups.add(Group.objects.get(name=role))
        yield


@pytest.fixture
def staff(staff_world, db):
    accounts = {account.username: account for account in get_user_model().objects.filter(username__in=[u for u, _r in STAFF.values()])}
    return {key: accounts[username] for key, (username, _role) in STAFF.items()}


@pytest.fixture
def site_team(staff_world, db):
    return platforms.portal_site("thads")
