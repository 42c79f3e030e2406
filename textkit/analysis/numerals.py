"""Chinese numerals and Arabic ones: the value of 二百四十 or 二〇二三, and 15 written as 十五.

Only what is unambiguously a number is converted: a run with units that parses exactly
(十三, 二百四十, 一万零五), a run of three or more digit characters or one holding 〇 (二〇二三,
read digit by digit as years are), and a lone digit (七月七日). Anything else is left as it
is: 十四五 (a plan's name, not a number), 二三 (two or three), 千方百计, 万众一心. cn2an was
considered; its text mode also rewrites such words, which grading cannot tell apart.

The quiz grades with these (20大 for 二十大) and the reading of a law numbers its chapters with them.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
_RUN = re.compile("[零〇○一二两三四五六七八九十百千万亿]+")


def to_arabic(text: str) -> str:
    """``text`` with every Chinese numeral that is a number written in Arabic digits."""
    return _RUN.sub(_convert, text)


def _convert(match: re.Match[str]) -> str:
    run = match.group()
    value = parse_number(run)
    return run if value is None else str(value)


def parse_number(run: str) -> int | None:
    """The value of a Chinese numeral (二百四十 → 240, 二〇二三 → 2023), None if it is not one."""
    if not any(ch in _SMALL or ch in _LARGE for ch in run):
        if "两" in run:
            return None  # 两 alone is "two of" (两个维护), not a digit
        if len(run) == 1 or len(run) >= 3 or any(ch in "〇○零" for ch in run):
            return int("".join(str(_DIGITS[ch]) for ch in run))
        return None  # 二三: "two or three"
    return _parse_units(run)


def _parse_units(run: str) -> int | None:
    total = section = 0
    digit: int | None = None
    last_small = 10_000  # units inside a section must fall: 二百四十, not 四十二百
    last_large = 10 ** 12
    zero = False  # a 零 was read since the last unit: 二百零四
    previous_unit = 0
    for i, ch in enumerate(run):
        if ch in _DIGITS:
            if digit is not None:
                return None  # two digits in a row: 十四五
            if _DIGITS[ch] == 0:
                zero = True
            elif ch == "两" and (i + 1 == len(run) or run[i + 1] in _DIGITS):
                return None  # 两 counts only before a unit: 两百, 两千
            else:
                digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small:
                return None
            if digit is None:
                if unit != 10 or zero:
                    return None  # 百 alone, 一百零十
                digit = 1  # 十三 is 一十三, 一百十 is 一百一十
            section += digit * unit
            digit, zero, last_small, previous_unit = None, False, unit, unit
        else:
            unit = _LARGE[ch]
            section += digit or 0
            if not section or unit >= last_large:
                return None
            total = (total + section) * unit if unit > 10_000 else total + section * unit
            section, digit, zero, last_small, last_large, previous_unit = 0, None, False, 10_000, unit, unit
    if digit is not None and previous_unit > 10 and not zero:
        return None  # 二百四 and 一万五 are spoken short forms whose value the digit alone does not give
    return total + section + (digit or 0)


_CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """``n`` in Chinese numerals as statutes write it: 15 → 十五, 25 → 二十五, 300 → 三百, 1005 → 一千零五,
    100000000 → 一亿."""
    if n < 0 or n >= 10 ** 16:
        raise ValueError(n)
    if n < 10:
        return _CN[n]
    if n >= 100_000_000:
        high, low = divmod(n, 100_000_000)
        return to_chinese(high) + "亿" + (("零" if low < 10_000_000 else "") + to_chinese(low) if low else "")
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        return to_chinese(high) + "万" + (("零" if low < 1000 else "") + to_chinese(low) if low else "")
    out, zero = [], False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, unit)
        if digit:
            if zero:
                out.append("零")
            out.append(("" if (unit == 10 and digit == 1 and not out) else _CN[digit]) + name)
            zero = False
        elif out:
            zero = True
    if n:
        out.append(("零" if zero else "") + _CN[n])
    return "".join(out)
