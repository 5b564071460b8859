# Dates as Vietnamese readers write them: 20/11/2026, 08:30 20/11/2026.
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i, d/m/Y"
# 50.000.000: thousands grouped by three where a number is shown grouped (Django's Vietnamese formats do not say).
NUMBER_GROUPING = 3
