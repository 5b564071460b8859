"""The rows of the permission matrix (tests/subsites/action_table.py) for the admin's screens of one model each:
create, edit, delete — the shared lists, redirects, promoted results, sites, exemptions, and Wagtail's own structures
(groups, sites, locales, collections, workflows), which provisioning makes and nobody changes in the admin."""

from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Collection, CollectionViewRestriction, Locale, Site, Task, Workflow, WorkflowPage

from accounts.models import InactivityExemption
from editorial.models import BoardMember, CalendarException
from home.models import SubjectArea
from subsites.models import OnlineService, PortalSite, Unit
from tests.subsites.action_table import Action, nobody, only


def screen(name, route, url, data, changed, who):
    """A row for an admin screen of one model: POST `data` (or a function of the world) to `url` (or a function)."""
    return Action(
        name,
        route if isinstance(route, tuple) else (route,),
        lambda c, w, s: c.post(url(w) if callable(url) else url, data(w) if callable(data) else data),
        lambda w, s: changed(w),
        who,
        per_site=False,
    )


def picks(page_pk, pick_pk=""):
    """The promoted results' formset: one result, new or the one there is."""
    pick = {
        "id": pick_pk,
        "page": page_pk,
        "ORDER": "0",
        "DELETE": "",
        "description": "",
        "external_link_url": "",
        "external_link_text": "",
    }
    return {"editors_picks-TOTAL_FORMS": "1", "editors_picks-INITIAL_FORMS": "1" if pick_pk else "0"} | {
        f"editors_picks-0-{name}": value for name, value in pick.items()
    }


def gone(model, key):
    return lambda w: not model.objects.filter(pk=w.snippets[key].pk).exists()


SN = "admin/snippets/"
UNIT_DATA = {
    "name": "Vụ Tổ chức cán bộ",
    "slug": "vu-tccb",
    "sort_order": "0",
    "leaders-TOTAL_FORMS": "0",
    "leaders-INITIAL_FORMS": "0",
    "staff-TOTAL_FORMS": "0",
    "staff-INITIAL_FORMS": "0",
}
SERVICE_DATA = {"name": "Cấp phiếu lý lịch tư pháp", "code": "1.001", "level": "full", "url": "https://dichvucong.gov.vn/ltp"}
REDIRECT = {"old_path": "/trang-cu/", "site": "", "is_permanent": "on", "redirect_page": "", "redirect_link": "https://moj.gov.vn/moi"}
chief_only = only("chief")
itadmin_only = only("itadmin")
SCREEN_ACTIONS = [
    # The shared lists (R-CONT): the Chief Editor's; the working-day calendar: the IT administrators' (R-FLOW-3)
    screen(
        "subject_area_add",
        f"{SN}home/subjectarea/add/",
        "/admin/snippets/home/subjectarea/add/",
        {"name": "Bồi thường nhà nước", "slug": "boi-thuong"},
        lambda w: SubjectArea.objects.filter(slug="boi-thuong").exists(),
        chief_only,
    ),
    screen(
        "unit_edit",
        f"{SN}subsites/unit/edit/<int:pk>/",
        lambda w: f"/admin/snippets/subsites/unit/edit/{w.snippets['unit'].pk}/",
        UNIT_DATA,
        lambda w: Unit.objects.filter(slug="vu-tccb").exists(),
        chief_only,
    ),
    screen(
        "unit_delete",
        f"{SN}subsites/unit/delete/<int:pk>/",
        lambda w: f"/admin/snippets/subsites/unit/delete/{w.snippets['spare_unit'].pk}/",
        {},
        gone(Unit, "spare_unit"),
        chief_only,
    ),
    screen(
        "board_member_add",
        f"{SN}editorial/boardmember/add/",
        "/admin/snippets/editorial/boardmember/add/",
        lambda w: {"user": w.users["focal_thads"].pk, "subject_areas": [w.snippets["subject_area"].pk]},
        lambda w: BoardMember.objects.filter(user__username="focal_thads").exists(),
        chief_only,
    ),
    screen(
        "board_member_delete",
        f"{SN}editorial/boardmember/delete/<int:pk>/",
        lambda w: f"/admin/snippets/editorial/boardmember/delete/{w.snippets['board_member'].pk}/",
        {},
        gone(BoardMember, "board_member"),
        chief_only,
    ),
    screen(
        "calendar_add",
        f"{SN}editorial/calendarexception/add/",
        "/admin/snippets/editorial/calendarexception/add/",
        {"date": "2031-01-01", "note": "Tết Dương lịch"},
        lambda w: CalendarException.objects.filter(note="Tết Dương lịch").exists(),
        itadmin_only,
    ),
    screen(
        "calendar_edit",
        f"{SN}editorial/calendarexception/edit/<int:pk>/",
        lambda w: f"/admin/snippets/editorial/calendarexception/edit/{w.snippets['calendar_exception'].pk}/",
        {"date": "2030-09-02", "note": "Nghỉ lễ Quốc khánh"},
        lambda w: CalendarException.objects.filter(note="Nghỉ lễ Quốc khánh").exists(),
        itadmin_only,
    ),
    screen(
        "service_add",
        f"{SN}subsites/onlineservice/add/",
        "/admin/snippets/subsites/onlineservice/add/",
        lambda w: {**SERVICE_DATA, "unit": w.snippets["unit"].pk},
        lambda w: OnlineService.objects.filter(code="1.001").exists(),
        chief_only,
    ),
    screen(
        "service_edit",
        f"{SN}subsites/onlineservice/edit/<int:pk>/",
        lambda w: f"/admin/snippets/subsites/onlineservice/edit/{w.snippets['service'].pk}/",
        lambda w: {**SERVICE_DATA, "unit": w.snippets["unit"].pk},
        lambda w: OnlineService.objects.filter(code="1.001").exists(),
        chief_only,
    ),
    screen(
        "service_delete",
        f"{SN}subsites/onlineservice/delete/<int:pk>/",
        lambda w: f"/admin/snippets/subsites/onlineservice/delete/{w.snippets['service'].pk}/",
        {},
        gone(OnlineService, "service"),
        chief_only,
    ),
    # Redirects and promoted search results (R-SRCH-1): the Chief Editor's
    screen(
        "redirect_add",
        "admin/redirects/add/",
        "/admin/redirects/add/",
        REDIRECT,
        lambda w: Redirect.objects.filter(old_path="/trang-cu").exists(),
        chief_only,
    ),
    screen(
        "redirect_edit",
        "admin/redirects/<int:redirect_id>/",
        lambda w: f"/admin/redirects/{w.snippets['redirect'].pk}/",
        REDIRECT,
        lambda w: Redirect.objects.filter(old_path="/trang-cu").exists(),
        chief_only,
    ),
    screen(
        "redirect_delete",
        "admin/redirects/<int:redirect_id>/delete/",
        lambda w: f"/admin/redirects/{w.snippets['redirect'].pk}/delete/",
        {},
        gone(Redirect, "redirect"),
        chief_only,
    ),
    screen(
        "search_pick_add",
        "admin/searchpicks/add/",
        "/admin/searchpicks/add/",
        lambda w: {"query_string": "phieu ly lich", **picks(w.sites["moj"].live.pk)},
        lambda w: SearchPromotion.objects.filter(query__query_string="phieu ly lich").exists(),
        chief_only,
    ),
    screen(
        "search_pick_edit",
        "admin/searchpicks/<int:query_id>/",
        lambda w: f"/admin/searchpicks/{w.snippets['search_pick'].query_id}/",
        lambda w: {"query_string": "ho tich moi", **picks(w.sites["moj"].live.pk, w.snippets["search_pick"].pk)},
        lambda w: SearchPromotion.objects.filter(query__query_string="ho tich moi").exists(),
        chief_only,
    ),
    screen(
        "search_pick_delete",
        "admin/searchpicks/<int:query_id>/delete/",
        lambda w: f"/admin/searchpicks/{w.snippets['search_pick'].query_id}/delete/",
        {},
        gone(SearchPromotion, "search_pick"),
        chief_only,
    ),
    # Sites, accounts and their exemptions (R-SITE-2, R-OPS-6): the IT administrators'; Wagtail's own structures: nobody's
    screen(
        "portal_site_add",
        "admin/portal-sites/new/",
        "/admin/portal-sites/new/",
        {"slug": "pbgdpl", "name": "Vụ Phổ biến, giáo dục pháp luật"},
        lambda w: PortalSite.objects.filter(slug="pbgdpl").exists(),
        itadmin_only,
    ),
    screen(
        "portal_site_delete",
        "admin/portal-sites/delete/<int:pk>/",
        lambda w: f"/admin/portal-sites/delete/{w.snippets['cntt'].pk}/",
        {},
        gone(PortalSite, "cntt"),
        nobody,
    ),
    screen(
        "exemption_add",
        "admin/accounts/exemptions/new/",
        "/admin/accounts/exemptions/new/",
        lambda w: {"user": w.account.pk, "reason": "Đi học dài hạn", "expires_on": "2031-06-30"},
        lambda w: InactivityExemption.objects.filter(reason="Đi học dài hạn").exists(),
        itadmin_only,
    ),
    screen(
        "exemption_edit",
        "admin/accounts/exemptions/edit/<int:pk>/",
        lambda w: f"/admin/accounts/exemptions/edit/{w.snippets['exemption'].pk}/",
        lambda w: {"user": w.account.pk, "reason": "Công tác nước ngoài", "expires_on": "2031-06-30"},
        lambda w: InactivityExemption.objects.filter(reason="Công tác nước ngoài").exists(),
        itadmin_only,
    ),
    screen(
        "exemption_delete",
        "admin/accounts/exemptions/delete/<int:pk>/",
        lambda w: f"/admin/accounts/exemptions/delete/{w.snippets['exemption'].pk}/",
        {},
        gone(InactivityExemption, "exemption"),
        itadmin_only,
    ),
    screen(
        "group_add",
        "admin/groups/new/",
        "/admin/groups/new/",
        {"name": "Nhóm mới"},
        lambda w: Group.objects.filter(name="Nhóm mới").exists(),
        nobody,
    ),
    screen(
        "group_delete",
        "admin/groups/delete/<int:pk>/",
        lambda w: f"/admin/groups/delete/{w.account.groups.get().pk}/",
        {},
        lambda w: not w.account.groups.exists(),
        nobody,
    ),
    screen(
        "wagtail_site_add",
        "admin/sites/new/",
        "/admin/sites/new/",
        {"hostname": "la.localhost", "port": "80", "root_page": "1"},
        lambda w: Site.objects.filter(hostname="la.localhost").exists(),
        nobody,
    ),
    screen(
        "wagtail_site_edit",
        "admin/sites/edit/<int:pk>/",
        lambda w: f"/admin/sites/edit/{w.snippets['cntt'].site_id}/",
        lambda w: {"hostname": "la.localhost", "port": "80", "root_page": w.snippets["cntt"].site.root_page_id},
        lambda w: Site.objects.filter(hostname="la.localhost").exists(),
        nobody,
    ),
    screen(
        "wagtail_site_delete",
        "admin/sites/delete/<int:pk>/",
        lambda w: f"/admin/sites/delete/{w.snippets['cntt'].site_id}/",
        {},
        lambda w: not Site.objects.filter(pk=w.snippets["cntt"].site_id).exists(),
        nobody,
    ),
    screen(
        "locale_add",
        "admin/locales/new/",
        "/admin/locales/new/",
        {"language_code": "fr"},
        lambda w: Locale.objects.filter(language_code="fr").exists(),
        nobody,
    ),
    screen(
        "locale_edit",
        "admin/locales/edit/<int:pk>/",
        lambda w: f"/admin/locales/edit/{w.english['page'].locale_id}/",
        {"language_code": "vi"},
        lambda w: Locale.objects.filter(language_code="vi").count() > 1,
        nobody,
    ),
    screen(
        "locale_delete",
        "admin/locales/delete/<int:pk>/",
        lambda w: f"/admin/locales/delete/{w.english['page'].locale_id}/",
        {},
        lambda w: not Locale.objects.filter(language_code="en").exists(),
        nobody,
    ),
    screen(
        "collection_edit",
        "admin/collections/<int:pk>/",
        lambda w: f"/admin/collections/{w.sites['thads'].portal_site.collection_id}/",
        lambda w: {"name": "Đổi tên", "parent": Collection.get_first_root_node().pk},
        lambda w: Collection.objects.filter(name="Đổi tên").exists(),
        nobody,
    ),
    screen(
        "collection_delete",
        "admin/collections/<int:pk>/delete/",
        lambda w: f"/admin/collections/{w.sites['thads'].portal_site.collection_id}/delete/",
        {},
        lambda w: not Collection.objects.filter(pk=w.sites["thads"].portal_site.collection_id).exists(),
        nobody,
    ),
    screen(
        "collection_privacy",
        "admin/collections/<int:collection_id>/privacy/",
        lambda w: f"/admin/collections/{w.sites['thads'].portal_site.collection_id}/privacy/",
        {"restriction_type": "login"},
        lambda w: CollectionViewRestriction.objects.exists(),
        nobody,
    ),
    # The two steps' own machinery (R-FLOW-1, R-FLOW-6) is made by provisioning: nobody changes it in the admin
    screen(
        "workflow_add",
        "admin/workflows/add/",
        "/admin/workflows/add/",
        {
            "name": "Quy trình một bước",
            "pages-TOTAL_FORMS": "0",
            "pages-INITIAL_FORMS": "0",
            "workflow_tasks-TOTAL_FORMS": "0",
            "workflow_tasks-INITIAL_FORMS": "0",
        },
        lambda w: Workflow.objects.filter(name="Quy trình một bước").exists(),
        nobody,
    ),
    screen(
        "workflow_disable",
        "admin/workflows/disable/<int:pk>/",
        lambda w: f"/admin/workflows/disable/{w.snippets['workflow'].pk}/",
        {},
        lambda w: not Workflow.objects.get(pk=w.snippets["workflow"].pk).active,
        nobody,
    ),
    screen(
        "workflow_remove",
        ("admin/workflows/remove/<int:page_pk>/", "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/"),
        lambda w: f"/admin/workflows/remove/{w.sites['thads'].portal_site.site.root_page_id}/",
        {},
        lambda w: not WorkflowPage.objects.filter(page_id=w.sites["thads"].portal_site.site.root_page_id).exists(),
        nobody,
    ),
    screen(
        "task_add",
        "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/",
        "/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/",
        {"name": "Bước mới", "groups": []},
        lambda w: Task.objects.filter(name="Bước mới").exists(),
        nobody,
    ),
    screen(
        "task_chooser_create",
        "admin/workflows/task_chooser/create/",
        "/admin/workflows/task_chooser/create/?create_model=wagtailcore.groupapprovaltask",
        {"create-task-name": "Bước từ hộp chọn", "create-task-groups": []},
        lambda w: Task.objects.filter(name="Bước từ hộp chọn").exists(),
        nobody,
    ),
    screen(
        "task_disable",
        "admin/workflows/tasks/disable/<int:pk>/",
        lambda w: f"/admin/workflows/tasks/disable/{w.snippets['task'].pk}/",
        {},
        lambda w: not Task.objects.get(pk=w.snippets["task"].pk).active,
        nobody,
    ),
]
