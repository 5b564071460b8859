"""What the fuzz test sends (issue 12). A view, page type or filter form that reads a new GET parameter adds it
here; tests/fuzz/test_no_server_error.py reads the code and fails when something reads a parameter this table
does not list. A new public URL pattern adds its addresses in tests/fuzz/targets.py (ROUTES)."""

# The portal's own code that reads GET parameters on public URLs, by "module.Class" (a page type; its subclasses
# read them too) or "module.function" (a view), with every parameter it reads — by name or through a form's fields.
VIEWS = {
    "home.models.pages.ChildListingMixin": {"trang"},
    "qa.models.QuestionIndexPage": {"q", "linh_vuc", "don_vi", "nam"},
    "documents.models.LegalDocumentIndexPage": {"tu_khoa", "loai", "co_quan", "nam", "linh_vuc", "hieu_luc", "sap_xep"},
    "subsites.models.ServiceCatalogPage": {"q", "don_vi", "muc_do", "trang"},
    "search.views.search": {"q", "pham_vi", "loai", "linh_vuc", "tu_ngay", "den_ngay", "sap_xep", "trang"},
    "search.views.suggest": {"q"},
    "questions.views.tracking": {"code"},
    "consultations.models.ConsultationIndexPage": {"trang_thai"},
    "consultations.routes.CommentRoutesMixin": {"phien_ban", "vi_tri"},
}

# Library views on public URLs, by their dotted path, and the parameters the library's code reads.
LIBRARY_VIEWS = {
    # Our sitemap's page hands the request to Wagtail's and Django's sitemap view, which reads the page number (issue 16).
    "subsites.sitemaps.sitemap_section": {"p"},
    "django.contrib.auth.views.LoginView": {"next"},  # Wagtail's front-end login (/_util/login/)
    "wagtail.admin.views.account.LoginView": {"next"},  # the admin's login page, the one admin page anyone opens
}

# The API's parameters are not listed: each endpoint knows its own (Wagtail's known_query_parameters and
# find_query_parameters, plus the fields it filters by), and refuses any other with 400 before a filter reads it.
# The API's own code that reads parameters lives in these modules.
API_MODULES = {"moj_site.api", "moj_site.api_parameters"}

# Values the other parameters need beside them for their code to run: a search reads its filters only with a query;
# one API item per answer keeps the run short.
BASELINES = {
    "search.views.search": {"q": "tư pháp"},
    "search.views.suggest": {"q": "tư pháp"},
    "api": {"limit": "1"},
}

# Code that reads GET parameters but is no public view's, with the reason it is not fuzzed here.
NOT_FUZZED = {
    "accounts.security_report": "the IT administrators' security events report: an admin page, staff only",
    "accounts.two_factor_views": "the staff's own two-factor enrolment and check: admin pages behind a login",
    "editorial.reports": "the Chief Editor's monthly reports: admin pages, staff only",
    "editorial.section_items": "a section's listing for its editors (state, author, date filters): an admin page, staff only",
    "intake.admin_views": "the intake register's listing and filters: admin pages, staff only",
    "intake.exports": "the intake register's export and monthly counts: admin pages, staff only",
    "editorial.review_requests": "the Standing Board's choice of published items to send a unit for review: an admin page, staff only",
    "consultations.admin_views": "moderation of comments on drafts (listing filters): admin pages, staff only",
    "questions.admin_views": "citizens' questions in the admin (listing filter): admin pages, staff only",
    "questions.report": "the monthly report of citizens' questions per unit: an admin page, staff only",
    "moj_site.middleware": "reads every parameter alike, looking for NUL characters: fuzzed through every view",
    "home.page_cache.middleware": "reads every parameter alike, for the page cache's key only: fuzzed through every view",
}
