from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permissions import page_permission_policy, site_permission_policy
from wagtail.sites.views import SiteViewSet

from subsites.checklist import launch_checklist
from subsites.forms import EditSiteForm, NewSiteForm
from subsites.models import PortalSite
from subsites.provisioning import provision_site


class ProvisionSiteView(generic.CreateView):
    """Creating a component site from the admin is the same one step as `create_subsite` (R-SITE-2)."""

    def save_instance(self):
        data = self.form.cleaned_data
        portal_site = provision_site(data["slug"], data["name"], name_en=data["name_en"])
        # Switched off until its people have filled it: an empty site was public and linked from every footer at once
        # (issue 18). Switching it on is the IT administrator's edit, logged like any switch.
        portal_site.is_active, portal_site.launched_at = False, None
        portal_site.save(update_fields=["is_active", "launched_at"])
        log(instance=portal_site, action="wagtail.create", content_changed=True)
        return portal_site

    def get_success_message(self, instance):
        return _(
            "Đã tạo trang “%(name)s” ở trạng thái tắt: điền thông tin của đơn vị, người dùng, trình đơn và nội dung đầu tiên, "
            "rồi bật trang để công chúng xem được."
        ) % {"name": instance.name}


SITE_SWITCH_ACTION = "moj.site_switch"


class EditSiteView(generic.EditView):
    """Switching a site off or on is logged as such, not only as "edited" (R-OPS-3). A site never switched on shows
    its launch checklist (issue 18)."""

    template_name = "subsites/edit_site.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.launched_at is None:
            context["launch_checklist"] = launch_checklist(self.object)
        return context

    def save_instance(self):
        was_active = PortalSite.objects.filter(pk=self.object.pk).values_list("is_active", flat=True).get()
        portal_site = super().save_instance()
        if portal_site.is_active != was_active:
            log(instance=portal_site, action=SITE_SWITCH_ACTION, data={"is_active": portal_site.is_active})
        return portal_site


class PortalSiteViewSet(ModelViewSet):
    model = PortalSite
    icon = "site"
    menu_label = _("Trang thành phần")
    menu_order = 9000
    add_to_settings_menu = True
    url_prefix = "portal-sites"
    list_display = [
        "name",
        Column("slug", label=_("Mã")),
        Column("hostname", label=_("Tên miền"), accessor="hostname"),
        BooleanColumn("is_active", label=_("Đang hoạt động")),
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "slug", "name_en"]
    add_view_class = ProvisionSiteView
    edit_view_class = EditSiteView
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return EditSiteForm if for_update else NewSiteForm

    def get_queryset(self, request):
        return PortalSite.objects.select_related("site")


def pages_user_may_choose(user):
    """Pages in the trees where the user holds any page permission: a team picks pages of its own site only."""
    return page_permission_policy.instances_user_has_any_permission_for(user, ["add", "change", "publish", "bulk_delete", "lock", "unlock"])


@require_admin_access
def browse_own_trees(request, parent_page_id):
    """Wagtail's page chooser shows any parent page it is given; refuse parents outside the user's trees
    (their ancestors, up to the tree root, stay browsable so the user can reach their own site)."""
    parent = get_object_or_404(Page, pk=parent_page_id)
    if not request.user.is_superuser:
        roots = GroupPagePermission.objects.filter(group__user=request.user).values_list("page__path", flat=True)
        if not any(root.startswith(parent.path) or parent.path.startswith(root) for root in roots):
            raise PermissionDenied
    return BrowseView.as_view()(request, parent_page_id=parent_page_id)


def robots_txt(request):
    """Crawlers may read everything public; the admin and search results are not for them. A switched-off site:
    nothing."""
    site = Site.find_for_request(request)
    if site is None or site.pk in PortalSite.switched_off_site_ids():
        return HttpResponse("User-agent: *\nDisallow: /\n", content_type="text/plain")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /tim-kiem/", "Disallow: /en/search/", ""]
    lines.append(f"Sitemap: {site.root_url}/sitemap.xml")
    if site.root_page.get_translations().live().exists():
        lines.append(f"Sitemap: {site.root_url}/en/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_admin_access
def snippet_chooser_create(request, app_label, model_name):
    """Wagtail gives every snippet chooser a "create" address, but the portal's choosers have no creation form: a
    snippet is made on its own screen, with its panels. Wagtail answered a POST there with a server error (issue 12)."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    viewset = getattr(model, "snippet_viewset", None)
    chooser = viewset.chooser_viewset if viewset else None
    if chooser is None or (chooser.creation_form_class, chooser.form_fields, chooser.exclude_form_fields) == (None, None, None):
        raise Http404
    return chooser.create_view(request)


WAGTAIL_SITES = SiteViewSet("wagtailsites", url_prefix="sites")  # the viewset of Settings → Sites, for its delete view


@require_admin_access
def delete_site(request, pk):
    """A site of the portal is more than Wagtail's Site (its teams, collection, workflow, units): deleting the Site alone
    was refused by the database with a server error (issue 12). It is refused with the way to switch it off instead."""
    if not site_permission_policy.user_has_permission(request.user, "delete"):
        raise PermissionDenied
    portal_site = PortalSite.objects.filter(site_id=pk).first()
    if portal_site is not None:
        messages.error(
            request,
            _("“%(name)s” là một trang của cổng, không xoá ở đây được: để ngừng phục vụ, tắt nó trong “Trang thành phần”.")
            % {"name": portal_site.name},
        )
        return redirect("wagtailsites:edit", pk)
    return WAGTAIL_SITES.delete_view(request, pk=pk)
