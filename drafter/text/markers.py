"""Markers typed by hand (一、（一）1.（1）), read back to their level and number: where a
paragraph's marker is, what it should have been, and where items run into one paragraph were
cut. Shared by the linter (rules), the importer and the readers, which all read typed text."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.i18n import _
from drafter.text.numerals import chinese_numeral, heading_marker

NUMERALS = "一二三四五六七八九十百零"
_MARKERS = [
    # (level, pattern, wrong form?, the correct form of the marker)
    (1, re.compile(f"^([{NUMERALS}]+)、(?!、)"), None),
    (1, re.compile(f"^([{NUMERALS}]+)[.．，,](?![是])"), "{n}、"),
    (2, re.compile(f"^（([{NUMERALS}]+)）(?![、，.])"), None),
    (2, re.compile(f"^（([{NUMERALS}]+)）[、，.]"), "（{n}）"),
    (2, re.compile(f"^\\(([{NUMERALS}]+)[)）]|^（([{NUMERALS}]+)\\)"), "（{n}）"),
    (3, re.compile(r"^(\d{1,3})\.(?!\d)"), None),
    (3, re.compile(r"^(\d{1,3})[、．，](?!\d)"), "{n}."),
    (4, re.compile(r"^（(\d{1,3})）(?![、，.])"), None),
    (4, re.compile(r"^\((\d{1,3})[)）]|^（(\d{1,3})\)"), "（{n}）"),
]


def leading_marker(text: str) -> tuple[int, int, str, str | None] | None:
    """(level, number, marker text, correct marker if the form is wrong) of a typed marker, if any."""
    for level, pattern, correct in _MARKERS:
        m = pattern.match(text)
        if m:
            raw = next(g for g in m.groups() if g)
            value = int(raw) if raw.isdigit() else numeral_value(raw)
            if value is None:
                continue
            form = heading_marker(level, value)
            return level, value, m.group(0), (form if correct else None)
    return None


@lru_cache(maxsize=1)
def _numeral_values() -> dict[str, int]:
    return {chinese_numeral(value): value for value in range(1, 1000)}


def numeral_value(text: str) -> int | None:
    """一 → 1, 十一 → 11, 二十 → 20: the numbers markers use (to 999)."""
    return _numeral_values().get(text)


# Markers of levels 3 and 4 as they stand inside a paragraph: 「3.」 (not a decimal's point) and 「（3）」.
_INLINE_MARKERS = {3: lambda n: re.compile(rf"(?<![\d.．]){n}[.．](?=[^\d\s.．%％])|(?<=[.．]){n}[.．](?=[^\d\s.．%％])"),
                   4: lambda n: re.compile(rf"[（(]{n}[）)](?=\S)")}
_SENTENCE_STOPS = "。！？；：”"


def split_run_together(text: str) -> tuple[list[str], list[str]]:
    """``text`` cut where items of levels 3 or 4 were run into one paragraph (「1.经费保障。……2.校舍建设。……」):
    at each marker that continues the sequence the paragraph starts (or, inside a paragraph, a 1. and a 2.
    both at a sentence's start). A cut after a sentence that does not end with 。 is noted for the clerk."""
    lead = leading_marker(text)
    for level in (3, 4):
        if lead and lead[0] == level:
            cuts, start = _sequence(text, level, lead[1] + 1, len(lead[2]))
        else:
            cuts, start = _sequence(text, level, 1, 0)
            if len(cuts) < 2 or any(text[cut - 1] not in _SENTENCE_STOPS for cut in cuts[:2]):
                continue
        if cuts:
            pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)]) if text[a:b]]
            notes = [_("「{marker}」前的句子没有以「。」结束，已在「{marker}」处另起一项，请检查。").format(marker=_marker_at(text, cut))
                     for cut in cuts if text[cut - 1] not in _SENTENCE_STOPS]
            return pieces, notes
    return [text], []


def _sequence(text: str, level: int, first: int, start: int) -> tuple[list[int], int]:
    """Where the markers ``first``, ``first``+1, … of ``level`` stand in ``text`` after ``start``, in order."""
    cuts, number, position = [], first, start
    while True:
        found = _INLINE_MARKERS[level](number).search(text, position)
        if not found:
            return cuts, position
        cuts.append(found.start())
        number, position = number + 1, found.end()


def _marker_at(text: str, cut: int) -> str:
    marker = leading_marker(text[cut:])
    return marker[2] if marker else text[cut:cut + 2]
