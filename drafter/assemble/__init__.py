"""Assembling a report: the data rendered through its sandboxed template into markup (``compose``,
``sandbox``, ``figures``), parsed into the document tree (``parse``, ``model``) and numbered from
its structure (``number``). Everything here is free of file formats: the writers take it from here."""
