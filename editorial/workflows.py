"""Every tree gets its own workflow (R-FLOW-6), set up when provisioning says a site or its English tree exists
(subsites.signals): a site's workflow has the Board member's expert review (skipped for ordinary items, R-FLOW-2) and
its approvers' approval (R-FLOW-1); the English edition's, the English approvers' approval only."""

from django.contrib.auth.models import Group
from django.dispatch import receiver
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from editorial.models import ExpertReviewTask, SiteApprovalTask
from subsites.signals import english_edition_provisioned, site_provisioned

EXPERT_REVIEW_TASK = "Thẩm định chuyên môn của thành viên Ban Biên tập"


def create_two_step_workflow(name: str, root: Page, approvers: Group, *, expert_review: bool = True) -> Workflow:
    """Step 1: the editor saves and submits; step 2: an approver of the site checks and publishes (R-FLOW-1).
    Complex items meet the Board member of their field in between (R-FLOW-2): a step every other item skips.
    Running it again repairs the steps of a workflow made by an earlier version or changed by hand."""
    workflow, _ = Workflow.objects.get_or_create(name=f"{name}: hai bước")
    approval = SiteApprovalTask.objects.filter(name=f"{name}: duyệt và xuất bản").first()
    if approval is None:
        approval = SiteApprovalTask.objects.create(name=f"{name}: duyệt và xuất bản")
    approval.groups.set([approvers])
    steps = [approval]
    if expert_review:
        expert, _ = ExpertReviewTask.objects.get_or_create(name=EXPERT_REVIEW_TASK)
        steps.insert(0, expert)
    if [step.pk for step in workflow.tasks.order_by("workflow_tasks__sort_order")] != [step.pk for step in steps]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, step in enumerate(steps):
            WorkflowTask.objects.create(workflow=workflow, task=step, sort_order=order)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


@receiver(site_provisioned, dispatch_uid="editorial_site_workflow")
def set_up_site_workflow(sender, portal_site, **kwargs):
    if portal_site.is_main_portal:
        # Wagtail's first migration puts a "Moderators approval" workflow on the whole tree; every tree has its own.
        WorkflowPage.objects.filter(page=Page.get_first_root_node(), workflow__name="Moderators approval").delete()
        Workflow.objects.filter(name="Moderators approval").update(active=False)
    create_two_step_workflow(portal_site.name, portal_site.site.root_page, portal_site.approvers_group)


@receiver(english_edition_provisioned, dispatch_uid="editorial_english_workflow")
def set_up_english_workflow(sender, portal_site, english_root, approvers, **kwargs):
    name = "Bản tiếng Anh" if portal_site.is_main_portal else f"{portal_site.name}: bản tiếng Anh"
    create_two_step_workflow(name, english_root, approvers, expert_review=False)
