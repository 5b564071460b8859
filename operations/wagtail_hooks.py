from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from operations.views import job_report, may_see_operations


@hooks.register("register_admin_urls")
def register_job_report_url():
    return [path("reports/jobs/", job_report, name="operations_jobs")]


class JobReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_operations(request.user)


@hooks.register("register_reports_menu_item")
def register_job_report_menu_item():
    return JobReportMenuItem(_("Công việc định kỳ"), reverse("operations_jobs"), icon_name="time", order=970)
