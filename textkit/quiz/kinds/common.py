"""What the judge, multi and source kinds share: whole sentences of a passage, where an item comes from."""

from __future__ import annotations

import re
from typing import Iterator

from ...analysis.excerpts import Excerpt
from ..cloze import NO_SUBJECT, UNNAMED_PERIOD, UNSEEN_PARTS, points_back, unnamed_application

# A sentence ends after its full stop and any closing quotes: 。” stays with its sentence.
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*")
_FULL_STOP = re.compile(r"[。！？!?]+[”’」』）)]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PAIRS = ("“”", "‘’", "《》", "（）", "()", "「」", "【】")
#: Choice blank as Chinese papers print it (a multi item's prompt holds it; its span is the item's blank).
CHOICE_BLANK = "（\u3000\u3000）"


def sentences(text: str, whole: bool = False) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, leading spaces and stray closers left out.

    ``whole``: only a full stop ends a sentence, so that none starts after ； (建立健全… has lost
    the subject 国家 that stood before the ；).
    """
    pos = 0
    for m in (_FULL_STOP if whole else _SENTENCE_END).finditer(text):
        yield _trim(text, pos, m.end())
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        yield _trim(text, pos, len(text))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \u3000\t\n，,、”’」』）)":
        a += 1
    while b > a and text[b - 1] in " \u3000\t\n":
        b -= 1
    return a, b


def statement(text: str) -> bool:
    """A sentence that reads as a statement on its own: prose, brackets and quotes balanced."""
    if len(_HAN.findall(text)) < 12 or text.rstrip("”’」』）)")[-1:] not in "。！？!?":
        return False
    if text[:1] in "是和与及并又也而且则即这此其该（(" or text.startswith(("接着", "随后", "然后", "此后")):
        return False  # leans on the sentence before it, or is a bracketed note
    if text.rstrip("”’」』）)").endswith(("！", "!")):
        return False  # a rallying call (…朝着宏伟的目标奋勇前进！) states nothing to judge
    if _BARE_LIST.fullmatch(text):
        return False  # 地下水、矿泉水、二氧化碳气、氦气。: the points of a list under its heading, no statement
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


# Four or more short names and nothing that says anything of them (no 是/为/有/分/包括/实行)
_BARE_LIST = re.compile(r"(?:[^，。；：、,;:]{1,10}[：:])?[^，。；：、,;:是为有分括行]{1,8}(?:、[^，。；：、,;:是为有分括行]{1,8}){3,}。")
# Words that point at text the reader is not shown: 犯前款罪, 依照上述规定, 这一…, 该单位…
_UNSEEN = re.compile(r"前[一二三四两]?款|前[一二三四两]?项|前条|本条第|上述|前述|上款|下列|如下|以下[^称简]|" + UNSEEN_PARTS
                     + r"|与其|对其")  # 与其有约定的: whoever was named before

_LEANING_START = ("这", "那", "该", "其", "此", "上", "同时", "因此", "为此", "对此", "此外", "另外", "但", "然而",
                  "所以", "因而", "从而", "并且", "而且", "对于上", "它", "他们", "这些", "以上", "否则", "不然", "情节",
                  "具体办法", "主要包括", "经审查", "经审核", "更不", "更要", "如有", "如需", "包括", "在其他",
                  "逾期", "提出申请的", "使其", "协商一致的", "协商不一致的", "协商不成的",  # which dispute
                  "本级", "经批准可", "经批准，可", "经批准方可",  # 本级人民政府: of which level; 经批准可延长一次: what
                  "情形复杂的", "情况复杂的", "案情复杂的", "公示期内", "周围的",  # …可以延长: which time limit; around what
                  "违反规定的", "未及时")  # which rule; what was not done in time
# 根据这个要求, 在这种情况下, 按照这一原则: a sentence opening on what a sentence before it said
_THIS_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,4}这(?:个|种|些|样|一|次|项|方面)")


# A point of a numbered list (二要抓紧…, 三是…) or a sentence that opens one (…六个方面：一是…): a piece of
# a list, whose other points the reader is not shown.
#: The mark of a numbered point (（四）, 2．), a statement opening on it is a point of a list, not a rule of its own.
LIST_MARK = r"[（(][一二三四五六七八九十\d]+[)）]|\d+[．.、]"
_LIST_POINT = re.compile(r"(?:^|[：:；;，,])[一二三四五六七八九十]+[是要](?![求点素])|^[甲乙丙丁戊己庚辛][、，]|^[一二三四五六七八九十]+、"
                         rf"|^(?:{LIST_MARK})")  # 2．侵害姓名权…, （四）…: a point


# A condition, then what follows from it with no one to do it: 未在规定期限内离境的，可以遣送出境; 在特殊情况
# 下，可以延长一次; 除…外，不得使用… The actor (境外人员, the time limit) is in the sentence before.
_NO_ACTOR = re.compile(r"^(?:(?:未|拒绝|拒不|除|在|违反|不按|不依|不履行|逾期|超过|经批准|经审查|经查明|凡|擅自|发生|造成|属于|记载有|符合|有|因"
                       r"|受理|接到|收到|需要)"
                       r"[^，。；：]{1,40}(?:的|下|外|时|后|前)|特殊情况下|必要时[^，。；：]{0,20}|非经[^，。；：]{1,20})，"
                       r"(?:可以|应当|不得|必须|由|予以|依法|并|还应|也)")
# A condition with no head noun (未经检验合格的，…; 未经论证…的，…; 记载有遗漏或者差错的，…): what it is said of
# (the vehicle, the plan, the record) is in the sentence before.
_HEADLESS = re.compile(r"^(?:未经|未按|未依|经查明|记载有|未在|对于|对确需|对确有)[^，。；]{1,30}的，"
                       r"|^(?:作出(?:准予|不予)[^，。；]{0,12}决定|(?:准予|不予)[^，。；]{0,8}|具备(?:相应)?条件)的，"  # which application; who
                       r"|^发现[^，。；]{1,40}，(?:应当|可以|必须|须)"  # 发现影响…的情况，应当立即制止: who finds it
                       r"|^未经[^，。；]{1,12}[，,]?(?:不得|可以|应当)"  # 未经批准可以改变土地用途: whose land
                       r"|^未经[^，。；]{1,12}，擅自[^，。；]{1,20}的，")  # 未经许可，擅自经营的，…: what business
# 其他 with no list before it (企业应当采取其他分配方式): other than what the sentence before named.
_OTHER = re.compile(r"^[^、和及或与]*其他")
# What may or must be done with the one it is said of in the sentence before: 确有必要的，也可以提取证据原件;
# 从事外交工作确有需要的，可以保留 (the rank); 登记时应当交验本人… (the bidder); …也可以… (as well as what?)
_ELIDED = re.compile(r"^(?:确有|确需|如有|从事)[^，。；]{0,20}的，|^超过[^，。；]{1,20}的，超过部分|^[\u4e00-\u9fff]{1,4}时，?(?:应当|可以|不得|必须|须)|[也还](?:可以|应当|不得|须|必须)")
# A short sentence ending on a bare act (可以拒绝办理。应当在三十日内进行处理。): what is done is in the sentence before.
_BARE_ACT = re.compile(r"^[^。]{0,24}(?:办理|处理|进行|执行)(?:完毕)?。?$")
# What still stands after a step the sentence before tells (登报后三十日仍无人认领的，…: the notice of which body).
_STILL = re.compile(r"^[^，。；]{1,12}后[^，。；]{0,12}仍[^，。；]{1,12}的，")
# An exception standing alone (治病或者其他特殊原因可以批准入境的除外。): the rule it excepts from is the list before.
_EXCEPTION_ONLY = re.compile(r"^[^，。；：]{1,40}除外。?$")


def leans_on_unseen(text: str) -> bool:
    """Whether a sentence refers to text around it that a prompt does not show (前款, 上述, 这…), or
    says what may or must be done with no one to do it (未在规定期限内离境的，可以遣送出境)."""
    body = text.lstrip(" \u3000")
    return bool(_UNSEEN.search(body) or _LIST_POINT.search(body) or _THIS_BEFORE.match(body)
                or _NO_ACTOR.match(body) or _BARE_ACT.match(body) or _HEADLESS.match(body) or _ELIDED.search(body)
                or _OTHER.match(body) or points_back(body) or NO_SUBJECT.match(body) or UNNAMED_PERIOD.match(body)) \
        or body.startswith(_LEANING_START) or bool(_EXCEPTION_ONLY.match(body) or _STILL.match(body)) or unnamed_application(body)


def item_source(excerpt: Excerpt) -> dict[str, str]:
    """An item's ``source``: the document, excerpt, section and source note it was made from."""
    out = {"doc": excerpt.doc, "excerpt": excerpt.id}
    if excerpt.section:
        out["section"] = excerpt.section
    if excerpt.note:
        out["note"] = excerpt.note
    return out


def han_count(text: str) -> int:
    return len(_HAN.findall(text))
