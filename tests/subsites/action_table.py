"""The permission matrix of admin actions (issue 12): each row is an action that changes data, performed with POST as
a browser would, and the check that tells from the database whether it happened; each cell says whether a role may
take it on its own site or on another (R-SITE-2, Art 21.5). The policy is written here from the regulation, never
read from Wagtail's permission code, so a hole in Wagtail shows as a failure.

A row names the admin URL patterns it covers (`routes`): tests/subsites/test_action_matrix.py fails when an admin
pattern that accepts POST is neither covered by a row nor exempted there with a reason."""

import json
from collections.abc import Callable
from dataclasses import dataclass

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageViewRestriction

from editorial.models import Takedown, UnreviewedPublication
from home.models import SiteIdentity, SiteNavigation
from tests.subsites.action_world import FOOTER_LINK, ROLES, pdf, png


# Who may act: a username and the slug of the site whose object is acted on (None for a site-independent action).
def team(username, site):
    """The Chief Editor everywhere (Art 8.5); a site's editors and approvers on their own site."""
    return username == "chief" or ROLES[username] in ((site, "editors"), (site, "approvers"))


def approvers(username, site):
    """Approval is the site's approvers' alone: the Chief Editor's way round it is "publish without review"."""
    return ROLES[username] == (site, "approvers")


def publishers(username, site):
    return username == "chief" or approvers(username, site)


def only(*usernames):
    return lambda username, site: username in usernames


def nobody(username, site):
    return False


def main_portal_team(username, site):
    """The Standing Board chooses the main portal's items for English (R-EN-1): only the main portal has an edition."""
    return site == "moj" and (username == "chief" or ROLES[username] in (("moj", "editors"), ("moj", "approvers")))


english_editors = only("chief", "translator", "en_approver")


@dataclass(frozen=True)
class Action:
    name: str
    routes: tuple[str, ...]
    perform: Callable  # (client, world, site objects or None) -> response
    changed: Callable  # (world, site objects or None) -> bool
    allowed: Callable  # (username, site slug or None) -> bool
    per_site: bool = True


def page(pk):
    return Page.objects.get(pk=pk).specific


def edited(form, **changes):
    return {**form, **{name: [value] for name, value in changes.items()}}


def latest_title(pk):
    return page(pk).get_latest_revision().content["title"]


def reason(action):
    return lambda c, w, s: c.post(f"/admin/editorial/pages/{getattr(s, action[1]).pk}/{action[0]}/", {"reason": "Lý do rõ ràng"})


def api_action(c, pk, name, payload):
    return c.post(f"/admin/api/main/pages/{pk}/action/{name}/", json.dumps(payload), content_type="application/json")


def workflow_action(name, data=None):
    return lambda c, w, s: c.post(f"/admin/pages/workflow/action/{s.in_review.pk}/{name}/{s.task_state_id}/", data or {})


def chooser_upload(kind, model, file):
    """Uploading from the chooser of a page's picture or file field: into the site's collection."""

    def perform(c, w, s):
        fields = {"title": "Từ hộp chọn", "file": file(), "collection": s.portal_site.collection_id}
        return c.post(f"/admin/{kind}s/chooser/create/", {f"{kind}-chooser-upload-{name}": value for name, value in fields.items()})

    def changed(w, s):
        return model().objects.filter(title="Từ hộp chọn", collection=s.portal_site.collection_id).exists()

    return Action(f"{kind}_chooser_upload", (f"admin/{kind}s/chooser/create/",), perform, changed, team)


P = "admin/pages/"
ACTIONS = [
    # Pages: the two steps (R-FLOW-1)
    Action(
        "save_draft",
        (f"{P}<int:page_id>/edit/",),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/edit/", edited(s.forms["draft"], title="Tiêu đề đã sửa")),
        lambda w, s: latest_title(s.draft.pk) == "Tiêu đề đã sửa",
        team,
    ),
    Action(
        "create_page",
        (f"{P}add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",),
        lambda c, w, s: c.post(
            f"/admin/pages/add/home/standardpage/{s.other_section.pk}/",
            {"title": "Trang mới", "slug": "trang-moi", "body-count": "0", "related_links-TOTAL_FORMS": "0"},
        ),
        lambda w, s: Page.objects.child_of(s.other_section).filter(slug="trang-moi").exists(),
        team,
    ),
    Action(
        "submit",
        (),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/edit/", edited(s.forms["draft"], **{"action-submit": "1"})),
        lambda w, s: page(s.draft.pk).workflow_in_progress,
        team,
    ),
    Action(
        "approve",
        (f"{P}workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",),
        workflow_action("approve"),
        lambda w, s: page(s.in_review.pk).live,
        approvers,
    ),
    Action(
        "approve_in_editor",
        (),
        lambda c, w, s: c.post(
            f"/admin/pages/{s.in_review.pk}/edit/",
            edited(s.forms["in_review"], **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
        ),
        lambda w, s: page(s.in_review.pk).live,
        approvers,
    ),
    Action(
        "send_back",
        (f"{P}workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",),
        workflow_action("reject", {"reason": "inaccurate", "comment": "Thiếu nguồn tin"}),
        lambda w, s: page(s.in_review.pk).current_workflow_state.status == "needs_changes",
        approvers,
    ),
    Action(
        "cancel_workflow",
        (f"{P}workflow/confirm_cancellation/<int:page_id>/",),
        lambda c, w, s: c.post(f"/admin/pages/{s.in_review.pk}/edit/", edited(s.forms["in_review"], **{"action-cancel-workflow": "1"})),
        lambda w, s: not page(s.in_review.pk).workflow_in_progress,
        approvers,  # the person who sent it may withdraw it too; another editor of the site may not
    ),
    Action(
        "publish_from_editor",
        (),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/edit/", edited(s.forms["draft"], **{"action-publish": "1"})),
        lambda w, s: page(s.draft.pk).live,
        nobody,
    ),
    # Taking down, restoring, the Chief Editor's override (R-FLOW-5, Art 15)
    Action(
        "plain_unpublish",
        (f"{P}<int:page_id>/unpublish/",),
        lambda c, w, s: c.post(f"/admin/pages/{s.live.pk}/unpublish/"),
        lambda w, s: not page(s.live.pk).live,
        nobody,
    ),
    Action(
        "take_down",
        ("admin/editorial/pages/<int:page_id>/<slug:action>/",),
        reason(("take-down", "live")),
        lambda w, s: Takedown.objects.filter(page=s.live, kind="temporary").exists() and not page(s.live.pk).live,
        publishers,
    ),
    Action(
        "remove",
        (),
        reason(("remove", "live")),
        lambda w, s: Takedown.objects.filter(page=s.live, kind="permanent").exists() and not page(s.live.pk).live,
        publishers,
    ),
    Action("restore", (), reason(("restore", "taken_down")), lambda w, s: page(s.taken_down.pk).live, publishers),
    Action(
        "publish_without_review",
        (),
        reason(("publish-without-review", "draft")),
        lambda w, s: page(s.draft.pk).live,
        only("chief"),
    ),
    Action(
        "confirm_review",
        (),
        reason(("reviewed", "published_without_review")),
        lambda w, s: UnreviewedPublication.objects.filter(page=s.published_without_review, reviewed_at__isnull=False).exists(),
        approvers,
    ),
    # Pages: structure
    Action(
        "delete_draft",
        (f"{P}<int:page_id>/delete/",),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/delete/"),
        lambda w, s: not Page.objects.filter(pk=s.draft.pk).exists(),
        team,
    ),
    Action(
        "delete_live",
        (),
        lambda c, w, s: c.post(f"/admin/pages/{s.live.pk}/delete/"),
        lambda w, s: not Page.objects.filter(pk=s.live.pk).exists(),
        nobody,
    ),
    Action(
        "move",
        (f"{P}<int:page_to_move_id>/move/<int:destination_id>/confirm/", f"{P}<int:page_to_move_id>/move/"),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/move/{s.other_section.pk}/confirm/"),
        lambda w, s: page(s.draft.pk).get_parent().pk == s.other_section.pk,
        team,
    ),
    Action(
        "reorder",
        (f"{P}<int:page_to_move_id>/set_position/",),
        lambda c, w, s: c.post(f"/admin/pages/{s.other_section.pk}/set_position/?position=0"),
        lambda w, s: page(s.other_section.pk).get_prev_sibling() is None,
        publishers,  # the order of a site's menus is public
    ),
    Action(
        "copy",
        (f"{P}<int:page_id>/copy/",),
        lambda c, w, s: c.post(
            f"/admin/pages/{s.draft.pk}/copy/",
            {"new_title": "Bản sao", "new_slug": "ban-sao", "new_parent_page": s.other_section.pk},
        ),
        lambda w, s: Page.objects.child_of(s.other_section).filter(slug="ban-sao").exists(),
        team,
    ),
    Action(
        "privacy_draft",
        (f"{P}<int:page_id>/privacy/",),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/privacy/", {"restriction_type": "login"}),
        lambda w, s: PageViewRestriction.objects.filter(page=s.draft).exists(),
        publishers,  # who may be shown a page is an approver's decision
    ),
    Action(
        "privacy_live",
        (),
        lambda c, w, s: c.post(f"/admin/pages/{s.live.pk}/privacy/", {"restriction_type": "login"}),
        lambda w, s: PageViewRestriction.objects.filter(page=s.live).exists(),
        nobody,
    ),
    Action(
        "revert",
        (f"{P}<int:page_id>/revisions/<int:revision_id>/revert/",),
        lambda c, w, s: c.post(
            f"/admin/pages/{s.draft.pk}/revisions/{page(s.draft.pk).get_latest_revision().pk}/revert/",
            edited(s.forms["draft"], title="Bản cũ", revision=str(page(s.draft.pk).get_latest_revision().pk)),
        ),
        lambda w, s: latest_title(s.draft.pk) == "Bản cũ",
        team,
    ),
    Action(
        "lock",
        (f"{P}<int:page_id>/lock/", f"{P}<int:page_id>/unlock/"),
        lambda c, w, s: c.post(f"/admin/pages/{s.draft.pk}/lock/"),
        lambda w, s: page(s.draft.pk).locked,
        publishers,
    ),
    Action(
        "bulk_delete_draft",
        ("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/",),
        lambda c, w, s: c.post(f"/admin/bulk/wagtailcore/page/delete/?id={s.draft.pk}"),
        lambda w, s: not Page.objects.filter(pk=s.draft.pk).exists(),
        team,
    ),
    Action(
        "bulk_publish",
        (),
        lambda c, w, s: c.post(f"/admin/bulk/wagtailcore/page/publish/?id={s.draft.pk}"),
        lambda w, s: page(s.draft.pk).live,
        nobody,
    ),
    # Wagtail's admin API page actions
    Action(
        "api_move",
        ("admin/api/main/pages/<int:pk>/action/<str:action_name>/",),
        lambda c, w, s: api_action(c, s.draft.pk, "move", {"destination_page_id": s.other_section.pk, "position": "last-child"}),
        lambda w, s: page(s.draft.pk).get_parent().pk == s.other_section.pk,
        team,
    ),
    Action(
        "api_delete_draft",
        (),
        lambda c, w, s: api_action(c, s.draft.pk, "delete", {}),
        lambda w, s: not Page.objects.filter(pk=s.draft.pk).exists(),
        team,
    ),
    Action(
        "api_delete_live",
        (),
        lambda c, w, s: api_action(c, s.live.pk, "delete", {}),
        lambda w, s: not Page.objects.filter(pk=s.live.pk).exists(),
        nobody,
    ),
    Action(
        "api_copy",
        (),
        lambda c, w, s: api_action(c, s.draft.pk, "copy", {"destination_page_id": s.other_section.pk, "slug": "ban-sao-api"}),
        lambda w, s: Page.objects.filter(slug="ban-sao-api").exists(),
        nobody,
    ),
    Action("api_publish", (), lambda c, w, s: api_action(c, s.draft.pk, "publish", {}), lambda w, s: page(s.draft.pk).live, nobody),
    # Pictures and files of the site's collection
    Action(
        "image_upload",
        ("admin/images/add/",),
        lambda c, w, s: c.post("/admin/images/add/", {"title": "Ảnh mới", "file": png(), "collection": s.portal_site.collection_id}),
        lambda w, s: get_image_model().objects.filter(title="Ảnh mới", collection=s.portal_site.collection_id).exists(),
        team,
    ),
    Action(
        "image_edit",
        ("admin/images/<int:image_id>/",),
        lambda c, w, s: c.post(f"/admin/images/{s.image.pk}/", edited(s.forms["image"], title="Ảnh đã sửa")),
        lambda w, s: get_image_model().objects.get(pk=s.image.pk).title == "Ảnh đã sửa",
        team,
    ),
    Action(
        "image_delete",
        ("admin/images/<int:image_id>/delete/",),
        lambda c, w, s: c.post(f"/admin/images/{s.image.pk}/delete/"),
        lambda w, s: not get_image_model().objects.filter(pk=s.image.pk).exists(),
        team,
    ),
    chooser_upload("image", get_image_model, png),
    chooser_upload("document", get_document_model, pdf),
    Action(
        "document_upload",
        ("admin/documents/add/",),
        lambda c, w, s: c.post("/admin/documents/add/", {"title": "Văn bản mới", "file": pdf(), "collection": s.portal_site.collection_id}),
        lambda w, s: get_document_model().objects.filter(title="Văn bản mới", collection=s.portal_site.collection_id).exists(),
        team,
    ),
    Action(
        "document_edit",
        ("admin/documents/edit/<int:document_id>/",),
        lambda c, w, s: c.post(f"/admin/documents/edit/{s.document.pk}/", edited(s.forms["document"], title="Tài liệu đã sửa")),
        lambda w, s: get_document_model().objects.get(pk=s.document.pk).title == "Tài liệu đã sửa",
        team,
    ),
    Action(
        "document_delete",
        ("admin/documents/delete/<int:document_id>/",),
        lambda c, w, s: c.post(f"/admin/documents/delete/{s.document.pk}/"),
        lambda w, s: not get_document_model().objects.filter(pk=s.document.pk).exists(),
        team,
    ),
    Action(
        "collection_add",
        ("admin/collections/add/",),
        lambda c, w, s: c.post("/admin/collections/add/", {"name": "Bộ sưu tập mới", "parent": s.portal_site.collection_id}),
        lambda w, s: Collection.objects.filter(name="Bộ sưu tập mới").exists(),
        nobody,
    ),
    # The site's settings (R-SITE-3)
    Action(
        "site_identity",
        ("admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/",),
        lambda c, w, s: c.post(
            f"/admin/settings/home/siteidentity/{s.portal_site.site_id}/", edited(s.forms["identity"], address="60 Trần Phú")
        ),
        lambda w, s: SiteIdentity.objects.get(site_id=s.portal_site.site_id).address == "60 Trần Phú",
        publishers,
    ),
    Action(
        "site_menus",
        (),
        lambda c, w, s: c.post(
            f"/admin/settings/home/sitenavigation/{s.portal_site.site_id}/", {**s.forms["navigation"], **FOOTER_LINK, "reason": ["Lý do"]}
        ),
        lambda w, s: (
            [link.value["title"] for link in SiteNavigation.objects.get(site_id=s.portal_site.site_id).footer_links] == ["Liên hệ"]
        ),
        # Live at once for the Chief Editor alone (an override); a site's approver proposes (row site_menus_propose).
        only("chief"),
    ),
    # The English edition (R-EN-1, R-FLOW-6): on the main portal's items only
    Action(
        "translation_submit",
        ("admin/localize/submit/page/<int:page_id>/",),
        lambda c, w, s: c.post(f"/admin/localize/submit/page/{s.draft.pk}/", {"locales": [w.english["page"].locale_id]}),
        lambda w, s: page(s.draft.pk).get_translations().exists(),
        main_portal_team,
    ),
]
