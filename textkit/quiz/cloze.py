"""Cloze prompts: a clause of the source with its key phrase blanked, answerable on its own."""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from ..analysis.normalize import analysis_form

BLANK_CHAR = "＿"  # the same as textkit.quiz.BLANK_CHAR; repeated to keep imports one-way

MAX_PROMPT = 120  # characters: a prompt longer than a few lines is read, not answered
MIN_PROMPT = 36  # a sentence cut at a comma keeps at least this much, so the blank has context
MIN_CONTEXT = 15  # Chinese characters outside the blanks and the source's name (要在学思践悟中认真履行工会基本职责 has 13: thin)

_SENTENCE_END = re.compile(r"[。！？；!?;]")
_FULL_STOP = re.compile(r"[。！？!?]+[”’」』）)]*")  # a sentence ends here (。” stays with its sentence)
_SEMICOLON = re.compile(r"[；;]")
_COMMA = re.compile(r"[，,]")
ELLIPSIS = "……"  # ends a prompt cut at a comma: the sentence goes on
_COLON = re.compile(r"[：:]")
_LEANING = tuple("是和与及并又也而且则即")
# Openings that lean on what came before: the prompt would lack its subject or its antecedent
# (从那时以来…, 这个重大时代课题…, 就是要…, 犯前款罪的…, 一是…, 同时…).
_DANGLING = re.compile(r"(?:这|那|此|其|该|上述|前述|就是|从那|同时|为此|因此|对此|由此|但|然而|可是|所以|因而|否则|另外|此外|"
                       r"还|首先|其次|再次|最后|总之|接着|随后|然后|其后|此后|它|[一二三四五六七八九十]+[是要](?![求点])|第[一二三四五六七八九十]，|犯前款|依照前款|"
                       r"依照前两款|前款|前两款|前三款|[\u4e00-\u9fff]{1,2}了(?!解)|"  # 建设了一大批…: the doer is unsaid
                       # 由主席团主持会议, 情节轻微，…, 以上居民: in a statute, what they are said of is named before
                       r"情节|如果|由(?!于|此)|经查明|特殊情况下|必要时|以上(?![\d一二三四五六七八九十])|"
                       r"[甲乙丙丁戊己庚辛][、，]|[一二三四五六七八九十]+、|"
                       r"[\u4e00-\u9fff]{1,4}时，?(?:应当|可以|不得|必须|须)|确有|确需|在此|逾期|"
                       r"经(?:审查|审核|核查|核实)|主要包括|包括|具体办法|主要表现在|主要表现为|特别是|尤其是|\d+[．.、]|"
                       # 更不准在闸口拦捕…, 如名称字数过多…: a step further than, or a case of, the sentence before
                       r"在其他|提出申请的|使(?![用得])|更(?![新正改换名])|如(?![实期数下何今])|对确(?:需|有)|需要?[^，。；]{1,20}的，|属于[^，。；]{1,30}的，|以后|"
                       r"(?:接到|收到)[^，。；]{0,10}后|(?:当事人)?不服的，|(?:调解|协商)不成的，)")  # 乙、…: a list item; 登记时应当交验本人…: whose?
# A sentence opening on what is done, with no one to do it (不得刁难…; 不编造或者传播…): the actor is in the sentence
# before. 不满, 不足, 不论 and their kind open a condition or a concession, which have their subject after them.
# Shared with the judge and multi kinds, as the two below.
NO_SUBJECT = re.compile(r"(?:不得|不准|严禁|应当|可以|必须|不(?!满|足|少于|超过|低于|高于|同|再|论|管|仅|但|属|得不|可抗力|断|忘|懈|久))")
# A delay of a time limit the sentence does not name (需要延期的，延长期限…; 因特殊情况不能如期运回的，…): which limit,
# the sentence before says.
UNNAMED_PERIOD = re.compile(r"[^，。；]{0,24}(?:延期|如期)[^，。；]{0,12}的，|延(?:长|期)的?期(?:限|间)")
# A condition, then what must be done besides (涉及防洪…的，还应当经…批准): besides what the sentence before says.
BESIDES = re.compile(r"[^，。；]{1,30}的，(?:还|也)(?:应当|须|必须|要)")
# A colon opening a list of points (包括：, 如下：, 下列…：).
_LIST_OPENS = re.compile(r"[：:]")
# Text a prompt or a statement points at and does not show, in statutes: the chapter's rules, 这些…, a paragraph of the
# article (违反第一款规定), a figure the sheet does not print ((图八)), which report or time limit (接到报告后, 在限期内).
# Shared with the judge and multi kinds.
UNSEEN_PARTS = r"(?<!发现或者)(?<!发现或)接到(?:报告|举报|通知)后|在限期内|本章规定|本节规定|这些|对此|(?<![条\d])第[一二三四五六七八九十]+款|本条第[一二三四五六七八九十]+款|(?<![条款\d])第[一二三四五六七八九十]+项|(?<![条款\d])第[（(][一二三四五六七八九十]+[)）]项|[（(](?:见)?附?图[一二三四五六七八九十百\d]+[)）]|在此期间|决定作出(?:之)?前|在期限内|以上(?:标准|规定|情形|条件|所列)"
# 该 and what it points at (该公告, 该财产): leaning on unseen text unless the sentence named it before.
_THAT = re.compile(r"(?<![应活])该([\u4e00-\u9fff]{2})")


def points_back(body: str) -> bool:
    """Whether a 该… of ``body`` points at something the sentence has not named before it (该序列表, 该期间)."""
    return any(m.group(1) not in body[:m.start()] for m in _THAT.finditer(body))


# Words that point at text the prompt does not show (依照前款规定, 上述人员).
_POINTING = re.compile(r"前款|前两款|前三款|前项|前条|前述|上述|上款|下列|如下|以下几|" + UNSEEN_PARTS + "|"
                       r"这(?:个|一|种|项)(?:根本)?(?:问题|观念|情况|工作|任务|方针|思想|理论|论断|要求)|这方面|^它")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OPENING_NOTE = "（(［[【"
_CITATION = re.compile(r"第[一二三四五六七八九十百千\d]+(?:卷|页)|中文版|出版社")
_PAIRS = ("“”", "‘’", "《》", "（）", "()", "「」", "【】")


class Cloze(NamedTuple):
    """A prompt with its blanks and the answers they hide, taken from ``text[start:end]``.

    ``sentence`` is the whole source sentence the prompt is cut from (for the answer key).
    """

    prompt: str
    blanks: list[tuple[int, int]]
    answers: list[str]
    start: int
    end: int
    sentence: str = ""
    cut: bool = False  # the sentence was too long and is cut at a comma (the prompt ends with ……)


def make_cloze(text: str, spans: Sequence[tuple[int, int]], prefix: str = "") -> Cloze | None:
    """Blank ``spans`` (sorted, in ``text``) in the sentence around them; None if not answerable.

    The prompt starts where the sentence does, so it keeps its subject, and is ``prefix`` (the
    source named: 党的二十大报告指出：) followed by that sentence or its first clauses.
    """
    spans = _merge_adjacent(sorted(spans))
    found = _clause(text, spans[0][0], spans[-1][1])
    if found is None:
        return None
    start, end, cut = found
    if text[start:start + 1] in _LEANING or _DANGLING.match(text, start) or NO_SUBJECT.match(text, start) \
            or UNNAMED_PERIOD.match(text, start) or BESIDES.match(text, start) or _POINTING.search(text, start, end) \
            or picks_up(text, start) or points_back(text[start:end]) or unnamed_application(text[start:end]):
        return None  # a bare fragment (是新时代…, 就是要…) or one leaning on unseen text: try another occurrence
    if not all(text.count(o, start, end) == text.count(c, start, end) for o, c in _PAIRS):
        return None  # a quotation or bracket opened and not closed (or the reverse)
    if text[start:start + 1] in _OPENING_NOTE or _CITATION.search(text, start, end):
        return None  # a citation footnote ”（《列宁全集》中文版，第二十八卷…）, not a statement
    if _bare_list(text[start:end]):
        return None  # 淡水鱼：鲤鱼、青鱼、草鱼…: the points of a list under a heading the prompt does not show
    pieces, blanks, pos, out_len = [prefix], [], start, len(prefix)
    for a, b in spans:
        pieces.append(text[pos:a])
        out_len += a - pos
        pieces.append(BLANK_CHAR * (b - a))
        blanks.append((out_len, out_len + b - a))
        out_len += b - a
        pos = b
    tail = text[pos:end]
    if cut:
        tail += ELLIPSIS
    elif tail[-1:] and tail[-1] in "；;":
        if _LIST_OPENS.search(text, start, a):
            return None  # 内容包括：（企业财务）以及…评价；… : the first point of a list would read as all of it
        tail = tail[:-1] + "。"  # a clause of a list ends the prompt: no stray ；
    pieces.append(tail)
    prompt = "".join(pieces)
    answers = [text[a:b] for a, b in spans]
    if not _answerable(prompt, answers) or len(_HAN.findall(prompt[len(prefix):])) < MIN_CONTEXT:
        return None
    s_start, s_end = _sentence(text, spans[0][0], spans[-1][1])
    return Cloze(prompt, blanks, answers, start, end, text[s_start:s_end].strip(), cut)


def prefix_left_out(text: str, a: int, bounds: "set[int] | Sequence[int]") -> bool:
    """Whether a blank starting at ``a`` follows a lone 可 or 被 (as the segmenter cuts them): most often a prefix of
    the word the blank opens, left outside (或者可（移动障碍物）, 与被（侵害人）), else a modal whose verb the blank would
    be (方可（开工）), no term to ask either."""
    return a > 0 and text[a - 1] in _BOUND_PREFIXES and a - 1 in bounds


_BOUND_PREFIXES = ("可", "被")


def unnamed_application(sentence: str) -> bool:
    """受理申请 or 接到申请 in a sentence naming no application before it (受理申请的公安机关应当自受理申请之日起20日内…,
    应在接到申请七日内予以答复): which application, and so which time limit, the sentence before says."""
    m = _APPLICATION_TAKEN.search(sentence)
    return m is not None and "申请" not in sentence[:m.start()] and "申报" not in sentence[:m.start()]


_APPLICATION_TAKEN = re.compile("(?:受理|接到|收到)申请")


def picks_up(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens on the word the sentence before ends on (…作出决议。决议以不记名
    投票方式…): whose 决议 it is, the prompt does not say."""
    if start < 3 or text[start - 1] not in "。；":
        return False
    return any(text[start:start + k] == text[start - 1 - k:start - 1]
               and re.fullmatch(r"[\u4e00-\u9fff]+", text[start:start + k]) for k in (4, 3, 2))


# Four or more short names in a row (鲤鱼、青鱼、草鱼、鲢鱼): a list, however it is joined to its sentence.
_SHORT_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、){3,}[\u4e00-\u9fff]{1,6}")
_LIST_FREE = 8  # Chinese characters outside the lists below which a sentence says nothing of its list


def _bare_list(sentence: str) -> bool:
    """Whether a sentence is a list and little else (海水鱼：带鱼、大黄鱼、小黄鱼…): nothing said of the names."""
    rest = _SHORT_LIST.sub("", sentence)
    return rest != sentence and len(_HAN.findall(rest)) < _LIST_FREE


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, a)), default=0)
    m = _SENTENCE_END.search(text, b)
    return _strip(text, start, m.end() if m else len(text))


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blanks with no text between them are one blank (劳模精神劳动精神工匠精神), never one silent gap."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] >= a:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


_PROVISO = ("但是", "但", "除外", "不包括")


def _clause(text: str, a: int, b: int) -> tuple[int, int, bool] | None:
    """The whole sentence around ``[a, b)`` and whether it had to be cut: from a full stop (or a
    colon introducing it: 报告指出：…) to the next full stop; if that is too long, to the end of a
    clause closed by ；, which the prompt closes with 。. Never from a clause in the middle (it
    lacks its subject: 共计…, 建立健全…). Only a sentence too long for any of that is cut at a
    comma (``cut``; the prompt then ends with …… and the maker asks such drafts last)."""
    start = max((m.end() for m in _FULL_STOP.finditer(text, 0, a)), default=0)
    stop = _FULL_STOP.search(text, b)
    end = stop.end() if stop else len(text)
    ends_well = bool(stop) or text[end - 1:end] in "；;"  # else it runs into a list (…通知如下：)
    if not stop and text[end - 1:end] in "：:" and _SEMICOLON.search(text, start, end):
        return None  # …五年内不得担任…；情节严重的，…：（一）…: every clause holds only for the list below
    starts = [start] + [m.end() for m in _COLON.finditer(text, start, a)]
    starts = [lo for lo in (_strip(text, x, end)[0] for x in starts) if lo <= a]
    for cut, ends in ((False, _SEMICOLON), (True, _COMMA)):
        # never before a proviso (…新建尾矿库；但是…改建除外): the clause alone says what the law does not
        cuts = [m.end() for m in ends.finditer(text, b, end) if not text.startswith(_PROVISO, m.end())] \
            + ([] if cut or not ends_well else [end])
        for lo in starts:
            for hi in cuts:
                if hi - lo > MAX_PROMPT:
                    break
                if not cut or hi - lo >= MIN_PROMPT:
                    return (*_strip(text, lo, hi), cut)
    return None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    # A closing quote or bracket left over from the previous sentence opens nothing.
    while start < end and text[start] in " \u3000，,：:；;、”’」』》）)】―—－-─":
        start += 1
    while end > start and text[end - 1] in " \u3000，,、":
        end -= 1
    return start, end


def _answerable(prompt: str, answers: list[str]) -> bool:
    """Enough context, and no answer given away elsewhere in the prompt."""
    if len(_HAN.findall(prompt)) < MIN_CONTEXT:
        return False
    form = analysis_form(prompt)
    return not any(analysis_form(ans) in form for ans in answers)
