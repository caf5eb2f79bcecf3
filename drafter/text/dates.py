"""Dates as reports write them: 2024年1月10日 (full-width digits and spaces allowed) or
二〇二四年一月十日; a line that is a date alone (a 成文日期), and whether a date can be at all."""

from __future__ import annotations

import re

from drafter.text.markers import numeral_value

# A date in running text: 2024年2月30日, 2月30日, 13月 (digits, full-width digits, or 二〇二四年二月三十日).
DIGIT_DATE = re.compile(r"(?<![\d０-９.])(?:([0-9０-９]{4})年)?([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?")
NUMERAL_DATE = re.compile(r"(?:([〇○零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
YEAR_NUMERALS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def date_of(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a line that is a date alone, as a 成文日期 is: 2024年1月10日 (spaces
    and full-width digits allowed), or in Chinese numerals as reports before GB/T 9704-2012 and many
    since write it (二〇二四年一月十日); None for anything else. The date may be impossible: the
    loader, or impossible-date, says so at its place."""
    text = re.sub(r"[\s\u3000]+", "", text)
    digits = DIGIT_DATE.fullmatch(text)
    if digits and digits.group(1) and digits.group(3):
        year, month, day = (int(part.translate(FULL_WIDTH_DIGITS)) for part in digits.groups())
        return year, month, day
    numerals = NUMERAL_DATE.fullmatch(text)
    if numerals and numerals.group(1):
        month, day = numeral_value(numerals.group(2)), numeral_value(numerals.group(3))
        if month and day:
            return int(numerals.group(1).translate(YEAR_NUMERALS)), month, day
    return None


def impossible(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return True
    if day is None:
        return False
    leap = year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
    return not 1 <= day <= (_DAYS[month - 1] if month != 2 else 29 if leap else 28)
