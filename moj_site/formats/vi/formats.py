# Dates as Vietnamese readers write them: 20/11/2026, 08:30 20/11/2026.
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i, d/m/Y"
