"""Whether a fill-in's prompt, or the sheet's title, already tells its answer (:func:`told`): then the
maker does not ask it."""

from __future__ import annotations

import re

from ..analysis.normalize import analysis_form
from .cloze import Cloze
from .frames import paired
from .matching import one_spelling
from .model import BLANK_CHAR

_TITLE_KIND = re.compile("(?:法|条例|规定|决定|纲要|办法|规划)$")
_OPPOSITE = {"有": "无", "无": "有"}
_BODY = re.compile("([\u4e00-\u9fff]{2})(?:机关|部门|机构)")
# a figure, then its growth as a share, then the blank it reaches (the answer is their product)
_GROWN_TO = re.compile(r"[\d０-９一二两三四五六七八九十百千万亿]+[^，。；\d]{0,12}[，,]?[^。；]{0,20}?"
                       r"(?:增加|增长|提高|上升)(?:了)?(?:百分之[一二两三四五六七八九十百点]+|[\d.０-９．]+[%％])[^。；]{0,8}"
                       r"(?:达到|增加到|提高到|上升到|增长到)了?$")
_FROM_TO = re.compile(r"由[\d.０-９．]+[^，。；]{0,6}?(?:增加|提高|上升|扩大|增长|减少|降低|下降)到[\d.０-９．]+")


def told(kind: str, cloze: Cloze, title: str) -> bool:
    """Whether the prompt or the document tells the answer, or it is too plain to ask: 控告人 after
    举报或者控告 (the term's stem), 十四大 beside 十四届三中全会, 《民族区域自治法》 before 民族区域自治制度, a growth rate between the two figures the
    prompt gives (由1121亿元增加到2220亿元，增长＿＿), a work report's own or previous year (（1991年）国民生产
    总值比上年增长, in the report of 1992)."""
    answer = one_spelling(analysis_form(cloze.answers[0])) if len(cloze.answers) == 1 else ""
    prompt = one_spelling(analysis_form(cloze.prompt))
    if kind == "number" and answer.endswith("大") and answer[:-1] + "届" in prompt:
        return True
    if kind in ("term", "lexicon") and len(answer) >= 3 and answer[:-1] in prompt.replace(BLANK_CHAR, "|"):
        return True  # 举报或者控告…保护举报人、（控告人）; 禁止开采或者限制（开采区）: the stem is shown
    if kind in ("term", "lexicon") and any(f"{answer[:k]}的{answer[k:]}" in prompt for k in range(2, len(answer) - 1)):
        return True  # 销售定量包装的商品…未标明净含量的（定量包装商品）: the sentence says it with a 的
    if kind in ("term", "lexicon") and answer and paired(prompt, *cloze.blanks[0], answer):
        return True
    stem, named = answer.removeprefix("中华人民共和国"), analysis_form(title).removeprefix("中华人民共和国")
    if kind in ("term", "lexicon") and any(stem[k:k + 4] in named for k in range(len(stem) - 3)):
        return True  # 内部（治安保卫工作）on the sheet of 企业事业单位内部治安保卫条例: its title says it
    if prompt.startswith(("（以下简称", "(以下简称", "（以下称", "(以下称"), cloze.blanks[-1][1]):
        return True  # 由（中国人民武装警察部队）（以下简称武警）担任: the short name follows
    if answer.startswith("中华人民共和国") and len(answer) > 9 and answer[7:] in prompt:
        return True  # 经（中华人民共和国外交部）或者外交部授权的机构认证: the prompt says 外交部
    if "毛泽东思想" in prompt and "邓小平理论" in prompt:
        return True  # 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想…: the standard list tells its members
    if kind == "title" and len(short := _TITLE_KIND.sub("", answer)) >= 4 and short in prompt:
        return True
    if kind == "number" and answer.endswith(("%", "％")) and _FROM_TO.search(prompt[:cloze.blanks[0][0]]):
        return True
    if kind == "number" and _GROWN_TO.search(prompt[:cloze.blanks[0][0]]):
        return True  # 七百多万人…增加百分之七十，达到了（　　）: the sum is in the prompt
    if kind in ("date", "number") and (year := re.fullmatch(r"(\d{4})年", answer)) and year.group(1) in prompt:
        return True  # ＿＿国务院印发的…(国发〔1993〕21号): the document's number gives its year
    if kind in ("term", "lexicon") and answer[:1] in _OPPOSITE and _OPPOSITE[answer[0]] + answer[1:] in prompt:
        return True  # （无条件）自行利用的，可以由有条件的单位加以利用: the opposite is printed beside it
    body = _BODY.fullmatch(answer)
    if kind in ("term", "lexicon") and body and body.group(1) in prompt.replace(BLANK_CHAR, "|"):
        return True  # …进行审计、监察和监督…（监察机关）; 税务检查…（税务部门）: the body's work names it
    if kind == "title" and len(core := _TITLE_KIND.sub("", stem)) >= 6 and core in named:
        return True  # 《中华人民共和国固体废物污染环境防治法》 on the sheet of 浙江省固体废物污染环境防治条例
    own = re.match(r"(\d{4})年", title)
    return kind == "date" and bool(own) and re.fullmatch(r"\d{4}年", answer) is not None \
        and int(own.group(1)) - int(answer[:4]) in (0, 1)
