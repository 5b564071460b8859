"""A section's listing for its editors (issue 18): every item of the section across its year/month folders, newest
first, filtered by state (draft, waiting for approval, live, taken down), by author and by date — without drilling
year → month. Only for someone who may edit the section; only the items they may edit."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial.models import Takedown
from home.dates import PlausibleDateField
from home.models import SectionPage
from news.models import ArticlePage

STATES = [
    ("draft", _("Bản nháp")),
    ("waiting", _("Đang chờ duyệt")),
    ("live", _("Đã xuất bản")),
    ("taken_down", _("Đã gỡ")),
]


class ItemFilterForm(forms.Form):
    trang_thai = forms.ChoiceField(label=_("Trạng thái"), choices=[("", _("Tất cả")), *STATES], required=False)
    tac_gia = forms.ModelChoiceField(
        label=_("Người viết"), queryset=get_user_model().objects.none(), required=False, empty_label=_("Tất cả")
    )
    tu_ngay = PlausibleDateField(label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    den_ngay = PlausibleDateField(label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, authors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tac_gia"].queryset = authors
        self.fields["tac_gia"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


def annotated_items(section, user):
    """The section's items the user may edit, with their state in the process."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    in_review = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id=OuterRef("pk_text"), status=WorkflowState.STATUS_IN_PROGRESS
    )
    taken_down = Takedown.objects.filter(page_id=OuterRef("pk"), restored_at__isnull=True)
    return (
        ArticlePage.objects.descendant_of(section)
        .filter(pk__in=editable.values("pk"))
        .annotate(pk_text=Cast("pk", output_field=CharField()), waiting=Exists(in_review), taken_down=Exists(taken_down))
        .select_related("owner", "latest_revision__user")
    )


def filter_items(items, data: dict):
    state = data.get("trang_thai")
    if state == "draft":
        items = items.filter(live=False, waiting=False, taken_down=False, first_published_at__isnull=True)
    elif state == "waiting":
        items = items.filter(waiting=True)
    elif state == "live":
        items = items.filter(live=True, taken_down=False)
    elif state == "taken_down":
        items = items.filter(taken_down=True)
    if author := data.get("tac_gia"):
        items = items.filter(Q(owner=author) | Q(latest_revision__user=author))
    if day := data.get("tu_ngay"):
        items = items.filter(date__date__gte=day)
    if day := data.get("den_ngay"):
        items = items.filter(date__date__lte=day)
    return items


def state_of(item) -> str:
    if item.taken_down:
        return str(STATES[3][1])
    if item.waiting:
        return str(STATES[1][1])
    if item.live:
        return str(STATES[2][1]) + (" + " + str(_("bản nháp mới")) if item.has_unpublished_changes else "")
    return str(STATES[0][1])


def section_items(request, section_id):
    section = get_object_or_404(Page, pk=section_id).specific
    if not isinstance(section, SectionPage) or not section.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    items = annotated_items(section, request.user)
    authors = get_user_model().objects.filter(Q(pk__in=items.values("owner")) | Q(pk__in=items.values("latest_revision__user")))
    form = ItemFilterForm(request.GET or None, authors=authors.order_by("username"))
    shown = filter_items(items, form.cleaned_data if form.is_valid() else {})
    page = Paginator(shown.order_by("-date", "-pk"), 50).get_page(request.GET.get("p"))
    for item in page:
        item.state_label = state_of(item)
        # An imported item has no owner: its last editor is who to ask; with neither, the template shows "—".
        item.writer = item.owner or (item.latest_revision.user if item.latest_revision else None)
    return TemplateResponse(request, "editorial/section_items.html", {"section": section, "form": form, "items": page})


def section_items_url(section) -> str:
    return reverse("editorial_section_items", args=[section.pk])


@hooks.register("register_page_header_buttons")
def section_items_button(page, user, view_name, next_url=None):
    if page.specific_class is SectionPage:
        yield Button(_("Tin bài của chuyên mục (mới nhất trước)"), url=section_items_url(page), icon_name="list-ul", priority=5)
