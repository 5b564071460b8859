"""Editorial views that answer at the URLs of Wagtail's and wagtail-localize's own, so that the two steps cannot be
bypassed there (editorial.guards). Included by moj_site/urls.py before the admin's URLs."""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from editorial import abandoned_drafts, guards, translations

urlpatterns = [
    # New pages are not autosaved: a page exists once its editor saves it (issue 18).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        abandoned_drafts.create_without_autosave,
        name="wagtailadmin_pages_add_without_autosave",
    ),
    path("admin/localize/submit/page/<int:page_id>/", guards.submit_for_translation),
    path("admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/", guards.workflow_action),
    path(
        "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        guards.collect_workflow_action_data,
    ),
    path("admin/api/main/pages/<int:pk>/action/<str:action_name>/", guards.admin_api_page_action),
    path("admin/localize/update/<int:translation_source_id>/", guards.update_translations),
    # Not a door: wagtail-localize's report of translations, in a stable order for its pages. Outside Wagtail's own
    # admin URLs, so the admin's sign-in check is put on it here as Wagtail puts it on its own.
    path(
        "admin/localize/reports/translations/",
        require_admin_access(translations.TranslationsReport.as_view()),
        name="localize_translations_report",
    ),
    path(
        "admin/localize/reports/translations/results/",
        require_admin_access(translations.TranslationsReport.as_view(results_only=True)),
        name="localize_translations_report_results",
    ),
    path("admin/localize/page/<int:page_id>/convert_to_alias/", guards.convert_to_alias),
    path("admin/localize/translate/<int:translation_id>/machine_translate/", guards.machine_translate),
    path("admin/pages/<int:page_id>/privacy/", guards.set_privacy),
    path("admin/pages/workflow/confirm_cancellation/<int:page_id>/", guards.confirm_workflow_cancellation),
]
