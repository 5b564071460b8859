"""Vietnamese text, for every layer of the portal: one normal form, diacritic folding, keys for legal document
numbers, highlighted extracts. Pure functions on strings (Django's HTML escaping aside); imports nothing of ours."""
