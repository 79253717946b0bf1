"""openpyxl: the monthly workbook, the district merge, ledger import and its templates."""
