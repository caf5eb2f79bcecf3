"""Drafting a data file: a new one for a scheme (``skeleton``), next year's from this year's
(``carry_over``), and the interactive walk over its fields (``fields``, ``session``), in the terminal
(``terminal``), one clerk at a time (``locking``)."""
