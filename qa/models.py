"""Published legal Q&A (R-CONT-5, L.2). Receiving questions is the intake app's; this is what the public reads."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.feeds import FeedsMixin
from home.models import BasePage, ChildListingMixin, SubjectArea
from qa.feeds import AtomFieldFeed, FieldFeed
from qa.forms import QuestionFilterForm
from subsites.models import Unit

RELATED_QUESTIONS = 5


class QuestionIndexPage(FeedsMixin, ChildListingMixin, BasePage):
    """The published questions and answers, filterable by field, answering unit, year and words; with RSS and Atom
    feeds of the whole listing and of each field."""

    listing_model = "qa.QuestionPage"
    intro = RichTextField(_("Giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["qa.QuestionPage"]
    template = "pages/question_index_page.html"

    class Meta:
        verbose_name = _("Hỏi đáp pháp luật")

    @path("linh-vuc/<slug:area>/rss/", name="field_rss")
    def field_rss(self, request, area):
        return FieldFeed()(request, page=self, area_slug=area)

    @path("linh-vuc/<slug:area>/atom/", name="field_atom")
    def field_atom(self, request, area):
        return AtomFieldFeed()(request, page=self, area_slug=area)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        questions = self.listed_items()
        areas = SubjectArea.objects.filter(pk__in=questions.values("subject_area")).order_by("name")
        units = Unit.objects.filter(pk__in=questions.values("answering_unit")).order_by("name")
        filters = QuestionFilterForm(request.GET or None, questions=questions, areas=areas, units=units)
        chosen = filters.cleaned_data.get("linh_vuc", "") if filters.is_valid() else ""
        context.update(
            filters=filters,
            areas=areas,
            chosen_area=next((area for area in areas if area.slug == chosen), None),
            questions=self.paginate(request, filters.apply(questions)),
        )
        return context


class QuestionPage(BasePage):
    """A citizen's question and the answer of the responsible unit. Only a display name of the asker is ever
    stored here: their personal data stays with the intake record, readable by the Standing Board (R-IN-2)."""

    question = models.TextField(_("Câu hỏi"))
    asker_display_name = models.CharField(
        _("Người hỏi (tên hiển thị)"),
        max_length=100,
        help_text=_("Ví dụ: “Bạn đọc Nguyễn V. A., Hà Nội”. Không ghi số điện thoại, địa chỉ."),
    )
    subject_area = models.ForeignKey(
        "home.SubjectArea", verbose_name=_("Lĩnh vực"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answering_unit = models.ForeignKey(
        "subsites.Unit", verbose_name=_("Đơn vị trả lời"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = RichTextField(_("Trả lời"), features=["h3", "bold", "italic", "link", "ol", "ul", "document-link"])
    asked_on = models.DateField(_("Ngày hỏi"))
    answered_on = models.DateField(_("Ngày trả lời"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("question"), FieldPanel("asker_display_name"), FieldPanel("asked_on")], heading=_("Câu hỏi")),
        MultiFieldPanel([FieldPanel("answer"), FieldPanel("answering_unit"), FieldPanel("answered_on")], heading=_("Trả lời")),
        FieldPanel("subject_area"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("question"), index.SearchField("answer"), index.FilterField("answered_on")]
    api_fields = [APIField("question"), APIField("answer"), APIField("asker_display_name"), APIField("asked_on"), APIField("answered_on")]

    parent_page_types = ["qa.QuestionIndexPage"]
    subpage_types = []
    template = "pages/question_page.html"

    class Meta:
        verbose_name = _("Câu hỏi đã trả lời")
        verbose_name_plural = _("Câu hỏi đã trả lời")

    @property
    def display_date(self):
        return self.answered_on

    @property
    def teaser_text(self):
        return self.listing_summary or self.question

    def related_questions(self):
        """Other answered questions of the same field on the same listing, newest first."""
        if self.subject_area_id is None:
            return QuestionPage.objects.none()
        siblings = QuestionPage.objects.live().public().sibling_of(self, inclusive=False).filter(subject_area_id=self.subject_area_id)
        return siblings.order_by("-answered_on", "-pk")[:RELATED_QUESTIONS]

    @classmethod
    def listing_queryset(cls, queryset):
        return queryset.select_related("subject_area", "answering_unit").order_by("-answered_on", "-pk")
