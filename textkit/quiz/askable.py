"""Which candidate phrases are worth a blank at all, before any sentence is looked at: not an ordinary word of official
prose, not a statute's stock phrase, not an article number, not a list too long to recite."""

from __future__ import annotations

import functools
import re

from .phrases import Candidate
from .tables import BOILERPLATE_TERMS, LEGAL_SOURCES, STOCK_MODIFIERS, pos_tags, statute_words
from .terms import clause_term, mixed_ends

MAX_BLANKS = 5  # a longer list is read, not recited
TOPIC_COUNT = 4  # a word the source says more often than this is its subject: it fits any blank
GENERIC_IDF = 5.6  # a one-word blank commoner than this in policy texts tests nothing (统一, 创业, 劳动者)

_ARTICLE_REF = re.compile(r"第[一二三四五六七八九十百千零〇\d]+(?:条|款|项|章|节)")


def askable(c: Candidate) -> bool:
    """Worth a blank: not an ordinary word of official prose, not a stock phrase of a statute, not an
    article number (本法第二十四条), not a list too long to recite."""
    if len(c.members) > MAX_BLANKS:
        return False
    if any(m in BOILERPLATE_TERMS or _ARTICLE_REF.search(m) or "…" in m for m in c.members):
        return False  # stock, an article number, or a phrase quoted with its ellipsis (……) that no key writes alike
    if c.kind == "series" and any(m.endswith(("的", "和", "等", "及", "与")) or m.startswith(("对于", "内")) for m in c.members):
        return False  # 非法运输、携带枪支入境、出境的: clauses of a condition, not a series of terms
    if c.kind == "series" and mixed_ends(c.members):
        return False  # 免费刊登、播放禁毒信息、公益广告: acts and things cut as one list, not a series of terms
    if any(m.startswith(("特别是", "尤其是", "以及", "还有", "包括", "关于")) for m in c.members):
        return False  # 十二大、十三大、特别是十四大: the member is 十四大, not what leads into it
    if c.kind == "series" and all(stock(m) or m in LEGAL_SOURCES for m in c.members):
        return False  # 依照有关法律、法规、规章的规定: a statute's stock list, said by most of them
    if c.kind in ("term", "lexicon") and c.key in LEGAL_SOURCES:
        return False  # 法律、行政法规和（部门规章）: one member of that stock list
    if c.kind in ("term", "series") and any(m.startswith(STOCK_MODIFIERS) or "等" in m[1:-1] for m in c.members):
        return False  # 不利影响, 宝贵经验; 煤矿等棚户区 is no member of a list
    if c.kind == "term" and c.key[:1] == "未" and not c.key.startswith("未成年"):
        return False  # （未办理）登记手续: a negated act, no term (未成年人 is the statutes' one term of that shape)
    if c.kind == "term" and stock(c.key):
        return False  # 会同, 主管部门, 合法权益, 监督管理: said by most statutes, so it tests nothing
    if c.kind == "term" and not c.multiword and len(c.key) <= 2:
        return False  # a lone two-character word (职权, 权利; 场所): its neighbours fit the blank as well
    if c.kind == "term" and not c.multiword and (pos_tags().get(c.key) == "d" or c.key.endswith(("上", "地"))
                                                 and pos_tags().get(c.key) == "l"):
        return False  # 事实上, 原则上: how a thing is said, not what is asked
    if c.kind == "term" and clause_term(c):
        return False  # 职权 | 给予 | 警告, 野外 | 拍摄 | 电影: a verb between two words is a clause; 证由省 no word
    if c.kind == "title" and len(c.key) > 15 and c.key[-1] in "表单书证卡":
        return False  # 《代扣代缴、代收代缴外轮运输收入税收报告表》: a form's full name, copied, not learnt
    if c.kind == "number" and re.match(r"[01](?:\.0)?(?:个|项|倍)", c.key):
        return False  # 每增长1个百分点: the unit of a comparison, not a figure
    if c.kind == "number" and minor_count(c.key):
        return False  # 4441个技改项目, 105个预案: a tally of the year, not a figure to remember
    # A word the source repeats throughout (工会 in a union notice) is its subject: it fits any blank.
    return not (c.kind == "term" and not c.multiword and (c.idf < GENERIC_IDF or c.count > TOPIC_COUNT))


_COUNTED_THING = re.compile(r"(\d+)(?:多|余)?(?:个|项|家|所|批|件|名|位|部|处|座|台|套|宗|起)")


def minor_count(key: str) -> bool:
    """A count of things that is neither small nor round (4441个, 1410个, 105个): a minor statistic."""
    m = _COUNTED_THING.match(key)
    if not m:
        return False
    n = int(m.group(1))
    return n > 12 and n % 100 != 0


@functools.lru_cache(maxsize=65536)
def stock(key: str) -> bool:
    """Whether ``key`` is made of statutes' stock words only (及时 + 处理, 主管部门)."""
    words = statute_words()
    if key in words:
        return True
    return any(key[:i] in words and stock(key[i:]) for i in range(2, len(key) - 1))
