"""The admin has no English left for any staff role of the demo (issue 18): the sidebar, the dashboard, every screen
the role's menu offers and the page editor with its hidden tabs, rendered in Vietnamese and compared with the English
source strings of the admin's catalogues (tests/editorial/admin_english.py); and no link to Wagtail's own guide. On the
common sites (main portal, thads, cntt) with the main portal's English edition; the editor's and approver's screens
of one newsroom are tests/editorial/test_admin_in_vietnamese.py."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from accounts.factories import UserFactory
from editorial.models import BoardMember
from home.factories import SectionPageFactory
from news.factories import ArticlePageFactory
from news.models import archive_folder
from subsites.models import PortalSite
from subsites.provisioning import provision_english_edition
from tests import platforms
from tests.editorial.admin_english import english_on
from tests.html_structure import nested_forms
from tests.subsites.action_world import ROLES, english_translation

# Every staff role of the demo (tests/subsites/action_world.py names them as demo/people.py does).
STAFF_ROLES = [username for username, role in ROLES.items() if role is not None]
# The site whose article each role opens in the page editor; the English edition's for its translator and approver.
HOME_SITE = {"thads_editor": "thads", "thads_approver": "thads", "cntt_editor": "cntt"}
# Screens every role may meet beyond its menu: the editor's tabs, listings, the account; what the IT administrator keeps.
ROLE_SCREENS = {
    "page edit": lambda w: f"/admin/pages/{w['article'].pk}/edit/",
    "explorer": lambda w: f"/admin/pages/{w['article'].get_parent().get_parent().pk}/",
    "page history": lambda w: f"/admin/pages/{w['article'].pk}/history/",
    "account": lambda w: "/admin/account/",
}
IT_SCREENS = {
    "user edit": lambda w: f"/admin/users/edit/{w['colleague'].pk}/",
    "group edit": lambda w: f"/admin/groups/edit/{w['colleague'].groups.get().pk}/",
    "user add": lambda w: "/admin/users/new/",
    "group add": lambda w: "/admin/groups/new/",
}


@pytest.fixture(scope="module")
def staff_world(common_sites, django_db_blocker):
    """Built once for the module (each test's screens are GETs, in a transaction of their own on top of it)."""
    with platforms.built_once("sites", django_db_blocker):
        yield build_staff_world()


def build_staff_world():
    """One account per role, an item written and one waiting for approval on the main portal and each component site, and the
    English version of the main portal's live item (what the translator and the English approver open)."""
    sites = {portal_site.slug: portal_site for portal_site in PortalSite.objects.select_related("site__root_page")}
    main_site, thads_site = sites["moj"], sites["thads"]
    users = {}
    for username in STAFF_ROLES:
        role = ROLES[username]
        group = getattr(sites[role[0]], f"{role[1]}_group") if isinstance(role, tuple) else role
        users[username] = UserFactory(username=username, first_name=username, groups=[group])
    BoardMember.objects.create(user=users["board_member"])
    reporter = UserFactory(username="phong_vien", groups=[thads_site.editors_group])
    articles = {}
    for slug, portal_site in sites.items():
        folder = archive_folder(SectionPageFactory(parent=portal_site.site.root_page, title="Tin tức", slug="tin-tuc"), timezone.now())
        articles[slug] = ArticlePageFactory(parent=folder, title=f"Hội nghị tập huấn {slug}", live=False)
        articles[slug].save_revision(user=reporter)
        waiting = ArticlePageFactory(parent=folder, title=f"Thông báo tuyển dụng {slug}", live=False)
        waiting.save_revision(user=reporter)
        waiting.get_workflow().start(waiting, reporter)
    live = ArticlePageFactory(parent=articles["moj"].get_parent(), title="Tin đã đăng")
    english = english_translation(live, provision_english_edition(main_site, title="Ministry of Justice"), reporter)
    articles["en"] = english["page"]
    return {"users": users, "articles": articles, "colleague": reporter}


def menu_urls(html: str) -> list[str]:
    """The admin screens the role's sidebar offers (its menu and submenus), read from the sidebar's JSON."""
    props = json.loads(BeautifulSoup(html, "html.parser").find("script", id="wagtail-sidebar-props").string)
    urls = []

    def walk(value):
        if isinstance(value, dict):
            url = value.get("url")
            if isinstance(url, str) and url.startswith("/admin/") and "logout" not in url:
                urls.append(url)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return list(dict.fromkeys(urls))


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_every_screen_of_a_role_shows_no_english(client, db, staff_world, role):
    """The sidebar, the dashboard, every screen the role's menu offers, the page editor with all its tabs; and no
    link to Wagtail's own guide on any of them, and no form inside a form."""
    client.force_login(staff_world["users"][role])
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    site = "en" if role in ("translator", "en_approver") else HOME_SITE.get(role, "moj")
    world = {"article": staff_world["articles"][site], "colleague": staff_world["colleague"]}
    screens = {"dashboard": "/admin/", **{url: url for url in menu_urls(dashboard.text)}}
    screens |= {name: screen(world) for name, screen in (ROLE_SCREENS | (IT_SCREENS if role == "itadmin" else {})).items()}
    assert len(screens) > len(ROLE_SCREENS) + 1, "the menu offers no screen"
    english, to_wagtail, nested = {}, [], {}
    for name, url in screens.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, f"{name} {url}: {response.status_code}"
        # A form inside a form is dropped by the browser: its button submits the outer form (tests/html_structure.py).
        if inner := nested_forms(response.text):
            nested[name] = inner
        found = english_on(response.text)
        if found:
            english[f"{name} ({url})"] = found
        # Wagtail's guide and "what's new" (guide.wagtail.org) are English and about Wagtail, not the portal.
        if re.search(r"https?://([\w-]+\.)*wagtail\.org", response.text):
            to_wagtail.append(name)
    assert not to_wagtail, f"links to wagtail.org for {role} on {to_wagtail}"
    assert not nested, f"forms inside forms for {role}: {nested}"
    assert not english, f"English strings for {role}: {json.dumps(english, ensure_ascii=False, indent=1)}"
