"""Spreadsheets exported from the admin never carry a formula (R-OPS-5): a search query, a user name or a log reason
typed by anyone could start with `=`, `+`, `-` or `@`, and a spreadsheet program would run it when an administrator
opens the CSV. Wagtail already turns formulas into text in XLSX exports, not in CSV ones; every export of the admin
(ours and Wagtail's own reports) writes its CSV rows through `SpreadsheetExportMixin.write_csv_row`, so that one
method is replaced when the app is ready (accounts.apps)."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Text that a spreadsheet would read as a formula, prefixed with an apostrophe so that it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def write_csv_row(self, writer, row_dict):
    return writer.writerow(
        {field: neutralise_formula(self.preprocess_field_value(field, value, self.FORMAT_CSV)) for field, value in row_dict.items()}
    )


def protect_csv_exports() -> None:
    SpreadsheetExportMixin.write_csv_row = write_csv_row
