"""The rows of the permission matrix (tests/subsites/action_table.py) that act on no site in particular: the English
edition's translation editor, the shared lists, accounts and groups, sites, the reports of every site's activity."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import Task, Workflow
from wagtail_localize.models import StringTranslation, Translation

from accounts.models import AccountLock
from editorial.models import BoardMember, CalendarException
from home.models import SubjectArea
from subsites.models import PortalSite, Unit
from tests.subsites.action_table import Action, edited, english_editors, nobody, only, page

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def machine_translate(c, w, s):
    StringTranslation.objects.filter(locale=w.english["page"].locale).delete()
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR):
        return c.post(f"/admin/localize/translate/{w.english['translation'].pk}/machine_translate/")


def string_edit(c, w, s):
    translation, segment = w.english["translation"], w.english["segment"]
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    return c.put(url, "value=Edited+English+text", content_type="application/x-www-form-urlencoded")


GLOBAL_ACTIONS = [
    Action(
        "translation_string_edit",
        ("admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",),
        string_edit,
        lambda w, s: StringTranslation.objects.filter(data="Edited English text").exists(),
        english_editors,
        per_site=False,
    ),
    Action(
        "translation_machine",
        ("admin/localize/translate/<int:translation_id>/machine_translate/",),
        machine_translate,
        lambda w, s: StringTranslation.objects.filter(locale=w.english["page"].locale).exists(),
        english_editors,
        per_site=False,
    ),
    Action(
        "translation_stop",
        ("admin/localize/translate/<int:translation_id>/disable/",),
        lambda c, w, s: c.post(f"/admin/localize/translate/{w.english['translation'].pk}/disable/"),
        lambda w, s: not Translation.objects.get(pk=w.english["translation"].pk).enabled,
        english_editors,
        per_site=False,
    ),
    Action(
        "translation_sync",
        ("admin/localize/update/<int:translation_source_id>/",),
        lambda c, w, s: c.post(f"/admin/localize/update/{w.english['translation'].source_id}/", {"publish_translations": "on"}),
        lambda w, s: page(w.english["page"].pk).live,
        nobody,
        per_site=False,
    ),
    Action(
        "translation_submit_for_approval",
        ("admin/translations/<int:page_id>/submit/",),
        lambda c, w, s: c.post(f"/admin/translations/{w.english['page'].pk}/submit/"),
        lambda w, s: page(w.english["page"].pk).workflow_in_progress,
        english_editors,
        per_site=False,
    ),
    # Shared lists (R-CONT): the Chief Editor's
    Action(
        "snippet_edit",
        ("admin/snippets/home/subjectarea/edit/<int:pk>/",),
        lambda c, w, s: c.post(
            f"/admin/snippets/home/subjectarea/edit/{w.snippets['subject_area'].pk}/",
            edited(w.forms["subject_area"], name_en="Civil status"),
        ),
        lambda w, s: SubjectArea.objects.get(pk=w.snippets["subject_area"].pk).name_en == "Civil status",
        only("chief"),
        per_site=False,
    ),
    Action(
        "snippet_add",
        ("admin/snippets/subsites/unit/add/",),
        lambda c, w, s: c.post("/admin/snippets/subsites/unit/add/", edited(w.forms["unit_add"], name="Vụ Tổ chức cán bộ", slug="vu-tccb")),
        lambda w, s: Unit.objects.filter(slug="vu-tccb").exists(),
        only("chief"),
        per_site=False,
    ),
    Action(
        "snippet_chooser_create",
        ("admin/snippets/choose/<slug:app_label>/<slug:model_name>/create/",),
        lambda c, w, s: c.post(
            "/admin/snippets/choose/subsites/unit/create/",
            {
                f"subsites-unit-chooser-create-{k}": v
                for k, v in {
                    "name": "Thanh tra Bộ",
                    "slug": "thanh-tra",
                    "sort_order": "0",
                    "leaders-TOTAL_FORMS": "0",
                    "leaders-INITIAL_FORMS": "0",
                }.items()
            },
        ),
        lambda w, s: Unit.objects.filter(slug="thanh-tra").exists(),
        nobody,  # the choosers have no creation form: a unit is made on its own screen
        per_site=False,
    ),
    Action(
        "snippet_delete",
        ("admin/snippets/home/subjectarea/delete/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/snippets/home/subjectarea/delete/{w.snippets['subject_area'].pk}/"),
        lambda w, s: not SubjectArea.objects.filter(pk=w.snippets["subject_area"].pk).exists(),
        only("chief"),
        per_site=False,
    ),
    Action(
        "board_member_edit",
        ("admin/snippets/editorial/boardmember/edit/<int:pk>/",),
        lambda c, w, s: c.post(
            f"/admin/snippets/editorial/boardmember/edit/{w.snippets['board_member'].pk}/",
            {**w.forms["board_member"], "subject_areas": [w.snippets["subject_area"].pk]},
        ),
        lambda w, s: BoardMember.objects.filter(pk=w.snippets["board_member"].pk, subject_areas=w.snippets["subject_area"]).exists(),
        only("chief"),
        per_site=False,
    ),
    Action(
        "working_calendar",
        ("admin/snippets/editorial/calendarexception/delete/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/snippets/editorial/calendarexception/delete/{w.snippets['calendar_exception'].pk}/"),
        lambda w, s: not CalendarException.objects.filter(pk=w.snippets["calendar_exception"].pk).exists(),
        only("itadmin"),
        per_site=False,
    ),
    # Accounts and groups (R-OPS-6): the IT administrators'
    Action(
        "user_create",
        ("admin/users/new/",),
        lambda c, w, s: c.post(
            "/admin/users/new/",
            {
                "username": "nguoi_moi",
                "email": "nguoi_moi@moj.gov.vn",
                "first_name": "Người",
                "last_name": "Mới",
                "password1": "Mat-khau-rat-dai-2026!",
                "password2": "Mat-khau-rat-dai-2026!",
                "is_active": "on",
            },
        ),
        lambda w, s: get_user_model().objects.filter(username="nguoi_moi").exists(),
        only("itadmin"),
        per_site=False,
    ),
    Action(
        "user_edit",
        ("admin/users/edit/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/users/edit/{w.account.pk}/", edited(w.forms["account"], last_name="Đã sửa")),
        lambda w, s: get_user_model().objects.get(pk=w.account.pk).last_name == "Đã sửa",
        only("itadmin"),
        per_site=False,
    ),
    Action(
        "user_delete",
        ("admin/users/delete/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/users/delete/{w.account.pk}/"),
        lambda w, s: not get_user_model().objects.filter(pk=w.account.pk).exists(),
        only("itadmin"),
        per_site=False,
    ),
    Action(
        "account_lock",
        ("admin/accounts/<int:user_id>/lock/",),
        lambda c, w, s: c.post(f"/admin/accounts/{w.account.pk}/lock/", {"reason": "Nghỉ việc"}),
        lambda w, s: not get_user_model().objects.get(pk=w.account.pk).is_active,
        only("itadmin"),
        per_site=False,
    ),
    Action(
        "group_edit",
        ("admin/groups/edit/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/groups/edit/{w.account.groups.get().pk}/", edited(w.forms["group"], name="Nhóm đổi tên")),
        lambda w, s: Group.objects.filter(name="Nhóm đổi tên").exists(),
        nobody,
        per_site=False,
    ),
    Action(
        "workflow_edit",
        ("admin/workflows/edit/<int:pk>/",),
        lambda c, w, s: c.post(
            f"/admin/workflows/edit/{w.snippets['workflow'].pk}/", edited(w.forms["workflow"], name="Quy trình đổi tên")
        ),
        lambda w, s: Workflow.objects.filter(name="Quy trình đổi tên").exists(),
        nobody,
        per_site=False,
    ),
    Action(
        "task_edit",
        ("admin/workflows/tasks/edit/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/workflows/tasks/edit/{w.snippets['task'].pk}/", edited(w.forms["task"], name="Bước đổi tên")),
        lambda w, s: Task.objects.filter(name="Bước đổi tên").exists(),
        nobody,
        per_site=False,
    ),
    # Sites (R-SITE-2, R-OPS-6): the IT administrators'
    Action(
        "site_switch_off",
        ("admin/portal-sites/edit/<int:pk>/",),
        lambda c, w, s: c.post(f"/admin/portal-sites/edit/{w.snippets['cntt'].pk}/", edited(w.forms["cntt"], is_active="")),
        lambda w, s: not PortalSite.objects.get(pk=w.snippets["cntt"].pk).is_active,
        only("itadmin"),
        per_site=False,
    ),
    Action(
        "site_lockdown",
        ("admin/accounts/site-lockdown/",),
        lambda c, w, s: c.post("/admin/accounts/site-lockdown/", {"portal_site": w.snippets["cntt"].pk, "reason": "Sự cố an ninh"}),
        lambda w, s: AccountLock.objects.filter(portal_site=w.snippets["cntt"]).exists(),
        only("itadmin"),
        per_site=False,
    ),
    # Reports that show every site's activity (R-OPS-2, R-OPS-3): reading them is the action
    Action(
        "audit_report",
        ("admin/reports/audit/",),
        lambda c, w, s: c.get("/admin/reports/audit/"),
        None,
        only("chief", "itadmin"),
        per_site=False,
    ),
    Action(
        "security_report",
        ("admin/reports/security/",),
        lambda c, w, s: c.get("/admin/reports/security/"),
        None,
        only("itadmin"),
        per_site=False,
    ),
]
