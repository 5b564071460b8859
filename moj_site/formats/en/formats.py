# Dates in the English edition: 20 November 2026, 08:30, 20 November 2026.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "H:i, j F Y"
