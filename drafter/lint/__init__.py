"""Checking a report (``drafter check``): the lint rules for official writing (``rules``), the checks
over a data file, a built .docx or a text (``check``), and the command's output and fixes (``run``)."""
