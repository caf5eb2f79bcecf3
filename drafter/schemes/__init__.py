"""Commands on schemes (评价方案): import from the official indicator table (``importing``), export
back to it (``export``), and what changed from last year's (``diff``). The scheme itself, as data,
is ``drafter.data.scheme``."""
