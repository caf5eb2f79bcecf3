"""Writers: the numbered document as a GB/T 9704 .docx (``docx`` with ``ooxml``, ``package``,
``pagination`` and a house ``reference`` .docx), as plain text (``text``) and as the drafting page's
HTML preview (``html``)."""
