"""Word sheet: an exam paper as Chinese offices make them, written with python-docx.

Title, a 姓名/部门/得分 line, 一、填空题（每空 X 分，共 Y 分） sections, blanks as underlined
ideographic spaces (one per answer character), and the answer key on its own page. Every style
and run names its East Asian font (``w:eastAsia``): naming only the Latin font leaves Chinese
text in the theme font, which Word shows as whatever the reader's default is.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ..quiz.model import Quiz, QuizItem
from .sheet import (
    CHOICE_KINDS,
    LETTERS,
    answer_text,
    blank_width,
    key_notes,
    one_line,
    parts,
    question_pieces,
    total_points,
)

BODY_FONT = "宋体"  # SimSun: the body face of Chinese office documents
HEAD_FONT = "黑体"  # SimHei: titles and headings
LATIN_FONT = "Times New Roman"
BODY_PT = 12  # 小四
HEAD_PT = 14  # 四号
TITLE_PT = 18  # 小二
NOTE_PT = 10.5  # 五号
MARGIN_CM = 2.8
MULTI_BOX = "□"  # before each option of a multi item: tick every one that applies (U+25A1 is in GB2312 fonts)
TEXT_WIDTH_CM = 21.0 - 2 * MARGIN_CM
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(quiz: Quiz, part: str = "all") -> bytes:
    """The quiz as .docx bytes; ``part`` is all (key on its own page), sheet or key."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    doc = Document()
    _page_setup(doc, Cm)
    _fix_styles(doc)
    doc.core_properties.title = one_line(quiz.title)
    doc.core_properties.author = "textkit"
    doc.core_properties.comments = ""
    title = one_line(quiz.title or "测验")
    if part in ("all", "sheet"):
        _para(doc, title, font=HEAD_FONT, size=TITLE_PT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        line = _para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
        for n, label in enumerate(("姓名：", "部门：", "得分：")):
            _run(line, ("　　" if n else "") + label)
            _run(line, "\u3000" * 6, underline=True)
        note = f"本卷满分 {total_points(quiz)} 分。" + one_line(quiz.instructions)
        _para(doc, "说明：" + note, size=NOTE_PT, after=6)
        for section in parts(quiz):
            _para(doc, section.heading, font=HEAD_FONT, size=HEAD_PT, before=12, after=6, keep_next=True)
            if section.rule:
                _para(doc, section.rule, size=NOTE_PT, after=6, keep_next=True)
            for number, item in section.items:
                _question(doc, number, item, Cm)
    if part in ("all", "key"):
        if part == "key":
            _para(doc, title, font=HEAD_FONT, size=TITLE_PT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=3)
        p = _para(doc, "参考答案", font=HEAD_FONT, size=HEAD_PT + 2, bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
        p.paragraph_format.page_break_before = part == "all"
        for section in parts(quiz):
            _para(doc, section.heading.split("（")[0], font=HEAD_FONT, size=HEAD_PT, before=6, after=3,
                  keep_next=True)
            for number, item in section.items:
                _key(doc, number, item)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


BLANK = "\uff3f"  # ＿


def _question(doc: Any, number: int, item: QuizItem, Cm: Any) -> None:
    options = item.kind in CHOICE_KINDS and bool(item.choices)
    p = _para(doc, "", after=4, keep_next=options)
    _run(p, f"{number}．")
    for piece in question_pieces(item):
        if not isinstance(piece, int):
            _run(p, one_line(piece))
        else:
            # Full-width low lines keep the length cue, one cell per character of the answer, and stay
            # visible where the blank meets a line end (underlined spaces are dropped there when wrapping).
            _run(p, BLANK * (blank_width(item, piece) + 1))
    if not options:
        return  # cloze items, and judge items answered 对/错 in their （　　）
    box = MULTI_BOX if item.kind == "multi" else ""
    longest = max((len(c) for c in item.choices), default=0) + 3 + len(box)
    per_line = 4 if longest <= 9 else 2 if longest <= 18 else 1
    indent = 0.85
    width = (TEXT_WIDTH_CM - indent) / per_line
    for start in range(0, len(item.choices), per_line):
        row = item.choices[start:start + per_line]
        q = _para(doc, "", after=4, keep_next=start + per_line < len(item.choices))
        q.paragraph_format.left_indent = Cm(indent)
        for k in range(1, per_line):
            q.paragraph_format.tab_stops.add_tab_stop(Cm(indent + width * k))
        _run(q, "\t".join(f"{box}{LETTERS[start + i]}．{one_line(c)}" for i, c in enumerate(row)))


def _key(doc: Any, number: int, item: QuizItem) -> None:
    notes = key_notes(item)
    p = _para(doc, "", after=2, keep_next=bool(notes))
    _run(p, f"{number}．")
    _run(p, answer_text(item), bold=True)
    for n, note in enumerate(notes):
        _para(doc, note, size=NOTE_PT, after=6 if n == len(notes) - 1 else 2, indent=True,
              keep_next=n < len(notes) - 1)


def _page_setup(doc: Any, Cm: Any) -> None:
    """A4 with the margins of a printed exam paper, and a 第 X 页 footer."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(MARGIN_CM)
    footer = section.footer.paragraphs[0]
    footer.alignment = 1  # centre
    _run(footer, "第 ", size=NOTE_PT)
    _field(footer, "PAGE")
    _run(footer, " 页 共 ", size=NOTE_PT)
    _field(footer, "NUMPAGES")
    _run(footer, " 页", size=NOTE_PT)


def _field(paragraph: Any, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    _set_fonts(run, BODY_FONT, NOTE_PT)


def _fix_styles(doc: Any) -> None:
    """Name the Chinese fonts on the defaults and the styles used, dropping the theme fonts that would win."""
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if rpr is not None:
        _set_fonts(rpr, BODY_FONT, BODY_PT, is_rpr=True)
    for name, face, size in (("Normal", BODY_FONT, BODY_PT), ("Title", HEAD_FONT, TITLE_PT),
                             ("Heading 1", HEAD_FONT, HEAD_PT), ("Heading 2", HEAD_FONT, HEAD_PT)):
        style = doc.styles[name]
        _set_fonts(style.element.get_or_add_rPr(), face, size, is_rpr=True)
        style.font.color.rgb = None
    normal = doc.styles["Normal"].paragraph_format
    normal.line_spacing = 1.5
    normal.space_after = 0


def _set_fonts(element: Any, east_asia: str, size: float | None, is_rpr: bool = False) -> None:
    """Set Latin and East Asian fonts (and size, zh-CN language) on a run or an rPr element."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = element if is_rpr else element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), LATIN_FONT)
    fonts.set(qn("w:hint"), "eastAsia")
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(round(size * 2))))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _para(doc: Any, text: str, font: str = BODY_FONT, size: float = BODY_PT, bold: bool = False,
          align: Any = None, before: float = 0, after: float = 0, keep_next: bool = False,
          indent: bool = False) -> Any:
    from docx.shared import Cm, Pt

    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = keep_next
    if indent:
        fmt.left_indent = Cm(0.85)
    if align is not None:
        p.alignment = align
    if text:
        _run(p, text, font=font, size=size, bold=bold)
    return p


def _run(paragraph: Any, text: str, font: str = BODY_FONT, size: float = BODY_PT, bold: bool = False,
         underline: bool = False) -> Any:
    from docx.shared import Pt

    run = paragraph.add_run(_XML_ILLEGAL.sub(" ", text))
    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.bold = bold or None
    run.underline = underline or None
    _set_fonts(run._r, font, size)
    return run
