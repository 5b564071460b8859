"""Wagtail search backends with Vietnamese text (R-SRCH-1): `database` on PostgreSQL, `elasticsearch` for production."""
