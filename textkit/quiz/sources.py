"""Where a quiz item comes from: the document's own title, its short name in a prompt, law
articles, and the front matter (title page, promulgation lines, contents) that is never asked."""

from __future__ import annotations

import re
from typing import Sequence

from ..analysis.excerpts import Excerpt
from .matching import LAW_SHORT_NAMES

_NUM = "一二三四五六七八九十百千零〇两"
ARTICLE = re.compile(rf"^\s*(第[{_NUM}\d]+条(?:之[{_NUM}]+)?)[\s\u3000]*")
_NUMBERED_HEADING = re.compile(rf"^(?:[{_NUM}]+、|第[{_NUM}\d]+[编章节部分]|[（(][{_NUM}]+[）)])")
_STEM = re.compile(r"^[\w\-. ]+$", re.ASCII)  # 000_295c8d778fdbb247, gonghuifa: a file name, not a title
_ANNOTATION = re.compile(r"\s*[（(][^（()）]{1,12}[)）]\s*$")  # 工会法(2021-12-24), … (二十大)
_TITLE_END = re.compile(r"(?:通知|报告|决定|决议|办法|意见|条例|法|规定|方案|纪要|讲话|细则|章程|规划|纲要|公报|宣言)$")
_SENTENCE_MARK = re.compile(r"[。！？；!?;]")
_PROMULGATION = re.compile(
    r"^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?.{0,80}?"
    r"(?:会议|常务委员会|公布|发布|施行|通过|修正|修订|批准|令)")
_FRONT_WORDS = re.compile(r"^(?:目\s*录|编者按|编者的话|出版说明|编辑说明|说\s*明|前\s*言|凡\s*例|内容提要)[：:\s]*")
_CONGRESS = re.compile(rf"第([{_NUM}]{{1,3}})次全国代表大会上的(?:政治)?报告")
_CONGRESS_NOTE = re.compile(rf"[（(]\s*([{_NUM}]{{1,3}}大)\s*[)）]\s*$")
_GOV_REPORT = re.compile(r"(\d{4})年.*政府工作报告")


def front_matter(text: str) -> bool:
    """A line that is not the document's prose: a title or header line, a promulgation or
    amendment line (1992年4月3日第七届全国人民代表大会第五次会议通过), a table of contents, an
    editors' note, a salutation (各位代表：), a date line, a comment."""
    line = text.strip()
    if not line or line.startswith(("<!--", "——", "--", "(譯", "（譯", "(译", "（译")):
        return True
    if _PROMULGATION.match(line) and len(line) < 200:
        return True
    if _FRONT_WORDS.match(line):
        return True
    if len(re.findall(rf"第[{_NUM}\d]+[章节]", line)) >= 3:
        return True  # a table of contents run into one paragraph
    if line.endswith(("：", ":")) and len(line) <= 30:
        return True  # 各位代表：, 各二级工会、直属工会小组：
    # A short line with no full stop is a title, a heading, a signature or a date line.
    return len(line) <= 40 and not _SENTENCE_MARK.search(line)


def is_law(excerpts: Sequence[Excerpt]) -> bool:
    """Whether a document reads as a statute: its paragraphs open with 第一条, 第二条…"""
    return sum(1 for e in excerpts[:60] if ARTICLE.match(e.text)) >= 3


# A sentence that hands its matter to other rules (…按照国家有关规定执行。) or lets someone make them (…可以制定…办法。,
# …的管理规定另行制定。): what is to be known stands elsewhere, so it is neither a fill-in's sentence nor a statement.
HANDS_OVER = re.compile(r"(?:按照|依照)[^，。；]{1,40}(?:规定)?执行。?$|制定[^，。；]{0,20}(?:办法|细则)。?$"
                        r"|另行(?:下达|制定|规定|发布)。?$"  # 具体管理办法由国家税务总局另行下达
                        r"|^具体[^，。；]{1,8}由[^，。；]{1,40}制定。?$"  # 具体收费办法由…制定
                        r"|办法由[^，。；]{1,30}制定。?$")  # 临时占道费的收取、管理和使用办法由市人民政府制定


# A law's stock articles: what it repeals (…同时废止), when it takes effect, and its purpose and basis
# (为了…，根据宪法，制定本法), who writes its rules of application (国务院根据本法制定实施条例, 本条例实施细则由…
# 制定) and what holds until it applies (自本条例施行之日起3个月内投保): said by every statute, of no use to anyone.
STOCK_ARTICLE = re.compile(r"同时废止|予以废止|即行废止|起施行|制定本(?:法|条例|规定|办法)"
                           r"|根据本(?:法|条例)制定[^。；]{0,6}(?:实施条例|实施细则|实施办法|具体办法)"
                           r"|本(?:法|条例)的?(?:实施细则|施行细则|实施办法)[^。；]{0,4}由|自本(?:法|条例)施行之日起"
                           r"|(?:实施细则|施行细则)[^。；]{0,4}由|负责解释")


# A provision the source keeps but marks as deleted: (2011年1月8日删除). No longer the law, never asked.
_DELETED = re.compile(r"[（(][^（）()]{0,20}删除[）)]\s*$")


def deleted(text: str) -> bool:
    """Whether a paragraph is a provision its source marks as deleted (…的指令性计划。 (2011年1月8日删除))."""
    return bool(_DELETED.search(text))


# A protected area's bounds, place by place: 北界洛河北堤；西界…潘寨村至…焦寨村. Which village a line passes is
# no rule a reader learns (the 62nd judged sample asked 李家庄 and 王七村).
_BOUND = re.compile(r"[东南西北](?:界|至|起|抵|邻)")


def bounds_described(text: str) -> bool:
    """Whether a paragraph traces an area's bounds (two or more of 东至, 北界, 西起…)."""
    return len(_BOUND.findall(text)) >= 2


def law_flags(excerpts: Sequence[Excerpt]) -> list[bool]:
    """For each excerpt, whether its document reads as a statute (:func:`is_law`)."""
    by_doc: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        by_doc.setdefault(e.doc, []).append(e)
    law = {doc: is_law(group) for doc, group in by_doc.items()}
    return [law[e.doc] for e in excerpts]


def document_title(excerpts: Sequence[Excerpt]) -> str:
    """The document's own title: the reader's ``meta["title"]``, else a top heading, else its
    name when that is not a file name, else a first line that reads as a title; "" if none.

    Never a file stem such as ``000_295c8d778fdbb247`` or ``gonghuifa``.
    """
    if not excerpts:
        return ""
    first = excerpts[0]
    title = str(first.meta.get("title") or "").strip() if first.meta else ""
    if title:
        return title
    top = first.section.strip()
    if top and not _NUMBERED_HEADING.match(top) and len(top) <= 60:
        return top  # the Markdown title of a law: # 中华人民共和国工会法
    name = first.doc.strip()
    if name and not _STEM.match(name) and re.search(r"[\u4e00-\u9fff]{2}", name):
        return _ANNOTATION.sub("", name)
    for e in excerpts[:5]:
        line = e.text.strip()
        if 4 <= len(line) <= 60 and not _SENTENCE_MARK.search(line) and _TITLE_END.search(line):
            return line
    return ""


def short_name(excerpts: Sequence[Excerpt], title: str) -> str:
    """How a prompt names the source: 党的二十大报告, 2024年政府工作报告, 《中华人民共和国工会法》.

    "" when the document has no name a reader would know it by.
    """
    doc = excerpts[0].doc if excerpts else ""
    m = _CONGRESS_NOTE.search(doc)
    if m:
        return f"党的{m.group(1)}报告"
    for e in excerpts[:4]:
        m = _CONGRESS.search(e.text)
        if m:
            return f"党的{m.group(1)}大报告"
    m = _GOV_REPORT.search(title)
    if m:
        return f"{m.group(1)}年政府工作报告"
    # A title too long to repeat in every prompt is named by the document's name when that is a
    # readable short form (学习宣传贯彻《论述摘编》的通知 for 关于组织学习宣传贯彻《…》的通知).
    name = _ANNOTATION.sub("", doc.strip())
    for short in (title, name if not _STEM.match(name) and re.search(r"[\u4e00-\u9fff]{2}", name) else ""):
        if short and len(short) > 30:
            short = _cited_short(short)  # 山东省实施《全国人民代表大会和地方各级人民代表大会代表法》办法 → 山东省实施《代表法》办法
        if short and len(short) <= 30:
            return "《" + short.replace("《", "〈").replace("》", "〉") + "》"
    return ""


def _cited_short(title: str) -> str:
    """A long title with the law it cites by that law's usual short name (《…代表法》, without 中华人民共和国)."""

    def shorter(m: re.Match) -> str:
        law = m.group(1).removeprefix("中华人民共和国")
        for full, short in LAW_SHORT_NAMES:
            if law.endswith(full):
                law = law[: len(law) - len(full)] + short
                break
        return f"《{law}》"

    return re.sub(r"《([^《》]+)》", shorter, title)


def articles(excerpts: Sequence[Excerpt]) -> list[str]:
    """The law article (第八条) each excerpt belongs to, "" outside articles or in other documents."""
    out: list[str] = []
    current: dict[str, str] = {}
    section: dict[str, str] = {}
    for e in excerpts:
        if section.get(e.doc) != e.section and not ARTICLE.match(e.text):
            current[e.doc] = ""  # a new chapter with no article yet
        section[e.doc] = e.section
        m = ARTICLE.match(e.text)
        if m:
            current[e.doc] = m.group(1)
        out.append(current.get(e.doc, ""))
    return out
