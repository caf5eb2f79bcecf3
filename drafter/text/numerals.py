"""Chinese numerals as reports write them (十、十一、二十、一百零一), and the official markers built from
them: 一、（一）1.（1） for the four heading levels and 一是、二是 for points. The number stage gives
these from a report's structure; the readers and rules read typed ones back (``markers``)."""

from __future__ import annotations

from functools import lru_cache

_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
_BIG_UNITS = ((10**8, "亿"), (10**4, "万"))


@lru_cache(maxsize=512)  # every marker of every report asks for the same few numbers
def chinese_numeral(n: int) -> str:
    """Write a positive integer in Chinese numerals as reports do: 十、十一、二十、一百零一、一千零一十."""
    if n <= 0:
        raise ValueError("official numbering starts at one")
    text = _below_ten_thousand_groups(n)
    return text[1:] if text.startswith("一十") else text


def _below_ten_thousand_groups(n: int) -> str:
    for value, unit in _BIG_UNITS:
        if n >= value:
            high, low = divmod(n, value)
            rest = ""
            if low:
                rest = ("零" if low < value // 10 else "") + _below_ten_thousand_groups(low)
            return _below_ten_thousand_groups(high) + unit + rest
    return _four_digits(n)


def _four_digits(n: int) -> str:
    text, pending_zero = "", False
    for value, unit in _SMALL_UNITS:
        digit, n = divmod(n, value)
        if digit:
            text += ("零" if pending_zero else "") + _DIGITS[digit] + unit
            pending_zero = False
        elif text:
            pending_zero = True
    if n:
        text += ("零" if pending_zero else "") + _DIGITS[n]
    return text


def heading_marker(level: int, index: int) -> str:
    """The marker of the ``index``-th (1-based) heading at ``level`` (1–4)."""
    if level == 1:
        return chinese_numeral(index) + "、"
    if level == 2:
        return "（" + chinese_numeral(index) + "）"
    if level == 3:
        return f"{index}."
    if level == 4:
        return f"（{index}）"
    raise ValueError(f"heading level {level} is outside 1–4")


def point_marker(index: int) -> str:
    """一是, 二是, … for the ``index``-th point of an enumeration."""
    return chinese_numeral(index) + "是"
