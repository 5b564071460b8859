"""The public addresses of a draft page (issue 15): the draft itself (`?phien_ban=<id>` for an earlier version; once the
report is published, each published comment under its article with its disposition), its comment form (`gop-y/`,
`?vi_tri=<anchor>` preselects the article or clause) and the e-mail confirmation link (`xac-nhan/<token>/`: the link
shows a button, the button's POST confirms — mail scanners that open links do not)."""

from django.db.models import Count
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from consultations import commenting, periods, report
from consultations.choices import CommentState
from consultations.draft_text import compare, label_of, walk
from defence.spam import throttled

FORM_TEMPLATE = "consultations/comment_form.html"
WITH_BUTTON = {"dieu", "khoan"}
HEADED = {"chuong", "muc", "dieu"}  # shown as headings, h2 to h4 by depth


def _with_status(response, status: int):
    response.status_code = status
    return response


class CommentRoutesMixin(RoutablePageMixin):
    @path("")
    def draft(self, request):
        versions = list(self.versions.all())
        chosen = request.GET.get("phien_ban", "")
        version = _chosen_version(versions, chosen) or (versions[-1] if versions else None)
        context = {"version": version, "versions": versions, "ignored_version": bool(chosen) and _chosen_version(versions, chosen) is None}
        if version is not None:
            counts = self.published_counts() if self.is_open else {}
            context["tree"] = _tree(version.structure.get("nodes", []), counts, with_buttons=self.is_open)
            context["toc"] = version.toc()
            context["preamble"] = version.structure.get("preamble", [])
            previous = versions[versions.index(version) - 1] if versions.index(version) > 0 else None
            if previous is not None:
                context["previous"] = previous
                context["comparison"] = compare(previous.structure, version.structure)
        if self.state == periods.ConsultationState.REPORTED:
            # Each published comment under its article (as in the report) with the drafting unit's disposition.
            context["disposed_groups"] = report.groups(self)
        else:
            context["published_comments"] = self.comments.filter(state=CommentState.PUBLISHED).order_by("submitted_at")
        return self.render(request, context_overrides=context)

    def published_counts(self) -> dict[str, int]:
        """Published comments per anchor, each also counted for the article it is in (`dieu-5-khoan-2` → `dieu-5`)."""
        rows = self.comments.filter(state=CommentState.PUBLISHED).exclude(anchor="").values("anchor").annotate(count=Count("pk"))
        counts = {}
        for row in rows:
            anchor = row["anchor"]
            article = "-".join(anchor.split("-")[:2])
            counts[anchor] = counts.get(anchor, 0) + row["count"]
            if article != anchor:
                counts[article] = counts.get(article, 0) + row["count"]
        return counts

    @path("gop-y/")
    def comment(self, request):
        # The form checks attachments with defence.uploads, which loads Wagtail's document forms: they need the models
        # loaded, and this module is loaded with the page model (tests/test_architecture.py names this import).
        from consultations.forms import CommentForm

        version = self.current_version()
        anchors = version.anchors() if version else {}
        context = {"version": version}
        if not self.is_open:
            typed = request.POST.get("text", "") if request.method == "POST" else ""
            status = 400 if request.method == "POST" else 200
            context |= {"not_open": True, "typed": typed}
            return self._form_page(request, context, status)
        if request.method != "POST":
            chosen = request.GET.get("vi_tri", "")
            form = CommentForm(anchors=anchors, initial={"anchor": chosen if chosen in anchors else ""})
            return self.render(request, template=FORM_TEMPLATE, context_overrides=context | {"form": form})
        form = CommentForm(request.POST, request.FILES, anchors=anchors)
        if throttled(request, "consultations"):
            return _with_status(
                self.render(request, template=FORM_TEMPLATE, context_overrides=context | {"form": form, "throttled": True}), 429
            )
        if not form.is_valid():
            return self._form_page(request, context | {"form": form}, 400)
        comment = commenting.receive(self, version, form.cleaned_data)
        return self.render(request, template="consultations/comment_received.html", context_overrides={"comment": comment})

    def _form_page(self, request, context, status):
        return _with_status(self.render(request, template=FORM_TEMPLATE, context_overrides=context), status)

    @path("xac-nhan/<str:token>/")
    def confirm_email(self, request, token):
        context = {}
        try:
            comment = commenting.comment_of_token(self, token)
        except commenting.ConfirmationRefused as refusal:
            return _with_status(
                self.render(request, template="consultations/confirm.html", context_overrides={"refused": str(refusal)}), 400
            )
        if comment.is_confirmed:
            context["already"] = True
        elif request.method == "POST":
            context["confirmed"] = commenting.confirm(comment)
            context["already"] = not context["confirmed"]
        return self.render(request, template="consultations/confirm.html", context_overrides=context | {"comment": comment})


def _chosen_version(versions, value: str):
    return next((version for version in versions if str(version.pk) == value), None) if value else None


def _tree(nodes: list[dict], counts: dict[str, int], with_buttons: bool) -> list[dict]:
    """The nodes as the template shows them: each with its label, its published count, and a comment button on
    articles and clauses while the period is open."""
    shown = {}
    for node, parents in walk(nodes):
        shown[node["anchor"]] = node | {
            "label": label_of(node, parents),
            "count": counts.get(node["anchor"], 0),
            "button": with_buttons and node["kind"] in WITH_BUTTON,
            "shown_children": [],
            "heading_level": 2 + sum(parent["kind"] in HEADED for parent in parents),
        }
    for node, parents in walk(nodes):
        if parents:
            shown[parents[-1]["anchor"]]["shown_children"].append(shown[node["anchor"]])
    return [shown[node["anchor"]] for node in nodes]
