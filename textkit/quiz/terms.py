"""Whether a blank covers a whole term: the words around it must not make a longer term with it.

The segmenter puts word boundaries; a term is wider than a word (国土 + 空间规划, 民事行为 + 能力,
无 + 固定期限), so the maker also asks the lexicon, the background's multi-word terms, the source's own
terms and the words' parts of speech (:func:`inside_term`).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Sequence

from ..analysis.normalize import analysis_form
from .phrases import Candidate
from .tables import bound_words, idf_table, lexicon_set, pos_tags, word_freqs


def known_terms(ranked: list[Candidate]) -> frozenset[str]:
    """Terms a blank must not cut: the lexicon, the background's multi-word terms, the source's own."""
    own = {c.key for c in ranked if c.kind == "term" and c.multiword and c.count >= 2}
    return _shipped_terms() | own


@functools.lru_cache(maxsize=1)
def _shipped_terms() -> frozenset[str]:
    """The lexicon and the background's terms of four characters or more (read once)."""
    return frozenset(lexicon_set() | {w for w in idf_table().table if len(w) >= 4})


def inside_term(text: str, bounds: list[int], a: int, b: int, known: frozenset[str], word: bool = False,
                 plain: bool = False) -> bool:
    """Whether the words just before or after ``[a, b)`` make a known term with it (脱贫 + 攻坚成果,
    空间规划 after 国土): then the blank covers only part of what a reader would write. For a plain
    ``word`` said less than three times, a noun glued before it makes one compound too (安全 + 卫生设施,
    劳动合同 + 期限…); for any ``plain`` word (not a number, title or formula) a noun glued after it does
    (个体经济 + 组织, 最低生活 + 保障)."""
    i = bisect.bisect_left(bounds, a)
    j = bisect.bisect_left(bounds, b)
    left = text[bounds[i - 1]:a] if i > 0 else ""
    right = text[b:bounds[j + 1]] if j + 1 < len(bounds) else ""
    answer = text[a:b]
    tags = pos_tags()
    if (a and text[a - 1] in _NEGATING + _PREFIXES) or (text[b:b + 1] in _SUFFIXES and text[b:b + 2] not in _NOT_SUFFIX):
        return True  # 无＿＿＿＿劳动合同 (无固定期限), ＿＿＿＿人 (法定代表人): a term around the blank
    if a >= 2 and text[a - 1] == "可" and text[a - 2] in _LIST_MARKS:
        return True  # 档案、可＿＿＿＿ (可移动文物): after a list mark, 可 opens the term, it is no modal verb
    if plain and len(left) == 2 and len(left + answer) >= 4 and tags.get(left + answer, "x")[:1] == "n":
        return True  # 经常＿＿＿ (居住地): 经常居住地 is the word, the blank holds its end
    if plain and a and text[a - 1] == "可" and "可" + answer[:2] in word_freqs() and text[a - 2:a] != "不可":
        return True  # 太阳能可＿＿＿＿ (利用程度): 可利用 is the word, the blank starts inside it
    if plain and len(left) == 2 and tags.get(left) == "ad" and tags.get(answer, "n")[:1] in "nj":
        return True  # 普遍＿＿＿ (约束力), 直接＿＿＿ (责任人): the adverb glued before a noun makes the term with it
    if plain and _ALTERNATIVE.match(text, b):
        return True  # 由＿＿＿(市) (所在区(市)): the bracket names the other form of the same term
    if plain and _ALTERNATIVE_BEFORE.search(text, max(0, a - 8), a):
        return True  # 社员（代表）＿＿＿＿＿＿ (大会选举产生): the bracket sits inside 社员（代表）大会
    if len(answer) >= 3 and answer.endswith("时") and text[b:b + 1] in "，,、":
        return True  # 夜间＿＿＿ (出城时)，…: 时 closes the clause, it is no part of the term 出城
    if answer.endswith("负责制") and a and _HAN1.match(text[a - 1]):
        return True  # 首诊＿＿＿ (负责制): the system is named by what is said before it, 首诊负责制
    if plain and len(left) == 2 and len(answer) >= 4 and tags.get(left, "x")[:1] == "n" \
            and tags.get(left + answer[:2]) == "n":
        return True  # 工资专项集体＿＿＿＿ (合同文本): 集体合同 is the noun, the blank starts inside it
    if text[max(0, a - 3):a] == "所有制":
        return True  # 乡村集体所有制＿＿＿＿ (企业职工): 所有制 is said of its head, 所有制企业
    if plain and len(left) == 2 and _HAN1.match(left[-1]) and tags.get(left, "x") in ("v", "vn") \
            and answer.startswith("人员"):
        return True  # 承办＿＿＿＿ (人员名单): 承办人员 is the noun, the blank starts inside it
    if plain and len(answer) <= 3 and answer.endswith("率") and len(left) == 2 and left not in _CHANGE_VERBS \
            and tags.get(left, "x") in ("d", "v", "vn", "a", "ad"):
        return True  # 提高水的重复＿＿＿ (利用率): 重复利用率 is the rate's name
    partner = _PARTNER.search(text, max(0, a - 4), a)
    if partner and text[b:b + 1] == partner.group(1) and _HAN1.match(partner.group(1)):
        return True  # 中国人大网和＿＿＿＿网 (中国政府网): the pair shares its last character, the blank cuts it off
    lone = [x for x in (left + answer if len(left) == 1 and _HAN1.match(left) and left not in _GLUE else "",
                        answer + right if len(right) == 1 and _HAN1.match(right) and right not in _GLUE else "") if x]
    if plain and right[:1] in _PLACE_ENDS and right[1:] in ("", "内", "外"):
        return True  # 在＿＿＿＿区内 (海关监管): the place is named with its last character, 海关监管区
    if plain and lone and lone[0] == left + answer and tags.get(left, "x") in ("a", "ag", "b"):
        return True  # 贯彻新＿＿＿＿＿＿＿＿ (时代军事战略方针): an adjective glued on opens the term (新时代)
    if plain and lone and (answer not in word_freqs() and answer not in known
                           or any(x in word_freqs() or x in known for x in lone)):
        return True  # 亚＿＿＿ (亚残运会): a lone character glued to a blank that is no word belongs to it
    glued = [left + answer[:k] for k in (1, 2) if left + answer in lone] + [answer[-k:] + right for k in (1, 2)
                                                                            if answer + right in lone]
    if plain and len(left) >= 2 and len(answer) >= 3 and left[-1] not in _GLUE and left[-1] not in "有无是" \
            and left[-1] + answer[:2] in word_freqs():
        glued.append(left[-1] + answer[:2])  # 办结出 | 入境手续 as jieba cuts it: 出入境 is the word
    if plain and any(x in word_freqs() for x in glued):
        return True  # 出＿＿＿＿ (入境手续: 出入境), ＿＿＿＿＿律 (民事诉讼法: 法律): the lone character makes a word with its edge
    if len(answer) <= 3 and answer[-1] in "表卡单书册簿证" and len(left) >= 2 and left not in _HANDLING \
            and tags.get(left, "x")[:1] in "nv":
        return True  # 临时住宿＿＿＿ (登记表), 入境＿＿＿ (登记卡): the tail of a form's name, not what is done with it
    if len(answer) >= 3 and answer.endswith("所") and re.match(r"[\u4e00-\u9fff]{1,3}的", text[b:b + 4]):
        return True  # 计算＿＿＿发生的费用 (所 + verb: 计算所 is no word here)
    if len(left) >= 2 and len(answer) >= 3 and left[-2:] + answer[0] in word_freqs() and answer[1:] in word_freqs() \
            and tags.get(left[-2:] + answer[0]) == "n":
        return True  # 水污染 | 物排放 as jieba cuts it: 水污染物 is the word, the blank starts inside it
    if len(answer) >= 3 and len(right) == 2 and right[1] in "上中内下里外旁边" and answer[:-1] in word_freqs() \
            and tags.get(answer[-1] + right[0]) == "n":
        return True  # 机动车道 | 路上: 机动车 + 道路, the blank ends inside 道路
    if right == "地" and text[b + 1:b + 2] in "。，；、的" and len(answer) >= 2 \
            and _NOUN_TAGS.match(tags.get(answer[-2:], "x")):
        return True  # 境内＿＿＿＿ (货源) 地。: a place named by its noun and 地, not the adverb's 地
    compound = len(answer) <= 3 and answer[-1] in "权费税证金"  # 使用权, 占用费, 备用金: the tail of a named right or charge
    if ((word and _NOUN_TAGS.match(tags.get(answer) or tags.get(answer[:2], "x"))) or compound) and len(left) >= 2 \
            and (_NOUN_TAGS.match(tags.get(left, "x")) or tags.get(left) == "b" or (compound and tags.get(left) == "d")):
        return True  # 安全＿＿＿＿ (卫生设施), 高级＿＿＿＿ (管理人员), 土地＿＿＿ (使用权), 特许＿＿＿ (经营权)
    if plain and len(right) >= 2 and (tags.get(right) in ("n", "j") or (
            tags.get(right) == "l" and _NOUN_TAGS.match(tags.get(right[-2:], "x"))) or (
            tags.get(right) == "vn" and _NOUN_TAGS.match(tags.get(answer[-2:], tags.get(answer, "x"))))):
        return True  # ＿＿＿＿关系 (社会保险关系), ＿＿＿＿能力 (民事行为能力), ＿＿＿管委会 (示范区管委会)
    first = text[a:bounds[i + 1]] if i + 1 < len(bounds) else answer
    last = text[bounds[j - 1]:b] if j > 0 else answer
    if plain and len(answer) >= 4 and tags.get(answer[:2]) == "v" and _PAIRED_OBJECT.match(text, b):
        return True  # 有权对…工作＿＿＿＿和建议 (提出批评): the verb's object is the pair 批评和建议, the blank holds half
    if plain and _SHARED_BODY.match(text, b) and not answer.endswith(_BODY_HEADS):
        return True  # ＿＿＿＿和社会保障部门 (人力资源): one member of a body's name whose head both share
    if plain and len(left) == 2 and tags.get(left, "x") in ("n", "nz", "ns", "vn", "j") and first != answer \
            and tags.get(first) in ("v", "vn") and _NOUN_TAGS.match(tags.get(last, "x")):
        return True  # 治安＿＿＿＿ (保卫人员): the noun before says what the act is of, 治安保卫人员 is the term
    if plain and right in _ORGANIZATIONS and _NOUN_TAGS.match(tags.get(last, "x")):
        return True  # ＿＿＿＿组织 (企业事业组织): the kind of body is named by the word after the blank
    beyond = text[bounds[j + 1]:bounds[j + 2]] if j + 2 < len(bounds) else ""
    if plain and beyond in _ORGANIZATIONS and tags.get(right) in ("v", "vn") and tags.get(last, "n")[:1] in "njl":
        return True  # ＿＿＿登记机构 (不动产登记机构): the body is named by what it does and to what
    if plain and _half_object(text, bounds, a, b, j, first, last, tags):
        return True  # 不得＿＿＿＿和豁免 (滥用特权), 权限内＿＿＿＿、指示和规章 (发布命令): a verb and half its objects
    if plain and last != answer and tags.get(last) in ("v", "vn", "nz") and tags.get(right, "v") == "v" \
            and analysis_form(answer) not in _shipped_terms():
        return True  # 主管税务机关申报 | 缴纳: the blank ends inside a pair of verbs said as one act (文化自信 | 得到 is a term)
    if plain and (_bound(first, left, "left") or _bound(last, right, "right")
                  or _bound(left, first, "right") or _bound(right, last, "left")):
        return True  # 法人和＿＿＿组织 (非法人组织), 首问＿＿＿ (首问负责制): one is said only with the other
    if any(len(w) >= 2 and analysis_form(x) in known for w, x in ((left, left + answer), (right, answer + right))):
        return True
    left2 = text[bounds[i - 2]:a] if i > 1 else ""
    if plain and len(left2) > len(left) and any(analysis_form(left2 + answer[:k]) in known for k in range(1, len(answer))):
        return True  # 最低生活＿＿＿ (保障金): 最低生活保障 is the term, the blank holds its end and more
    if plain and first != answer and text[a - 1:a] in "与同跟" and _NOUN_TAGS.match(tags.get(first, "x")) \
            and tags.get(last) in ("v", "vn"):
        return True  # 与＿＿＿＿并签订合同 (外商谈判): the partner and the act, two phrases in one blank
    if plain and first != answer and tags.get(first) in ("v", "vn") and text[b:b + 1] == "的" \
            and tags.get(text[bounds[i + 1]:bounds[i + 2]] if i + 2 < len(bounds) else "", "x")[:1] in "mlad":
        return True  # 扶持＿＿＿＿＿＿的 (发展多种形式): a verb and the modifier of its object, a clause
    # The blank's end and the next word make a term (城市居民[最低生活 + 保障]), or the word before and its start.
    return (len(right) >= 2 and any(analysis_form(answer[k:] + right) in known for k in range(1, len(answer) - 1))) \
        or (len(left) >= 2 and any(analysis_form(left + answer[:k]) in known for k in range(2, len(answer))))


def _half_object(text: str, bounds: list[int], a: int, b: int, j: int, first: str, last: str, tags: dict) -> bool:
    """Whether the blank ``[a, b)`` takes a verb and only the first of the objects joined after it: after a
    modal (不得滥用特权 | 和豁免, 可以提出批评 | 和建议), or, where no 的 makes it a noun phrase, before a noun
    (权限内发布命令 | 、指示和规章)."""
    if text[b:b + 1] not in _JOINING:
        return False
    answer = text[a:b]
    split = first != answer and tags.get(first) == "v"
    glued = text[b] != "、" and len(answer) >= 4 and tags.get(answer[:2]) == "v" and tags.get(answer[2:], "x")[:1] in "nv"
    if text[max(0, a - 2):a] in _MODALS:
        return split or glued
    after = text[bounds[j + 1]:bounds[j + 2]] if j + 2 < len(bounds) and bounds[j + 1] == b + 1 else ""
    return split and tags.get(last, "x")[:1] == "n" and text[a - 1:a] not in "的、和与及" \
        and tags.get(after, "x")[:1] == "n"


def _bound(word: str, neighbour: str, side: str) -> bool:
    """Whether ``word`` is almost never said without ``neighbour`` on that ``side`` (:func:`bound_words`);
    the neighbour may carry a glue character the segmenter joined to it (及蓄 | 滞洪区 for 及 蓄滞洪区)."""
    partners = bound_words().get((analysis_form(word), side), ())
    form = analysis_form(neighbour)
    if not form or not partners:
        return False
    loose = form[1:] if side == "left" and form[0] in _GLUE else form[:-1] if side == "right" and form[-1] in _GLUE else ""
    if form in partners or loose in partners:
        return True
    # the partner cut differently here: 首问 | 负责制 where the corpus says 首问 | 负责 | 制
    return any(len(p) >= 2 and (form.startswith(p) if side == "right" else form.endswith(p)) for p in partners)


_NOUN_TAGS = re.compile(r"n[a-z]?$|vn$|j$")
_HAN1 = re.compile(r"[\u4e00-\u9fff]")
# Characters that stand alone beside a term: particles, prepositions, localizers, conjunctions.
_GLUE = frozenset("的地得之在和与及或并且而是为对从把被向以于由等了着过也都就又再还将已把给让使中上下里内外后前时间")
# The member before a blank, its last character and the word that joins it to the blank (人大网 + 和).
_PARTNER = re.compile(r"([\u4e00-\u9fff])(?:和|与|及|以及|、|或者|或)$")
_JOINING = "和与及或、"  # what joins the object a blank cut in half to its other member
_MODALS = frozenset("不得 可以 应当 必须 应该 有权 无权 不准 禁止 依法 予以".split())  # …before a verb the blank opens on
_NEGATING = "无非未不"
_LIST_MARKS = "、，,；;或和及与（("
_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff、]{1,6}[)）]")  # (市), （自治区、直辖市）: no 以下简称, no figure
_CHANGE_VERBS = ("提高", "降低", "增加", "减少", "保持", "达到", "确保", "扩大", "缩小")  # what is done to a rate
# 社员（代表）before a blank: a word, then the other form of the term's head, glued to what the blank holds
_ALTERNATIVE_BEFORE = re.compile(r"[\u4e00-\u9fff][（(](?![一二三四五六七八九十]+[)）])[\u4e00-\u9fff、]{1,4}[)）]$")
_ORGANIZATIONS = frozenset("组织 单位 机构 部门 团体".split())  # a body's kind said after what it is
_PLACE_ENDS = frozenset("区站港场馆园库")
_BODY_HEADS = ("部门", "机关", "局", "厅", "委员会", "政府", "机构", "组织", "单位", "团体")
_PAIRED_OBJECT = re.compile(r"[和与及、][\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])")
_SHARED_BODY = re.compile(r"和[\u4e00-\u9fff]{2,8}?(?:主管|行政)?(?:部门|机关|局|厅|委员会)")
# Verbs done with a form or paper (提交＿＿＿ for 答辩书): the word before a form's name that is not part of it.
_HANDLING = frozenset("提交 填写 填交 填报 出示 发给 颁发 签发 交验 提供 附具 报送 持有 领取 核发 发放 换发 申领 收到 送达 "
                      "制作 出具 查验 递交 呈报 报请 附送 送交 编制 编写 公布 备案 审查 审核 签订 签署 订立 变更 注销 吊销"
                      .split())
_PREFIXES = "副准亚"  # a one-character prefix of a rank or kind: 副总工程师, 准军事  # a one-character prefix glued to a term: 无固定期限, 非公有制, 不受损害
_SUFFIXES = "人者性化式型家员界权"  # a one-character suffix glued to a term: 法定代表人, 劳动者
_NOT_SUFFIX = ("人民", "人才", "人员", "人口", "人类", "者的", "化的", "家庭", "家的", "员工", "界定", "性质", "式的", "型的",
               "权利", "权益", "权力", "权限", "权威", "权责", "权衡")


# What never opens a term: a modal verb or 予以, a joining word, the law's own rule, an article number's remnant
# (三十一条船舶代理 where the article number was glued to its text), a verb of relation (关系国计民生: 涉及…).
NO_TERM_OPENING = re.compile(r"可以|应当|必须|不得|或者|以及|[和及并]|本法|本条例|依照|依法|予以|[一二三四五六七八九十百]+条"
                             r"|关系|涉及|事关|有关")


_LEVELS = "省市县区乡镇村"  # 省、市、县: a level said in one character, the head said once after the last


_OPENS = "向在由对和与及"  # a preposition or a joint: the character after it stands alone


def shares_head(text: str, bounds: frozenset[int], a: int, b: int) -> bool:
    """Whether a one-character member before the blank shares the blank's head (市、＿＿＿＿ for 市、县公安局:
    市公安局 and 县公安局), or the word after 和 shares the blank's modifier (遵守＿＿＿＿＿＿＿和原则 for
    联合国宪章宗旨和原则), or a member of the stock series 省、自治区、直辖市 with its head (省、自治区、＿＿＿＿＿＿ for
    直辖市公务员主管部门), or the member before it and the head both share (机动车、＿＿＿＿＿＿＿＿ for 非机动车停放泊位):
    either way the blank holds one half of a phrase said of two."""
    if b - a > 3 and text.startswith("直辖市", a) and text[max(0, a - 4):a].endswith("自治区、"):
        return True
    if text[a - 1:a] == "、" and any(b - a > k + 1 and text[a - 1 - k:a - 1] in text[a:b] for k in range(3, 7)):
        return True
    if a >= 2 and text[a - 1] == "、" and "\u4e00" <= text[a - 2] <= "\u9fff" \
            and (a - 2 in bounds or text[a - 2] in _LEVELS or text[a - 3:a - 2] in _OPENS) \
            and (a < 3 or text[a - 3] in " \u3000、，。；：（(" + _OPENS):  # 由居、（村民委员会）: the segmenter's 由居 is no word
        return True
    if a >= 3 and text[a - 1] == "、" and a - 3 in bounds and a + 2 in bounds and b - a > 2 \
            and text[a - 2] == text[a + 1] and text[a - 3] != text[a] and (a < 4 or text[a - 4] in "在的对从和与及，、（("):
        return True  # 雨水、（污水分流地区）: 雨水 and 污水 share 分流地区, the blank holds one of them and the head
    after = re.match(r"[和与及]([\u4e00-\u9fff]{1,2})(?=[，。；、]|的)", text[b:b + 5])
    if not after or b + 1 not in bounds or b + after.end() not in bounds:
        return False
    head = text[b + 1:b + 1 + len(after.group(1))]
    last = max((x for x in bounds if a < x < b), default=a)  # where the blank's last word starts
    return last > a and len(head) <= 2 and pos_tags().get(head, "x")[:1] == "n" and b - last <= 2


def clause_term(c: Candidate) -> bool:
    """Whether a term is a clause cut out of its sentence (an act with a word on either side: 职权给予警告) or a
    word the segmenter guessed around a preposition (狩猎|证由省|、自治区: no dictionary knows it)."""
    words = c.words or (c.key,)
    if len(words) >= 3 and any(w in _ACTS for w in words[1:-1]):
        return True
    if len(words) >= 2 and words[-1] in ("中", "内", "上", "下", "里", "外", "间"):
        return True  # 第一类 | 中 (的药品): a place word ends a phrase, never a term
    if len(words) >= 2 and (pos_tags().get(words[-1]) == "d" or words[-1] in _BEFORE_ACTS):
        return True  # 形式 | 专门 (听取): an adverb belongs to the act after it
    if len(words) == 1 and len(c.key) >= 3 and c.key.endswith(_JOINING):
        return True  # 检查和 (维护), as the dictionary has it: the joint of a pair, no term
    if len(words) == 2 and all(pos_tags().get(w) == "v" for w in words):
        return True  # 提出 | 提请 (审议): two acts in a row, no term
    if len(words) >= 2 and len(words[-1]) == 2 and words[-1][-1] in "往至":
        return True  # 购买的石油运往 (国外): the verb of where it goes ends a clause
    if c.key.endswith("其"):
        return True  # 吊销其 (安全生产许可证): the pronoun belongs to what follows
    if len(words) == 1 and c.key[:1] == "应" and pos_tags().get(c.key[1:], "x")[:1] == "d":
        return True  # 应立即, 应及时 (采取措施): a modal and an adverb, how the act is done
    if len(words) >= 2 and (any(w in _FUNCTION_WORDS for w in words) or words[-1] in _PREPOSITION_WORDS) \
            or len(words) == 1 and len(c.key) >= 3 and c.key[-1] in _PREPOSITION_WORDS and c.key[:-1] in word_freqs():
        return True  # 应 | 将 | 经 (批准的…), 各方 | 对: a modal or a preposition, the frame of a clause
    if len(words) == 2 and words[-1] in _PARTIES and pos_tags().get(words[0], "x")[:1] in "va":
        return True  # 明确 | 双方 (的权利和义务): an act on the parties, no term
    return len(words) == 1 and c.key not in word_freqs() and bool(
        _PREPOSITIONS.search(c.key[1:-1]) or c.key.startswith(_FUNCTION_OPENINGS) or _COUNT_INSIDE.search(c.key))


_PREPOSITIONS = re.compile("[由的在向于为被把从对与和及所]")  # 限制民事行为能力|人所立|的遗嘱
# A guessed word opening on 各, 每 or a negation (各二米, 不冠省) or holding a count (二米): no term, a piece of a clause
_FUNCTION_OPENINGS = tuple("各每不未均")
_JOINING = tuple("和及与或")
_FUNCTION_WORDS = frozenset("应 将 经 把 被 须 已 应当 可以 不得 必须 方可 方能 之日 之日起".split())
_PREPOSITION_WORDS = frozenset("对 向 在 由 与 从 就 按 依".split())  # 合作各方 | 对 (…达成一致): what follows governs it
_PARTIES = frozenset("双方 各方 对方 本人 他人 当事人".split())
# Words that say how an act is done, before it (the dictionary tags some as nouns: 专门)
_BEFORE_ACTS = frozenset("专门 及时 依法 统一 认真 切实 积极 严格 共同 分别 另行 定期 主动 全面 逐步".split())
_COUNT_INSIDE = re.compile("[一二两三四五六七八九十百千零][米年日天月个元人次倍]")
# Verbs that open a clause's predicate (依据各自的职权 | 给予警告): with a word before them, no term
_ACTS = frozenset("给予 处以 拍摄 进行 采取 实施 开展 从事 使用 携带 责令 没收 处理 作出 提出 办理 承担 依法".split())


def mixed_ends(members: Sequence[str]) -> bool:
    """Whether some members end on a verb and others on a noun (委托有关专家、教学科研单位、社会组织起草)."""
    tags = pos_tags()
    ends = {tags.get(m[-2:], "")[:1] for m in members if tags.get(m[-2:], "") != "vn"}
    return {"v", "n"} <= ends
