"""The reporting area's documents: the daily production report and the monthly operating report, as a
workbook (openpyxl, write-only) and as a PDF (reportlab), both from one plain ``Book``."""
