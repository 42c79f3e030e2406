"""Drafts of fill-ins: for each ranked key phrase, one occurrence of it in the source that can be asked.

An occurrence is a draft only if its blank covers a whole term on word boundaries, its prompt reads alone, and it is
none of the things a quiz writer would never blank: stock clauses (依法追究刑事责任, …不服的，可以申请行政复议), counts of a
list just shown, levels of the stock list of levels, half of a name, a series the text says again. :mod:`.maker` chooses
among the drafts and makes the items.
"""

from __future__ import annotations

import bisect
import os
import random
import re
from typing import NamedTuple, Sequence

from ..analysis.segment import Segmenter
from .cloze import Cloze, make_cloze, prefix_left_out
from .frames import Frames, aside, base_of_comparison, long_list
from .numerals import counts_a_list, names_a_thing, round_the_clock, summed
from .phrases import Candidate, number_blank
from .sources import HANDS_OVER
from .tables import pos_tags, unsettled_answers
from .terms import NO_TERM_OPENING, shares_head
from .terms import inside_term as _inside_term
from .terms import known_terms as _known_terms
from .told import told


class Draft(NamedTuple):
    """One occurrence of a ranked phrase (``rank``), blanked in excerpt ``excerpt`` at ``spans``."""

    rank: int
    cand: Candidate
    excerpt: int
    spans: list[tuple[int, int]]
    cloze: Cloze


class Source(NamedTuple):
    """What an item says about where it comes from: its document's title, how a prompt names it,
    and the law article (第八条) the excerpt belongs to."""

    title: str
    name: str
    law: bool
    article: str
    noted: bool = False  # a passage of a book with its source note: its 今年 is the note's year, unprinted


def source_prefix(src: Source) -> str:
    """The source named in front of a prompt: 党的二十大报告指出：, 《中华人民共和国工会法》第八条规定："""
    if src.law and src.name:
        return f"{src.name}{src.article}规定：" if src.article else f"根据{src.name}，"
    return f"{src.name}指出：" if src.name else ""


_LIST_GOES_ON = ("等", "和", "及", "与", "以及", "、")


def find_drafts(ranked: list[Candidate], texts: list[str], sources: list[Source], seg: Segmenter,
                rng: random.Random, limit: int) -> list[Draft]:
    """One answerable occurrence of each of the best phrases, picked by the seed.

    A blank starts and ends where the segmenter (with the lexicon) puts word boundaries, so it
    never cuts a word (中华＿＿ for 中华全国总工会); a number is blanked with its unit (8个专题 → ＿＿专题).
    """
    out: list[Draft] = []
    bounds: dict[int, frozenset[int]] = {}
    words: dict[int, list[int]] = {}
    known = _known_terms(ranked)
    frames = Frames(texts, [s.title for s in sources])
    for rank, cand in enumerate(ranked):
        if _never_blanked(cand):
            continue
        viable = []
        for ti, spans in cand.spans:
            if cand.kind == "number" and len(spans) == 1 and not cand.key.endswith("大"):
                a, b = spans[0]
                spans = [(a, a + number_blank(texts[ti][a:b]))]
                if texts[ti].startswith(("来", "以来"), spans[0][1]):
                    continue  # （五年）来，…: the span a paragraph looks back over, not a figure to ask
                if summed(texts[ti], *spans[0]) or texts[ti][a - 1:a] == "跨" or _JOINT.match(texts[ti], a):
                    continue  # 法官三人与人民陪审员四人组成（七人）合议庭, 跨（两个）县, （2个）以上当事人共同: told
                if _SEVERAL.match(texts[ti], a) or round_the_clock(texts[ti], a, spans[0][1]):
                    continue  # （2个）以上抵押权: several; 保持（二十四小时）值守: round the clock; no figure to ask
                if counts_a_list(texts[ti], a) or names_a_thing(texts[ti], a):
                    continue  # 杨冢村南、…、洛阳车辆段等（9个）大冢: the list shown is counted; （二次）爆炸: a term
            if cand.kind == "series" and texts[ti].startswith(_LIST_GOES_ON, max(b for _, b in spans)):
                continue  # …、权力运行制约和监督体系, …等违法行为: the list goes on, the blanks do not settle it
            if cand.kind == "series" and _echoed(texts[ti], cand.members, spans):
                continue  # 不得办理供电、供水、供气等手续；…不得提供施工（用电、用水、用气）: the series shown says it
            if cand.kind == "series" and texts[ti].startswith("的", max(b for _, b in spans)) \
                    and "v" in (pos_tags().get(cand.members[-1]), pos_tags().get(cand.members[-1][-2:])):
                continue  # 性质、规模、地点、采用的生产工艺: the last "member" is a verb of the next noun
            if ti not in bounds:
                bounds[ti] = _bounds(texts[ti], seg)
            if not all(a in bounds[ti] and b in bounds[ti] for a, b in spans):
                continue
            if ti not in words:
                words[ti] = sorted(bounds[ti])
            if cand.kind == "series" and _first_cut(texts[ti], spans[0][0], words[ti]):
                continue  # 国民经济和（社会发展规划）、…; 常委会工作（委员会主任）、…: the first member is cut from a name
            if prefix_left_out(texts[ti], spans[0][0], bounds[ti]):
                continue  # 设置固定或者可（移动障碍物）: the blank leaves 可 of 可移动 outside
            plain = cand.kind in ("term", "lexicon")
            if any(NO_TERM_OPENING.match(texts[ti], a, b) for a, b in spans):
                continue  # （可以委托船舶代理）、…; 依照（本法规定重新选定或者指定）: a modal or a joint opens no term
            if plain and len(spans) == 1 and shares_head(texts[ti], bounds[ti], *spans[0]):
                continue  # 向市、（县公安局）; 遵守（联合国宪章宗旨）和原则; 省、自治区、（直辖市公务员主管部门）; 机动车、
                # （非机动车停放泊位）: the blank holds what a neighbour shares
            if any(_inside_term(texts[ti], words[ti], a, b, known, plain and cand.count < 3, plain) for a, b in spans):
                continue  # 国土＿＿＿＿ for 国土空间规划: the blank would hide half of a term
            if plain and len(spans) == 1 and texts[ti].startswith(("、", "和"), spans[0][1]) \
                    and spans[0][1] - 1 in bounds[ti] and spans[0][1] - spans[0][0] > 2:
                continue  # （所在地）省、自治区、直辖市: a lone last character opens the list after the blank
            if plain and any(frames.always_with(ti, a, b, words[ti]) for a, b in spans):
                continue  # 办学＿＿＿ (自主权): the source never says it without 办学, so 办学自主权 is the term
            if cand.kind == "title" and cand.key.endswith(_STOCK_LAWS):
                continue  # 依照《（治安管理处罚法）》予以处罚: the law every statute's penalty clause names
            if cand.kind == "title" and any(_REFERRED.match(texts[ti], b) for _, b in spans):
                continue  # 依照《（安全生产法）》的有关规定予以处罚; 《（…管理条例）》已规定的，从其规定: a referral
            if len(spans) == 1 and _SHORT_NAME_NOTE.search(texts[ti], max(0, spans[0][0] - 6), spans[0][0]):
                continue  # (以下简称“（地市考委）”): the short name a law defines, a drafting convention
            if plain and len(spans) == 1 and cand.key in _REMEDIES \
                    and "不服" in texts[ti][max(0, spans[0][0] - 40):spans[0][0]]:
                continue  # …不服的，可以依法申请（行政复议）: every statute's remedy clause
            if plain and len(spans) == 1 and cand.key in _REGIONS \
                    and any(r in texts[ti][max(0, spans[0][0] - 12):spans[0][1] + 12] for r in _REGIONS - {cand.key}):
                continue  # 外国车船和（香港特别行政区）、澳门特别行政区、台湾地区: the stock trio
            if plain and len(spans) == 1 and (texts[ti][spans[0][0] - 1:spans[0][0]] == "等"
                                              or _STOCK_PENALTY.match(texts[ti], spans[0][1])
                                              or _HANDED_OVER.search(texts[ti], 0, spans[0][0])
                                              and texts[ti].startswith(("处理", "依法处理"), spans[0][1])):
                continue  # 广播、电视、报刊等（新闻媒体）: the list names its kind; （构成犯罪）的，依法追究刑事责任,
                # 由（司法机关）依法追究刑事责任 and 移送（司法机关）处理: stock
            if plain and len(spans) == 1 and _LEVELS.match(cand.key) \
                    and "、" in texts[ti][max(0, spans[0][0] - 1):spans[0][1] + 1]:
                continue  # 县、不设区的市、（市辖区）; （省辖市）、县（市、区）: a level in the stock list of levels
            if plain and len(spans) == 1 and len(cand.key) > 2 and cand.key.endswith("上"):
                continue  # 在（保函上）签字: a place on a thing, not a term
            if plain and len(spans) == 1 and texts[ti].startswith(_AND_ITS_STANDING_COMMITTEE, spans[0][1]):
                continue  # （人民代表大会）或者其常务委员会: the body the committee is of
            if plain and len(spans) == 1 and cand.key.endswith("代理人") and _ITS.search(texts[ti], 0, spans[0][0]):
                continue  # 货主或其（代理人）: whoever acts may act through an agent, every statute says it
            if plain and len(spans) == 1 and aside(texts[ti], *spans[0]):
                continue  # 省军区（＿＿＿、警备区）: a parenthesis names what else counts, it is not the point
            if cand.kind in ("term", "lexicon", "quoted") and len(spans) == 1 and long_list(texts[ti], *spans[0]):
                continue  # 工业、电信、交通、金融、（　　）、卫生健康…: any sector fits; the list is read, not asked
            if cand.kind == "date" and len(spans) == 1 and base_of_comparison(texts[ti], *spans[0]):
                continue  # 比（2003年）增长…: the year a figure is measured against, not a date to remember
            if len(spans) == 1 and frames.ambiguous(cand.kind, ti, *spans[0]):
                continue  # 可以延长（　　）, said of three time limits in the law: the prompt does not settle which
            if plain and len(spans) == 1 and frames.said_of_another(ti, *spans[0]):
                continue  # （加入书）由外交部长签署, said of 接受书 in the next article too: two answers fit
            cloze = make_cloze(texts[ti], spans, source_prefix(sources[ti]))
            if cloze is not None and sources[ti].noted and _RELATIVE_TIME.search(cloze.prompt):
                continue  # 《…摘编》指出：今年预期目标设定为（　　）以上: which year, the book does not print
            if cloze is not None and plain and len(spans) == 1 and open_list(cloze.prompt, *cloze.blanks[0]):
                continue  # 捐赠、资助、（志愿服务）等方式: any such thing fits the blank
            if cloze is not None and plain and HANDS_OVER.search(cloze.sentence):
                continue  # （财务制度）和会计制度按照国家有关规定执行; 可以制定小电网管理办法: the rule is elsewhere
            if cloze is not None and not told(cand.kind, cloze, sources[ti].title):
                viable.append((ti, spans, cloze))
        whole = [v for v in viable if not v[2].cut]  # a whole sentence if the phrase has one
        # 违法所得（　　）以上的……: a statute's clause cut off from what it says is no prompt
        pick = whole or [v for v in viable if not sources[v[0]].law]
        if pick:
            ti, spans, cloze = pick[rng.randrange(len(pick))]
            out.append(Draft(rank, cand, ti, spans, cloze))
        if len(out) >= limit:
            break
    return out


def _never_blanked(cand: Candidate) -> bool:
    """Whether no occurrence of ``cand`` makes a blank, whatever its sentence: a series whose first "member" holds the
    preposition (（因人民法院）、（仲裁委员会）…的生效法律文书) or whose members are conditions (三十万（人口以上）、
    （少年较多）的县), or a term readers write another way (忠于职守 for 恪尽职守: judged fill-ins on it failed again
    and again)."""
    if cand.kind == "series":
        return (cand.members[0][:1] in _PREPOSITIONS and len(cand.members[0]) > 2) \
            or any(m.endswith(_NOT_A_MEMBER) for m in cand.members)
    return cand.kind in ("term", "lexicon") and cand.key in unsettled_answers()


def _first_cut(text: str, a: int, bounds: list[int]) -> bool:
    """Whether a series' first member, starting at ``a``, is cut from a longer name: said after 和 (国民经济和
    社会发展规划) or glued to a noun before it (常委会工作委员会主任), the series' other members set its length."""
    if a >= 2 and text[a - 1] in "和与及" and "\u4e00" <= text[a - 2] <= "\u9fff":
        return True
    i = bisect.bisect_left(bounds, a)
    left = text[bounds[i - 1]:a] if i > 0 else ""
    if left in ("已", "未") or (len(left) >= 2 and pos_tags().get(left) in ("a", "an", "b")):
        return True  # 登记为危险（货物运输）、公路客运…; 已（建设施）、建筑物…: the first member is the longer term
    # a body's name goes on before its kind (工作委员会); 工会普惠性、常态性…服务 is the union's, no name cut
    return len(left) >= 2 and pos_tags().get(left, "x") in ("n", "nz", "vn", "j") and text.startswith(_BODY_KINDS, a)


_BODY_KINDS = ("委员会", "办公室", "办公厅", "部门", "机关", "中心", "协会", "研究室", "研究院", "管理局", "管理处")


def _echoed(text: str, members: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` says, outside ``spans``, another series whose members end as these do, one by one
    (供电、供水、供气 beside 用电、用水、用气): a reader copies the endings instead of knowing the series."""
    if len(members) < 2 or any(len(m) < 2 for m in members) or len({m[-1] for m in members}) < len(members):
        return False  # 坚定者、奋进者、搏击者 beside 犹豫者、懈怠者、畏难者: a shared suffix tells no member
    pattern = "、".join(f"[\u4e00-\u9fff]{{{len(m) - 1}}}{re.escape(m[-1])}" for m in members)
    stem = os.path.commonprefix(list(members))  # 本乡、本村、本组 beside 乡、村、组: the members without their 本
    if stem and all(len(m) > len(stem) for m in members):
        pattern += "|" + "、".join(re.escape(m[len(stem):]) for m in members)
    return any(not any(a < m.end() and m.start() < b for a, b in spans) for m in re.finditer(pattern, text))


_AND_ITS_STANDING_COMMITTEE = ("或者其常务委员会", "及其常务委员会", "和其常务委员会")
_ITS = re.compile(r"(?:或者?|及|和)其(?:委托的)?$")
_SHORT_NAME_NOTE = re.compile(r"以下(?:简)?称[“\"]?$")  # (以下简称“（地市考委）”)
_REMEDIES = frozenset({"行政复议", "行政诉讼", "复议", "诉讼"})
_REGIONS = frozenset({"香港特别行政区", "澳门特别行政区", "台湾地区", "香港", "澳门", "台湾"})
_REFERRED = re.compile(r"》(?:的有关规定|的规定|有关规定|规定)?(?:予以|给予|进行)?(?:处罚|处理|执行|办理)|》[^，。；]{0,90}?的，(?:从|依照)其规定"
                       r"|》等[^，。；]{0,12}规定(?:执行|办理)|》(?:以及|及|和)(?:其他)?有关规定")  # 《（药品管理法）》以及有关规定
_JOINT = re.compile(r"[2２二两](?:个|名|人|家)?以上[^，。；]{0,12}共同")  # 共同 is said of two at least
_SEVERAL = re.compile(r"[2２二两](?:个|项|种|家|件|宗|处|艘|辆)以上")  # 2个以上: more than one, not a threshold


# A book's passage saying 今年/去年: the book does not print which year (the note does, unseen).
_RELATIVE_TIME = re.compile("今年|去年|明年|上年|本年|五年来|过去五年|过去一年")
_PREPOSITIONS = "因由对向经被从按依在含"
_NOT_A_MEMBER = ("以上", "以下", "以内", "较多", "较少", "较大", "较小")
_HANDED_OVER = re.compile(r"移送(?:有关)?$")  # 移送（司法机关）处理: the stock hand-over of a suspected crime
# The levels a statute lists in one breath (县、不设区的市、市辖区): none is a point to ask
_LEVELS = re.compile(r"(?:市辖区|不设区的市|设区的市|省辖市|县级市|自治县|自治州|自治旗|民族乡)(?:人民政府)?$")
# What follows a condition blanked in a stock penalty clause (（构成犯罪）的，依法追究刑事责任).
_STOCK_PENALTY = re.compile(r"的，[^。；]{0,20}追究刑事责任|(?:依法)?追究[^。；]{0,4}责任|或者(?:依法)?(?:向人民法院)?提起行政诉讼")
# named by the penalty (or every tax law's) clause, and by the remedy clause (…申请行政复议或者提起行政诉讼)
_STOCK_LAWS = ("治安管理处罚法", "治安管理处罚条例", "刑法", "税收征收管理法", "行政复议法", "行政诉讼法")


def _bounds(text: str, seg: Segmenter) -> frozenset[int]:
    """Where words start and end in ``text`` (whitespace and punctuation bound words too)."""
    out = {0, len(text)}
    for t in seg.tokenize(text):
        out.update((t.start, t.end))
    return frozenset(out)


_CLAUSE_MARK = re.compile(r"[，,。；;：:！？]")


def open_list(prompt: str, a: int, b: int) -> bool:
    """Whether ``prompt[a:b]`` is a member of a list that goes on (…、（　　）、…等): then the
    source's member is one of many right ones, and options of its kind may be right as well."""
    before = _CLAUSE_MARK.split(prompt[:a])[-1]
    after = _CLAUSE_MARK.split(prompt[b:])[0]
    listed = before.endswith(("、", "和", "及", "与")) or after.startswith(("、", "和", "及", "与", "等"))
    return listed and "等" in after
