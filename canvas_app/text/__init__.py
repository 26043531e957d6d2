"""User-facing text: translated labels, messages and number/date formatting (QtCore only),
and the colours the window, the PDF and the workbook share (``palette``)."""
