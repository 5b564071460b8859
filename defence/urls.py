from django.urls import path

from defence.chooser import select_format
from defence.csp_reports import csp_report

urlpatterns = [
    path("admin/images/chooser/<int:image_id>/select_format/", select_format),
    path("csp-report/", csp_report, name="csp_report"),
]
