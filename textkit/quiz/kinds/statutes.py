"""What a statute's sentence says that a false statement can change so that it states another rule: its one modal
verb (不得 → 可以, 可以 → 应当), whether it sends a body for approval or only for the record (报…批准 ↔ 报…备案),
whether it wants a thing in writing (书面 → 口头), and which of the statute's bodies it gives a duty.

Each finder returns where the change goes and what goes there; :mod:`.judge` makes the change, and only where the
changed words do not stand in the source.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..sources import ARTICLE
from .common import LIST_MARK, sentences

Change = tuple[int, int, str]  # (start, end, what goes there) in a sentence

# What a statute forbids or allows, turned so that the sentence says another thing: a ban lifted
# (不得 → 可以), a permission made a duty (可以 → 应当). A duty made a permission (应当 → 可以: 教师可以
# 平等对待学生) is not clearly false, so a sentence whose one modal verb is 应当 or 必须 is not turned.
_TURNED = {"不得": "可以", "可以": "应当"}
_MODAL = re.compile("应当|必须|不得|可以")


def turned_modal(sentence: str) -> Change | None:
    """``(start, end, turned)`` of the sentence's only modal verb, or None (none, several, negated: 不应当,
    or a bound on a number: 不得少于三人, where the number is what to change)."""
    found = list(_MODAL.finditer(sentence))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group() not in _TURNED or sentence[m.start() - 1:m.start()] == "不" or sentence.startswith(_BOUNDS, m.end()):
        return None
    if m.group() == "不得" and (_AGAINST.match(sentence, m.end()) or "禁止" in sentence[:m.start()]):
        return None  # 不得违反本条例的规定使用武器: 可以违反… says its own falsehood, it tests nothing
    if any(x.start() < m.start() < x.end() for x in _EXCEPT.finditer(sentence)):
        return None  # 除…可以…外，不得…: the exception's modal, the rule it excepts from unchanged
    if m.group() == "可以" and sentence[max(0, m.start() - 2):m.start()] in _SETS_OUT:
        return None  # 确定可以在本市经营…的种类: what may be done, as a list someone sets out, not a permission given
    if m.group() == "可以" and (_AS_NEEDED.search(sentence, 0, m.start()) or _A_RIGHT.match(sentence, m.end())
                                or _AS_NEEDED.match(sentence, m.end()) or _DECIDED.match(sentence, m.end())
                                or sentence.startswith(("是", "不", "分为", "包括"), m.end())
                                or _AGREED.search(sentence, 0, m.start()) or _ENCOURAGED.match(sentence)
                                or _CHOOSES.match(sentence, m.end()) or _WITHIN.match(sentence, m.end())
                                or _MANNER.match(sentence, m.end()) or _MANNER_BEFORE.search(sentence, 0, m.start())
                                or sentence.startswith(("依法", "用于", "免予", "免于", "适当", "选择"), m.end())):
        return None  # 根据需要可以设立 (应当 says about the same); 可以向…提出异议 (a right: the channel is no duty);
        # 受益人可以是自然人、法人… (its kinds: 应当是 is as true); 经当事人协商同意，可以增减 (agreed: as good as a duty);
        # 可以依法… → 应当依法… reads as "must keep to the law in it" (13 of 20 such judged turns were sound);
        # …可以用于核武器的材料: what a thing can be used for, no leave given; 可以免予备案 (应当免予: exempt either
        # way), 可以适当延长, 可以选择其他考场: 应当 reads as true
    return m.start(), m.end(), _TURNED[m.group()]


# 不得借检查之机敲诈勒索 turned to 可以: a wrong no law allows, false without reading the law (a ban on 挪用 is turned)
_AGAINST = re.compile("[^，。；]{0,40}?(?:违反|违法|非法|擅自|滥用|敲诈|勒索|受贿|贪污|骗取|哄抢|刁难|打击报复|侮辱|殴打|体罚|歧视"
                      "|侵犯|侵害|侵占|破坏|损毁|损坏|危害|损害|克扣|拖欠)")
# 因办理案件需要，可以依法扣押; 可以视…的经济状况决定 (the court weighs it); 根据监督检查情况，可以…: 应当 says about the same
_AS_NEEDED = re.compile("根据[^，。；]{0,20}(?:需要|情况)|必要时|必要的时候|视情况|根据实际|因[^，。；]{0,12}需要"
                        "|视[^，。；]{1,30}(?:决定|而定|确定)")
_AGREED = re.compile("同意|决议|决定|许可|批准")  # 经董事会决议，可以随时解聘: decided, as good as a duty
_DECIDED = re.compile(r"(?:根据|按照|依照|经)[^，。；]{0,20}(?:决定|决议|同意|批准)")  # 可以根据业主大会会议决定，用于…
# 可以在接到答复之日起十五日内起诉: 应当 reads as the deadline, as true as the right
_WITHIN = re.compile(r"(?:在|自|于)[^，。；]{0,20}(?:日|月|年|天)(?:内|以内|之内)|在[^，。；]{0,12}(?:期限|期间)内")
# 可以在先进先出法、加权平均法…中选用一种, 可以直接或者委托…, 可以由…直接选派，或者由…产生, 可以采取听取工作报告、视察…等形式:
# the only ways, 应当 as true
_CHOOSES = re.compile(r"在[^，。；]{2,40}中选|直接或者|自行或者|由[^，。；]{1,24}，或者(?:由|经|通过)"
                      r"|(?:采[取用]|通过|以)[^。；]{0,80}等[^，。；]{0,4}?(?:形式|方式|途径|渠道)|由(?:具有|取得)[^。；]{0,60}(?:资质|资格|条件)")
# A right, a channel or a benefit: 可以向…提出异议, 协商不成的，可以由人民调解委员会调解, 可以通过…平台…查询,
# 可以根据…规定，享受…待遇; 应当 reads as true as the leave
_A_RIGHT = re.compile(r"(?:(?:根据|依照|按照)[^。；]{1,30}?，)?(?:依法)?向[^，。；]{1,50}?(?:提出|申请|申诉|投诉|举报|控告|起诉|反映|求助)"
                      r"|(?:(?:依照|按照|按)[^，。；]{1,20}?)?申请|提出[^，。；]{0,12}申请|自主|直接(?:到|向|去)"
                      r"|由[^，。；]{1,20}?(?:调解|仲裁)"
                      r"|通过[^，。；]{1,40}?(?:查询|查阅|办理|提交|获取)"
                      r"|(?:[^。；]{0,30}?，)?[^，。；]{0,6}?享受|(?:[^。；]{0,40}?[，,])?[^，。；]{0,20}?自主|(?:免费|依法)?获得|免费")  # 可以免费获得法律服务, 可以免费进入: a benefit
# 可以按照国家有关规定…筹集, 用户按双方协议可以派出代表: 应当 reads as the manner the rule or the agreement sets, as true
# (of the judged 可以 → 应当 turns after 根据, 按照 or 依照, 14 of 24 were sound, against 126 of 158 others)
_MANNER = re.compile(r"(?:按照|依照|依据|根据|按)[^，。；]{0,30}?(?:规定|协议|约定|标准|意愿)")  # 根据本人意愿
_MANNER_BEFORE = re.compile(r"(?:按照|依照|依据|根据|按|受)[^，。；]{0,20}?(?:规定|协议|约定|委托)[，,]?$")  # 根据…的委托，可以承担
_SETS_OUT = ("确定", "规定", "公布", "明确", "列明", "载明")
_ENCOURAGED = re.compile(r"(?:第[一二三四五六七八九十百]+条\s*)?(?:国家|本市|本省)?(?:鼓励|支持|提倡|倡导)")  # 鼓励…，并可以…: a leave
_EXCEPT = re.compile(r"除[^。；]{1,60}?外")
_BOUNDS = ("少于", "超过", "低于", "高于", "多于", "晚于", "早于", "迟于")


# What a statute sends a body: for its approval or only for its record (报…批准 / 报…备案), the difference a law
# quiz asks most after the modal verb; the one such word of a sentence, at the end of its clause.
_APPROVAL = re.compile(r"报(?:送|请)?[^，。；]{0,24}?(批准|备案)(?=[，。；后]|$)")
_OTHER_STEP = {"批准": "备案", "备案": "批准"}
_SAYS_WHICH = re.compile(r"^报经|审批|批准|审核|备案")  # 报原审批机关批准, 报经批准: the body's name tells the step


def other_step(sentence: str) -> Change | None:
    """The one 报…批准 or 报…备案 of ``sentence`` and the other step (报省人民政府批准 → 备案), or None (none, several:
    which one changed is unclear, or one the body's name tells)."""
    found = list(_APPROVAL.finditer(sentence))
    if len(found) != 1 or sentence.count(found[0].group(1)) != 1:
        return None
    m = found[0]
    if _SAYS_WHICH.search(sentence[m.start():m.start(1)]):  # the words between 报 and the step
        return None
    return m.start(1), m.end(1), _OTHER_STEP[m.group(1)]


# What a statute wants in writing (书面通知, 以书面形式, 书面申请): made 口头, a different rule, as law quizzes ask it.
_WRITING = re.compile("书面(?=形式|申请|报告|通知|意见|答复|合同|协议|告知|说明|确认|同意|委托|承诺|提出|作出|决定)")


def spoken(sentence: str) -> Change | None:
    """The one 书面 of ``sentence`` said of an act or a document, made 口头, or None (none, several, 书面材料, or
    书面或者口头 already)."""
    found = list(_WRITING.finditer(sentence))
    if len(found) != 1 or sentence.count("书面") != 1 or "口头" in sentence:
        return None
    return found[0].start(), found[0].end(), "口头"


# A statute's body that a rule gives a duty, named at the start of its sentence: 县级以上地方人民政府水行政主管部门 (应当…)
_BODY_KINDS = "主管部门|行政部门|管理部门|管理机构|机关"
_ACTOR = re.compile(rf"((?![（(])(?:(?!应当|可以|不得|必须|负责|按照|依照|由|向|将)[\u4e00-\u9fff（）()]){{4,30}}?(?:{_BODY_KINDS}))"
                    r"(?=应当|负责|可以|不得|依法|按照|依照)")
_KIND_OF_BODY = re.compile(rf"(?:{_BODY_KINDS})$")
_LIST_MARK = re.compile(rf"\s*(?:{LIST_MARK})")
_LEVEL = re.compile(r".*(?:国务院|人民政府)")  # whose body it is: 国务院, 县级以上地方人民政府
_LEVEL_CHARS = "省市县区乡镇（）()自治级以上地方、"  # 区县（自治县）, 市: the level a body's name opens on


def actors(texts: Sequence[str], laws: Sequence[bool]) -> frozenset[str]:
    """The bodies a statute's sentences open on as the ones who must or may act (生态环境主管部门应当…)."""
    found = set()
    for ti, text in enumerate(texts):
        if ti < len(laws) and laws[ti]:
            for a, b in sentences(text, whole=True):
                m = opening_actor(text[a:b])
                if m and not re.search("[和及或与、等各]|其他|有关", m.group(1)) and not _NOT_A_NAME.search(m.group(1)):
                    found.add(m.group(1))
    return frozenset(found)


# A condition read as a body's name: 接到报告的卫生主管部门, 未经卫生主管部门 (依法批准): not a body to swap
_NOT_A_NAME = re.compile("的|^(?:未|经|接到|收到|对|在|除|凡|如|因|自)")


def opening_actor(sentence: str) -> re.Match | None:
    """The body ``sentence`` opens on (after its article number: 第十条 水行政主管部门应当…), as group 1."""
    article = ARTICLE.match(sentence)
    start = article.end() if article else 0
    point = _LIST_MARK.match(sentence, start)  # （四）国土资源主管部门…: a point of a list, not the body's name
    return None if point else _ACTOR.match(sentence, start)


def other_actors(sentence: str, bodies: frozenset[str]) -> tuple[str, ...]:
    """The other bodies of the statute, of the same level and kind, that could be put for the one ``sentence``
    opens on (水行政主管部门 → 生态环境主管部门), none the sentence names besides; () if it opens on none."""
    m = opening_actor(sentence)
    if not m or m.group(1) not in bodies:
        return ()
    own = m.group(1)
    return tuple(sorted(b for b in bodies if _level(b) == _level(own) and b[-2:] == own[-2:]
                        and not _alike(_core(b), _core(own)) and b[len(_level(b)):] not in sentence))


def _level(body: str) -> str:
    """Whose department a body is (国务院, 县级以上地方人民政府; "" for one named alone: 公安机关)."""
    m = _LEVEL.match(body)
    return m.group() if m else ""


def _core(body: str) -> str:
    """What a body does, without whose it is and what kind it is: 县级以上地方人民政府水行政主管部门 → 水行政."""
    return _KIND_OF_BODY.sub("", body[len(_level(body)):])


def _alike(a: str, b: str) -> bool:
    """Two bodies' cores that name one department (交通运输 主管/管理部门; 市 and 区县 规划自然资源主管部门)."""
    a, b = (_GENERIC.sub("", x.lstrip(_LEVEL_CHARS)) for x in (a, b))
    return not a or not b or a in b or b in a  # 相关行政机关 and 行政审批机关: the second is one of the first


_GENERIC = re.compile("^(?:相关|有关|其他|各)")
