"""LibreOffice, headless: a .docx to PDF (and older office files to .docx) with the font map that
sends the official faces to the ones installed."""
