"""Numbers in quizzes: options of a figure or a date, the values a key accepts, statutes' units.

The numerals themselves (二百四十 ↔ 240) are :mod:`textkit.analysis.numerals`.
"""

from __future__ import annotations

import math
import random
import re
from typing import Sequence

from ..analysis.normalize import analysis_form
from ..analysis.numerals import parse_number, to_chinese

# ---------------------------------------------------------------- numbers as statutes write them

#: A number in Chinese numerals with its unit, as statutes write them: 十五日, 二十五人, 六个月, 百分之八十.
CN_NUMBER = re.compile("(?<![第零〇一二两三四五六七八九十百千万亿几数多点點月])(?:百分之[一二三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?|"
                       "[一二两三四五六七八九十百千万零]+(?:个月|周岁|小时|日|天|年|人|名|倍|次|万元|元))")


_FIGURE_BY_FIGURE = re.compile("[零〇○一二两三四五六七八九]{2,}")


def figure_by_figure(text: str) -> bool:
    """Whether ``text`` opens on numerals read digit by digit (一九八九年: a year, not an amount)."""
    return bool(_FIGURE_BY_FIGURE.match(text))


def statute_unit(text: str) -> str | None:
    """The unit of a Chinese-numeral number (十五日 → 日, 百分之八十 → %), None if ``text`` is not one."""
    if not CN_NUMBER.fullmatch(text):
        return None
    return "%" if text.startswith("百分之") else re.sub("^[一二两三四五六七八九十百千万零]+", "", text)


def number_options(answer: str) -> list[str] | None:
    """Other values of a Chinese-numeral number with its unit (十五日 → 十日, 三十日, 七日…), nearest
    first, or None if ``answer`` is not one. Round steps a statute would use, never the answer."""
    digits = _DIGIT_LIMIT.fullmatch(answer)
    if digits:  # 6个月 → 3个月, 12个月, 9个月…: limits a statute sets, never 7个月, 8个月
        value, unit = int(digits.group(1)), digits.group(2)
        limits = _HOURS if unit == "小时" else _LIMITS[unit]
        return [f"{v}{unit}" for v in _nearest(limits, value) if v != value] if value in limits else None
    m = CN_NUMBER.fullmatch(answer)
    if not m or figure_by_figure(answer) or "点" in answer:
        return None  # 一九八九年 is a year read figure by figure, not an amount
    percent = answer.startswith("百分之")
    run = answer[3:] if percent else re.match("[一二两三四五六七八九十百千万零]+", answer).group()
    unit = "" if percent else answer[len(run):]
    value = 100 if percent and run == "百" else parse_number(run)
    if not value:
        return None
    if percent:
        values = [value - 10, value + 10, value - 20, value + 20, value - 30]
    elif unit in ("周岁", "岁"):
        values = [value - 2, value + 2, value - 4, value + 4]  # 十六周岁 → 十四, 十八: an age the law could set
    elif unit == "小时":  # 二十四小时 → 十二, 四十八, 七十二: never 三十四小时, a limit no law sets
        values = _nearest(_HOURS, value)
    elif value >= 10:
        tens = 10 ** (len(str(value)) - 1)  # 15 → 10s, 300 → 100s: steps a statute would use
        # steps of its own size, not multiples (四十二日, 六十三日 for 二十一日 give the answer away)
        values = [value + tens, value - tens if value > tens else value // 2, value + 2 * tens, value * 2]
    else:
        values = [value + 1, value - 1, value + 2, value * 2, value + 3, value - 2, value - 3, value + 4, value + 6]
    if value in _LIMITS.get(unit, ()):  # 十五日 → 二十日, 十日, 三十日 before 二十五日, a limit no law sets
        values = _nearest(_LIMITS[unit], value) + values
    out: list[str] = []
    for v in values:
        if v <= 0 or v == value or (percent and v > 100):
            continue
        # 两年, 两个月, 两名: two with a unit is 两 (二年 reads as a misprint); 二十, 二百 stay
        text = ("百分之" if percent else "") + ("两" if v == 2 and unit else to_chinese(v)) + unit
        if text not in out:
            out.append(text)
    return out


_HOURS = (2, 3, 6, 8, 12, 24, 36, 48, 72)  # time limits in hours that statutes set
_DAYS = (3, 5, 7, 10, 15, 20, 30, 45, 60, 90, 180)
#: Time limits statutes set, by unit: an answer among them gets these first.
_LIMITS = {"日": _DAYS, "天": _DAYS, "个月": (1, 2, 3, 6, 9, 12, 18, 24), "年": (1, 2, 3, 5, 10, 15, 20, 30)}


def statute_limits(unit: str) -> tuple[int, ...]:
    """The time limits statutes set in ``unit`` (日: 3, 5, 7, 10, 15, 20, 30, 45, 60…), () for another unit."""
    return _HOURS if unit == "小时" else _LIMITS.get(unit, ())


_DIGIT_LIMIT = re.compile(r"(\d{1,3})(个月|日|天|年|小时)")


def _nearest(limits: Sequence[int], value: int) -> list[int]:
    """``limits`` nearest ``value`` first, by ratio (十五日: 二十日, 十日, 三十日, 七日)."""
    return sorted(limits, key=lambda v: (abs(math.log(v / value)), v))


# ---------------------------------------------------------------- bounds a slot sets on a number

_MORE_BEFORE = ("超过", "突破", "高于", "多于", "逾", "超", "增加到", "提高到", "增长到", "上升到", "扩大到",
                "推迟到", "延长到", "延长至", "推迟至")  # 六周岁…可以推迟到（七周岁）: never earlier
_MORE_AFTER = ("以上", "多", "余")
_LESS_BEFORE = ("不足", "不满", "未满", "低于", "少于", "不到", "不超过", "控制在", "不得超过", "最长不超过", "最多")
_LESS_AFTER = ("以下", "以内", "之内")


_RISE = re.compile("(?:增加|提高|增长|上升|扩大|升)[到至]")
_FALL = re.compile("(?:减少|降低|下降|缩小|压缩|降)[到至]")


def slot_bound(before: str, after: str) -> int:
    """Which way a slot bounds its number: +1 when any larger number would also be true (超过50% ⊃
    超过30%: only larger options are wrong), -1 when any smaller one would (不足, 以下), 0 otherwise."""
    if before.endswith(("从", "由")) and (_RISE.search(after[:20]) or _FALL.search(after[:20])):
        return -1 if _RISE.search(after[:20]) else 1  # 从（　　）增加到3.16万亿元, 由（　　）降至7.5%: the start stays on its side
    if before.endswith(("减少到", "降低到", "下降到", "缩小到", "压缩到")):
        return -1
    if before.endswith(_LESS_BEFORE) or after.startswith(_LESS_AFTER):
        return -1
    if before.endswith(_MORE_BEFORE) or after.startswith(_MORE_AFTER) or re.search(r"[\d一二三四五六七八九十]+[至到]$", before):
        return 1  # 一至（　　）名: an option at or below the range's start reads 一至一名
    return 0


_RANGE_START = re.compile(r"((?:百分之)?[\d.一二两三四五六七八九十百千万]+)(?:[^\d一二两三四五六七八九十百千万，。；、]{0,3})"
                          r"(?:以上(?:不满|未满)?|至|到|－|-|~|～)$")  # 80年以上不满（100年）


def range_start(before: str) -> float | None:
    """The start of a range the blank ends (二倍以上（　　）以下, 三日至（　　）, 5%－（　　））, None if none:
    an option at or below it makes an empty range."""
    m = _RANGE_START.search(before)
    return value_of(m.group(1)) if m else None


_RANGE_END = re.compile(r"^(?:[年月日天人个万元]{1,2}(?=以上|至|到|不满|未满))?(?:以上)?(?:至|到|—|－|-|~|～|不满|未满)?"
                        r"([\d.]+(?:%|％|倍)?|百分之[一二三四五六七八九十百]+|[一二三四五六七八九十百]+倍)"
                        r"(?:[年月日天人个万元]{1,2})?(?=以下|之间|$|[，。；、的])")  # （80）年以上不满100年的


def range_end(after: str) -> float | None:
    """The end of a range the blank starts (（　　）至30%), None if none: an option at or above it makes
    an empty range."""
    m = _RANGE_END.match(after)
    return value_of(m.group(1)) if m else None


_LISTED_BEFORE = re.compile(r"([\d.]+(?:%|％)?|百分之[一二三四五六七八九十百]+)、$")
_LISTED_AFTER = re.compile(r"^(?:、|或者|或|和|及)([\d.]+(?:%|％)?|百分之[一二三四五六七八九十百]+)")


def listed_between(before: str, after: str) -> tuple[float, float] | None:
    """The two numbers of a list the blank stands between (50%、（　　）或者30%), lowest first, None if it stands
    between no two: a scale runs one way, so an option outside them is ruled out by the prompt alone."""
    a, b = _LISTED_BEFORE.search(before), _LISTED_AFTER.match(after)
    x, y = (value_of(a.group(1)) if a else None), (value_of(b.group(1)) if b else None)
    return None if x is None or y is None or x == y else (min(x, y), max(x, y))


def value_of(text: str) -> float | None:
    """The value of a number phrase (50%, 3300万, 十五日, 百分之八十, 1100多万), None if it has none."""
    text = text.replace("多", "").replace("余", "")
    m = re.match(r"(\d+(?:\.\d+)?)(万亿|亿|万)?", text)
    if m:
        return float(m.group(1)) * {"万亿": 1e12, "亿": 1e8, "万": 1e4, None: 1}[m.group(2)]
    if text.startswith("百分之"):
        run = re.match("[一二两三四五六七八九十百]+", text[3:])
        return None if not run else (100.0 if run.group() == "百" else parse_number(run.group()))
    run = re.match("[一二两三四五六七八九十百千万零]+", text)
    value = {"两": 2, "百": 100}.get(run.group()) or parse_number(run.group()) if run else None  # 两年, 百年
    return None if value is None else float(value)


_COUNTED = re.compile(r"([\d.]+|[一二两三四五六七八九十百千]+)([人名个项日年])")


def summed(text: str, a: int, b: int) -> bool:
    """Whether the number at ``text[a:b]`` is the sum or the difference of two others of the same unit in
    ``text`` (法官三人与人民陪审员四人组成（七人）合议庭, or （四人）of 七人): the prompt adds it up for the reader."""
    m = _COUNTED.match(text, a)
    value = value_of(text[a:b])
    if not m or value is None:
        return False
    others = [value_of(o.group(1)) for o in _COUNTED.finditer(text) if o.group(2) == m.group(2) and not a <= o.start() < b]
    others = [o for o in others if o is not None]
    return any(x + y == value or abs(x - y) == value for i, x in enumerate(others) for y in others[i + 1:])


# ---------------------------------------------------------------- options of a figure or a date

DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
FIGURE = re.compile(r"(\d+(?:\.\d+)?)(.*)")


def date_options(answer: str, pool: Sequence[str], rng: random.Random, latest: str | None = None) -> list[str]:
    """Other dates of the answer's precision (year, month, day): the source's, then years around it; none
    after ``latest`` (``"Y-M-D"``)."""
    m = DATE.fullmatch(answer)
    if not m:
        return list(pool)
    cap = tuple(int(x) for x in latest.split("-")) if latest else (9999, 12, 31)
    return [d for d in _date_options(m, answer, pool, rng) if _date_key(d) <= cap[:len(_date_key(d))]]


def _date_key(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text))


def _date_options(m: re.Match, answer: str, pool: Sequence[str], rng: random.Random) -> list[str]:
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    out = [p for p in pool if DATE.fullmatch(p) and (p.count("月"), p.count("日")) == (answer.count("月"), answer.count("日"))]
    shifts = [-3, -2, -1, 1, 2, 3]
    rng.shuffle(shifts)
    for s in shifts:
        text = f"{year + s}年"
        if month:
            text += f"{month}月"
        if day:
            text += f"{day}日"
        out.append(text)
    return out


def figure_options(answer: str, pool: Sequence[str], rng: random.Random) -> list[str]:
    """Other figures of the answer's unit (50% → 25%, 75%…; 3300万 → 1650万…): the source's, then made by
    factors and steps, rounded as people write numbers."""
    m = FIGURE.fullmatch(answer)
    if not m:
        return list(pool)
    value, unit = m.group(1), m.group(2)
    out = [p for p in pool if (pm := FIGURE.fullmatch(p)) and pm.group(2) == unit]
    number = float(value)
    factors = [0.5, 0.75, 1.25, 1.5, 2.0] if number >= 4 else []
    steps = [-2, -1, 1, 2, 3] if number < 20 else []
    if unit == "周年" and number >= 10:
        factors, steps = [], [-5, 5, -10, 10, -15]  # 成立75周年 → 70, 80周年; 38 or 94 is no anniversary one asks
    made = [number * f for f in factors] + [number + s for s in steps]
    rng.shuffle(made)
    for v in made:
        if v > 0:
            out.append(f"{_round(v, '.' in value)}{unit}")
    return out


def _round(value: float, decimal: bool) -> str:
    if decimal:
        return f"{value:.1f}"
    v = int(round(value))
    if v >= 100:
        v = int(round(v, -1))  # 240 → 180, 300: numbers people write, not 241
    return str(v)


def same_magnitude(answer: str, option: str) -> bool:
    """Within a factor of three: 1244万 is no option beside 2.15万, nor 28.5万 beside 3300万."""
    a, o = FIGURE.fullmatch(analysis_form(answer)), FIGURE.fullmatch(analysis_form(option))
    if not a or not o:
        return False
    x, y = float(a.group(1)), float(o.group(1))
    return x > 0 and y > 0 and 1 / 3 <= y / x <= 3


_ROUND_THE_CLOCK = re.compile(r"(?:二十四|24|２４)小时")
_LIMIT_AFTER = ("内", "以内", "之内", "前", "以前", "后", "以后", "以上", "以下", "届满", "，", "。", "；")


def ceiling(before: str, figure: str) -> int | None:
    """The largest value ``figure`` (with its unit) can take where it stands after ``before``, or None: a share of a
    whole 100 (成活率不足85%: never 127%), a day of a month 28 (四月二十九日: never 三十九日, nor a February's 30th), the
    hours of a day 24 (每日盗水时间…按照八小时计算: never 三十六小时). Options and changed figures stay within it."""
    form = analysis_form(figure)
    value = value_of(form) or 0
    if before.endswith("月") and form.endswith("日"):
        return 28
    if _SHARE.search(form):
        cap = 100
    elif form.endswith("小时") and _EACH_DAY.search(before):
        cap = 24
    else:
        return None
    return cap if value <= cap else None  # a growth of 120% or a 48-hour limit sets no such bound


_SHARE = re.compile(r"%|％|百分之")
_EACH_DAY = re.compile(r"每[日天]|一[日天](?:内|中)")


def round_the_clock(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 二十四小时 meaning round the clock (保持二十四小时值守, 全天二十四小时), not a time
    limit (二十四小时内): no figure to ask or change (三十六小时 in a day is false without the law)."""
    return bool(_ROUND_THE_CLOCK.match(text, start)) and not text.startswith(_LIMIT_AFTER, end)


def counts_a_list(text: str, start: int) -> bool:
    """Whether the number at ``start`` counts a list the text has just shown (杨冢村南、…、洛阳车辆段等九个大冢): a reader
    counts the list instead of knowing the figure, and miscounts where 等 leaves one unnamed. Never asked, never changed."""
    return text[start - 1:start] == "等" and "、" in text[max(0, start - 60):start]


def names_a_thing(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a term, not a count (二次爆炸, 二次污染, 二次供水: secondary, not twice;
    五年规划: a plan's name):
    never asked, never changed (三次爆炸 is no option)."""
    return bool(_SECONDARY.match(text, start) or _PLAN.match(text, start))


_PLAN = re.compile("[一二三四五六七八九十]+年(?:规划|计划)")  # 五年规划: the plan's name, not a length of time
_SECONDARY = re.compile("二次(?:爆炸|污染|事故|开发|供水|利用|加压|灾害|伤害|创业|分配|装修|装饰|包装|转让|销售)")
