"""reportlab: one module per printed document, grouped by area; common.py and fonts.py are shared."""
