"""Where a report's pages will break, estimated from its lines as an office lays them out.

The body is set on a grid (22 lines of 28 characters a page, GB/T 9704 5.2.1), so a paragraph's
lines follow from its characters' widths, and the pages from its lines and the keep rules the
.docx asks for: widow and orphan control, headings kept whole with the next paragraph, the end of
the body kept with the 署名 (``write_docx.closing_keeps``). A table's rows are set in exact lines
off the grid, so each row is a block of known height that goes over whole. The estimate is
LibreOffice's layout, measured on its PDFs (tests/test_pagination.py: the body's end to the line
in 245 of 249 varied reports, 3 lines at most in the rest; a table's end to a twentieth of a line in
70 of 70, and a body with a table inside it to the line in 150 of 150). Word moves only the last
lines of a kept paragraph where LibreOffice moves all of it, and its spacing between Chinese and
Western text is its own, so its pages may differ by a few lines: a caller that relies on the
estimate leaves a margin (``write_docx.ESTIMATE_MARGIN``).

The writer counts the lines of the body's ending with it (``closing_keeps``), and decides whether
the 版记 can share the body's last page (GB/T 9704 7.4)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, islice

PAGE_LINES = 22  # grid lines of the type area


@dataclass
class Paragraph:
    """What the page filler needs of a paragraph: its lines (twips each), and how it may break."""

    lines: int
    height: int  # twips a line
    before: int = 0  # twips above
    after: int = 0  # twips below
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    page_head: int = 0  # twips repeated at the top of a page it goes on to: its table's header row
    foot: int = 0  # twips it needs free below it to stay on a page (a table row: the rule a split table ends with)


@dataclass
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


# Closing marks a Western run may follow without a break between them (。2023 does not break).
GLUE = frozenset(c for c in NO_START if not c.isascii())
_WESTERN_RUN = re.compile("[!-~]+")


def break_lines(text: str, width: int, first_indent: int, widths: Widths, autospace: int = 0) -> list[str]:
    """``text`` broken into the lines of a column ``width`` twips wide, its first line
    ``first_indent`` in, each character as wide as ``widths`` says and ``autospace`` apart where a
    Chinese character meets a Western letter or digit. Each line takes what fits; a run of Western
    letters, digits and their punctuation (2022, 95.6%, GB/T) never breaks, nor does it break from
    a closing mark just before it; a closing mark that would start the next line pulls the piece
    before it down (and that piece's own closing mark the one before it: 100％。), and an opening mark at a line's end goes down with what follows.

    (A line's end is found by bisecting the characters' running widths, rather than adding pieces
    one by one: a corpus-sized report's 20,000 characters lay out in 2.5 ms instead of 13.
    tests/test_pagination.py holds it to the piece-by-piece statement of the same rule.)"""
    if not text:
        return [""]
    sizes = list(map(widths.__getitem__, text))
    runs = _western_runs(text)
    spaced = _autospaced(text, runs) if autospace else ()
    for at in spaced:
        sizes[at] += autospace
    ends = [0, *accumulate(sizes)]  # running width at each character's end
    piece = _Pieces(text, runs)
    lines, start, room = [], 0, width - first_indent
    while start < len(text):
        stop = bisect_right(ends, ends[start] + (autospace if start in spaced else 0) + room) - 1
        if stop < len(text):
            stop = piece.start(stop)
            while stop > start and text[stop] in NO_START and piece.start(stop - 1) > start:  # 100％。 goes down whole
                stop = piece.start(stop - 1)
            while stop > start and text[stop - 1] in NO_END and piece.start(stop - 1) > start:
                stop = piece.start(stop - 1)
        if stop <= start:  # a piece wider than the line: it stands alone
            stop = piece.end(start)
        lines.append(text[start:stop])
        start, room = stop, width
    return lines


def text_width(text: str, widths: Widths, autospace: int = 0) -> int:
    """How wide ``text`` is set on one line, in twips: its characters as ``widths`` says, and
    ``autospace`` where a Chinese character meets a Western letter or digit."""
    spaced = _autospaced(text, _western_runs(text)) if autospace else ()
    return sum(map(widths.__getitem__, text)) + autospace * len(spaced)


def _western_runs(text: str) -> list[tuple[int, int]]:
    """Where each run of Western letters, digits and marks starts and ends: none of them breaks."""
    return [(run.start(), run.end()) for run in _WESTERN_RUN.finditer(text)]


class _Pieces:
    """Where the unbreakable piece around a character starts and ends: a character alone, or a
    Western run with the closing mark glued before it."""

    def __init__(self, text: str, runs: list[tuple[int, int]]):
        self.text, self.runs, self.starts = text, runs, [run[0] for run in runs]

    def _run(self, at: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts, at) - 1
        if index >= 0 and self.runs[index][0] <= at < self.runs[index][1]:
            return self.runs[index]
        return None

    def start(self, at: int) -> int:
        run = self._run(at)
        if run is None:
            return at
        return run[0] - 1 if run[0] > 0 and self.text[run[0] - 1] in GLUE else run[0]

    def end(self, at: int) -> int:
        glued = self._run(at + 1) if self.text[at] in GLUE else None
        if glued is not None and glued[0] == at + 1:
            return glued[1]
        run = self._run(at)
        return run[1] if run is not None else at + 1


def _autospaced(text: str, runs: list[tuple[int, int]]) -> set[int]:
    """The characters with an autospace before them: where a Western run's letter or digit meets
    a Chinese character, on either side."""
    spaced = set()
    for start, end in runs:
        if start > 0 and text[start].isalnum() and _ideograph(text[start - 1]):
            spaced.add(start)
        if end < len(text) and text[end - 1].isalnum() and _ideograph(text[end]):
            spaced.add(end)
    return spaced


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def fill_pages(paragraphs: list[Paragraph], page_height: int) -> Ending:
    """Lay ``paragraphs`` on pages ``page_height`` twips tall, as LibreOffice does: a paragraph that
    keeps with the next goes over with it when the next one's first lines would not fit (unless
    the chain could fit no page); a split leaves at least two lines on each page; a paragraph kept
    together or with the next moves whole."""
    page, used = 1, 0
    for index, paragraph in enumerate(paragraphs):
        if paragraph.page_break_before and index:  # (at the top of the first page it breaks nothing)
            page, used = page + 1, 0
        if paragraph.keep_next and used > paragraph.page_head and not _chain_fits(paragraphs, index, page_height - used) and _chain_fits(paragraphs, index, page_height):
            page, used = page + 1, paragraph.page_head
        remaining = paragraph.lines
        used += paragraph.before
        while remaining:
            fits = max(0, (page_height - paragraph.foot - used) // paragraph.height)
            if fits >= remaining:
                used += remaining * paragraph.height
                break
            placed = _lines_before_break(remaining, fits, paragraph.keep_lines or paragraph.keep_next)
            if placed == 0 and used <= paragraph.page_head:  # taller than a page: it breaks where it must
                placed = max(1, fits)
            remaining -= placed
            page, used = page + 1, paragraph.page_head
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
    for paragraph in islice(paragraphs, index, None):
        need += paragraph.before
        if not paragraph.keep_next:
            first = paragraph.lines if paragraph.keep_lines else min(paragraph.lines, 2)
            return need + first * paragraph.height + paragraph.foot <= room
        need += paragraph.lines * paragraph.height + paragraph.after
    return need <= room


class Widths(dict):
    """How wide a character is, in twips, at ``size`` twips a 字: a Chinese or full-width character
    (and a mark of ambiguous width, which a Chinese face sets full) one 字, a Western character its
    width in ``western`` (thousandths of an em), each ``tighten`` closer. A mapping that works each
    character out once: a report repeats its characters."""

    def __init__(self, size: int, tighten: int, western: dict[str, int]):
        super().__init__()
        self.size, self.tighten, self.western = size, tighten, western

    def __missing__(self, char: str) -> int:
        wide = unicodedata.east_asian_width(char) in "WFA"
        found = self[char] = (self.size if wide else round(self.size * self.western.get(char, 500) / 1000)) + self.tighten
        return found
