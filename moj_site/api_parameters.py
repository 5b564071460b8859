"""The public API's query parameters, checked before Wagtail's filters hand them to the database (issue 12).

Wagtail API v2 answers most bad parameters with 400 and a JSON message, but not all: a number too big for
PostgreSQL (`offset=99999999999999999999`), an unknown `search_operator`, a site that does not exist (`?site=`),
a port that is not a number (`?site=host:abc`) and a field filter that is neither a number nor a foreign key
(`first_published_at=2026`) reached the database or the search backend as typed and failed with a server error.
Every endpoint checks its parameters here, so that each of these answers 400 with a message."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Site

# PostgreSQL's `integer`: Wagtail's ids are of that type, and no offset into the portal's items comes near it.
MAX_INTEGER = 2**31 - 1
MAX_PORT = 65535
NUMBER_PARAMETERS = {"offset", "limit", "id", "child_of", "ancestor_of", "descendant_of", "translation_of"}
# Wagtail accepts "root" for these: the requesting site's home page.
ROOT_PARAMETERS = {"child_of", "descendant_of", "translation_of"}
SEARCH_OPERATORS = {"and", "or"}


def _number(value: str) -> int | None:
    """A whole number written in ASCII digits, within PostgreSQL's `integer`; None otherwise."""
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(MAX_INTEGER)):
        return None
    number = int(value)
    return number if number <= MAX_INTEGER else None


def requested_site(request) -> Site | None:
    """The site named by `?site=<host>` or `?site=<host>:<port>`, None when the parameter is absent."""
    value = request.GET.get("site")
    if value is None:
        return None
    hostname, has_port, port = value.partition(":")
    sites = Site.objects.filter(hostname=hostname)
    if has_port:
        number = _number(port)
        if number is None or number > MAX_PORT:
            raise BadRequestError(_("Cổng trong tham số “site” phải là số từ 0 đến %(max)s.") % {"max": MAX_PORT})
        sites = sites.filter(port=number)
    site = sites.first()
    if site is None:
        raise BadRequestError(_("Không có trang nào có tên miền “%(site)s”.") % {"site": value[:100]})
    return site


def check_parameters(request) -> None:
    """The parameters every endpoint shares (Wagtail's known_query_parameters), whatever the view."""
    for name in NUMBER_PARAMETERS & set(request.GET):
        value = request.GET[name]
        if not (name in ROOT_PARAMETERS and value == "root") and _number(value) is None:
            raise BadRequestError(_("Tham số “%(name)s” phải là số nguyên từ 0 đến %(max)s.") % {"name": name, "max": MAX_INTEGER})
    operator = request.GET.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError(_("Tham số “search_operator” chỉ nhận “and” hoặc “or”."))
    requested_site(request)


class CheckedParametersMixin:
    """For an API endpoint: its shared parameters are checked before any of its views runs (DRF's `initial`);
    a BadRequestError becomes Wagtail's 400 JSON answer."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request)


def _check_field_value(field, value: str) -> None:
    if isinstance(field, models.ForeignKey):
        field = field.target_field
    if isinstance(field, models.BooleanField | TaggableManager):
        return  # Wagtail checks booleans itself; tags are names
    if isinstance(field, models.IntegerField):  # including AutoField
        if _number(value.removeprefix("-")) is None:
            raise ValueError(value)
        return
    field.get_prep_value(field.to_python(value))


class FieldValuesFilter(BaseFilterBackend):
    """Field filters (`?slug=…`, `?date=…`) are checked with the field's own conversion first: Wagtail's FieldsFilter,
    after it, converts only booleans, integers and foreign keys and passes every other value to the database."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name in fields & set(request.GET):
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                continue
            try:
                _check_field_value(field, request.GET[name])
            except (ValidationError, ValueError, TypeError, OverflowError) as error:
                raise BadRequestError(_("Giá trị của tham số “%(name)s” không hợp lệ.") % {"name": name}) from error
        return queryset
