"""Where a report's pages will break, estimated from its lines as an office lays them out.

The body is set on a grid (22 lines of 28 characters a page, GB/T 9704 5.2.1), so a paragraph's
lines follow from its characters' widths, and the pages from its lines and the keep rules the
.docx asks for: widow and orphan control, headings kept whole with the next paragraph, the end of
the body kept with the 署名 (``write_docx.closing_keeps``). The estimate is LibreOffice's layout,
measured on its PDFs (tests/test_pagination.py); Word and WPS break a kept paragraph's last lines
rather than the whole of it, so their pages may differ by a few lines, which is why a caller asks
for a margin (``Ending.room``).

The writer uses it for one choice: whether the 版记 can share the body's last page (GB/T 9704 7.4).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import add

PAGE_LINES = 22  # grid lines of the type area


@dataclass(frozen=True)
class Paragraph:
    """What the page filler needs of a paragraph: its lines (twips each), and how it may break."""

    lines: int
    height: int  # twips a line
    before: int = 0  # twips above
    after: int = 0  # twips below
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False


@dataclass(frozen=True)
class Ending:
    """Where the body ends: its last page (from 1) and the twips used on that page."""

    page: int
    used: int
    page_height: int

    @property
    def free(self) -> int:
        return self.page_height - self.used


# Characters a line may not start with, and those it may not end with (避头尾, GB/T 15834 and the
# office suites' default lists, as far as report text meets them).
NO_START = set("，。、；：？！）」』》〉】”’…—%‰·．,.;:?!)]}") | set("％")
NO_END = set("（「『《〈【“‘([{")


# A closing mark that a Western run may follow without a break, and the run itself (2022, 95.6%, GB/T).
_PIECE = re.compile("[" + re.escape("".join(sorted(c for c in NO_START if not c.isascii()))) + "]?[!-~]+|.", re.S)


def tokens(text: str) -> list[str]:
    """The unbreakable pieces of a line: each Chinese character alone; a run of Western letters,
    digits and their punctuation together (2022, 95.6%, GB/T), joined to a closing mark just before
    it (。2023 does not break), as LibreOffice's line breaking keeps them."""
    return _PIECE.findall(text)


def break_lines(text: str, width: int, first_indent: int, widths: Widths, autospace: int = 0) -> list[str]:
    """``text`` broken into the lines of a column ``width`` twips wide, its first line
    ``first_indent`` in, each piece as wide as ``widths`` says and ``autospace`` apart where a
    Chinese character meets a Western letter or digit: each line takes what fits; a closing mark
    that would start the next line pulls the piece before it down, and an opening mark at a line's
    end goes down with what follows.

    (A line's end is found by bisecting the pieces' running widths rather than adding them one by
    one: a corpus report's 20,000 characters lay out in 2 ms instead of 13. tests/test_pagination.py
    holds it to the one-by-one statement of the same rule.)"""
    pieces = tokens(text)
    if not pieces:
        return [""]
    gaps = _gaps(text, pieces, autospace)  # before each piece
    ends = [0, *accumulate(map(add, map(widths.__getitem__, pieces), gaps) if gaps else map(widths.__getitem__, pieces))]  # running width at each piece's end
    lines, start, room = [], 0, width - first_indent
    while start < len(pieces):
        stop = max(start + 1, bisect_right(ends, ends[start] + (gaps[start] if gaps else 0) + room) - 1)
        if stop < len(pieces):
            if stop - start > 1 and pieces[stop][0] in NO_START:
                stop -= 1
            while stop - start > 1 and pieces[stop - 1][-1] in NO_END:
                stop -= 1
        lines.append("".join(pieces[start:stop]))
        start, room = stop, width
    return lines


_WESTERN_RUN = re.compile("[!-~]+")


def _gaps(text: str, pieces: list[str], autospace: int) -> list[int] | None:
    """The autospace before each piece, found from the text's Western runs (None without any)."""
    runs = _WESTERN_RUN.finditer(text) if autospace else ()
    gaps = None
    for run in runs:
        if gaps is None:
            gaps, starts = [0] * len(pieces), list(accumulate(map(len, pieces), initial=0))
        at = bisect_right(starts, run.start()) - 1  # the piece that holds the run
        if at > 0 and _meet(pieces[at - 1], pieces[at]):
            gaps[at] = autospace
        if at + 1 < len(pieces) and _meet(pieces[at], pieces[at + 1]):
            gaps[at + 1] = autospace
    return gaps


def _meet(before: str, after: str) -> bool:
    """Whether a Chinese character meets a Western letter or digit between these pieces."""
    a, b = before[-1], after[0]
    return (_ideograph(a) and b.isascii() and b.isalnum()) or (_ideograph(b) and a.isascii() and a.isalnum())


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def fill_pages(paragraphs: list[Paragraph], page_height: int) -> Ending:
    """Lay ``paragraphs`` on pages ``page_height`` twips tall, as LibreOffice does: a paragraph that
    keeps with the next goes over with it when the next one's first lines would not fit (unless
    the chain could fit no page); a split leaves at least two lines on each page; a paragraph kept
    together or with the next moves whole."""
    page, used = 1, 0
    for index, paragraph in enumerate(paragraphs):
        if paragraph.page_break_before and (used or page > 1 or index):
            page, used = page + 1, 0
        if paragraph.keep_next and used and not _chain_fits(paragraphs, index, page_height - used) and _chain_fits(paragraphs, index, page_height):
            page, used = page + 1, 0
        remaining = paragraph.lines
        used += paragraph.before
        while remaining:
            fits = max(0, (page_height - used) // paragraph.height)
            if fits >= remaining:
                used += remaining * paragraph.height
                break
            placed = _lines_before_break(remaining, fits, paragraph.keep_lines or paragraph.keep_next)
            if placed == 0 and used == 0:  # taller than a page: it breaks where it must
                placed = max(1, fits)
            remaining -= placed
            page, used = page + 1, 0
        used += paragraph.after
    return Ending(page, used, page_height)


def _lines_before_break(lines: int, fits: int, whole: bool) -> int:
    """Lines of a paragraph left on the page where it breaks: none when it must stay whole or one
    line would stand alone on either page (widow and orphan control)."""
    if whole or fits < 2:
        return 0
    if lines - fits < 2:
        fits = lines - 2
    return fits if fits >= 2 else 0


def _chain_fits(paragraphs: list[Paragraph], index: int, room: int) -> bool:
    """Whether the paragraphs kept with the next from ``index`` on, and the first lines of the one
    they keep with, fit in ``room`` twips."""
    need = 0
    for paragraph in paragraphs[index:]:
        need += paragraph.before
        if not paragraph.keep_next:
            first = paragraph.lines if paragraph.keep_lines else min(paragraph.lines, 2)
            return need + first * paragraph.height <= room
        need += paragraph.lines * paragraph.height + paragraph.after
    return need <= room


class Widths(dict):
    """How wide a piece is, in twips, at ``size`` twips a 字: a Chinese or full-width character
    (and a mark of ambiguous width, which a Chinese face sets full) one 字, a Western character its
    width in ``western`` (thousandths of an em), each ``tighten`` closer. A mapping that works each
    character out once (a report repeats its characters) and a Western run (a figure) every time,
    so that a batch's figures do not pile up in it."""

    def __init__(self, size: int, tighten: int, western: dict[str, int]):
        super().__init__()
        self.size, self.tighten, self.western = size, tighten, western

    def __missing__(self, piece: str) -> int:
        size, western = self.size, self.western
        found = sum((size if unicodedata.east_asian_width(char) in "WFA" else round(size * western.get(char, 500) / 1000)) + self.tighten
                    for char in piece)
        if len(piece) == 1:
            self[piece] = found
        return found
