"""PDF paper: an A4 exam paper (and its key) with a Chinese font embedded, written with fpdf2.

Why fpdf2 and a system Noto CJK font: the Noto CJK fonts Debian installs (``fonts-noto-cjk``) have
PostScript (CFF) outlines, which reportlab cannot embed, and reportlab's built-in STSong-Light is
not embedded at all, so how the paper looks depends on the reader's viewer. fpdf2 (py-pdf) embeds a
subset of the OpenType font itself, so every character of the corpus prints the same everywhere
and the file stays small (~100–200 KB). The font is found on the system at run time (never shipped
in the wheel); ``TEXTKIT_PDF_FONT`` names another one (``path`` or ``path:index`` for a .ttc).

Lines are broken by character width with the Chinese line-breaking rules a typesetter keeps: no
line starts with ，。、；：？！）》” and the like, none ends with （《“.
"""

from __future__ import annotations

import io
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ExportError
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

log = logging.getLogger("textkit")
FONT_ENV = "TEXTKIT_PDF_FONT"
INSTALL_HINT = ("the pdf format needs a Chinese font: install one (Debian/Ubuntu: apt-get install fonts-noto-cjk; "
                f"Fedora: dnf install google-noto-serif-cjk-fonts) or set {FONT_ENV} to a .otf/.ttf/.ttc file "
                "that has Chinese characters")
# Font files by preference, body (宋体-like serif) first and headings (黑体-like sans) second.
SERIF_FILES = ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular.otf", "NotoSerifSC-Regular.otf",
               "SourceHanSerifSC-Regular.otf", "SourceHanSerif-Regular.ttc", "Songti.ttc", "simsun.ttc")
SANS_FILES = ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansCJK-Regular.ttc",
              "NotoSansCJKsc-Regular.otf", "SourceHanSansSC-Bold.otf", "SourceHanSans-Regular.ttc",
              "wqy-zenhei.ttc", "wqy-microhei.ttc", "simhei.ttf", "msyh.ttc", "PingFang.ttc")
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts", "C:/Windows/Fonts")

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 20.0  # A4, mm
TEXT_W = PAGE_W - 2 * MARGIN
BODY_PT, HEAD_PT, TITLE_PT, NOTE_PT = 12, 14, 18, 10.5
LEADING = 1.75  # line height as a multiple of the font size
INDENT = 7.0  # mm: options and key notes sit under the question text
_PT = 25.4 / 72  # mm per point

_NO_START = set("，。、；：？！）》」』】〕〉”’…—·％%,.;:?!)]}・～") | {"\u3000"}
_NO_END = set("（《「『【〔〈“‘([{")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Font:
    """A font file on this system (``index`` picks a face of a .ttc collection)."""

    path: Path
    index: int = 0


def find_fonts() -> tuple[Font, Font]:
    """The body and heading fonts for a PDF paper, found on this system; ExportError if there is none."""
    chosen = os.environ.get(FONT_ENV, "").strip()
    if chosen:
        path, _, index = chosen.rpartition(":") if re.search(r":\d+$", chosen) else (chosen, "", "")
        font = Font(Path(path).expanduser(), int(index or 0))
        if not font.path.is_file():
            raise ExportError(f"{FONT_ENV}={chosen}: no such font file; {INSTALL_HINT}")
        if not _has_chinese(font):
            raise ExportError(f"{FONT_ENV}={chosen} has no Chinese characters; {INSTALL_HINT}")
        return font, font
    files = _font_files()
    serif = next((f for name in SERIF_FILES if (f := _usable(files.get(name.lower()))) is not None), None)
    sans = next((f for name in SANS_FILES if (f := _usable(files.get(name.lower()))) is not None), None)
    if serif is None and sans is None:
        raise ExportError(INSTALL_HINT)
    return serif or sans, sans or serif  # type: ignore[return-value]


def _font_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    wanted = {name.lower() for name in (*SERIF_FILES, *SANS_FILES)}
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            name = path.name.lower()
            if name in wanted and name not in found and path.is_file():
                found[name] = path
    return found


def _usable(path: Path | None) -> Font | None:
    """The simplified-Chinese face of a font file (a .ttc holds SC, TC, JP, KR…), if it has Chinese."""
    if path is None:
        return None
    index = 0
    if path.suffix.lower() == ".ttc":
        from fontTools.ttLib import TTCollection

        try:
            with TTCollection(str(path), lazy=True) as collection:
                names = [str(face["name"].getDebugName(1) or "") for face in collection.fonts]
        except Exception:  # an unreadable font file is skipped like a missing one
            return None
        index = next((i for i, n in enumerate(names) if n.endswith(" SC") or "SC " in n), 0)
    font = Font(path, index)
    return font if _has_chinese(font) else None


def _has_chinese(font: Font) -> bool:
    from fontTools.ttLib import TTFont

    try:
        with TTFont(str(font.path), fontNumber=font.index, lazy=True) as face:
            cmap = face.getBestCmap() or {}
    except Exception:
        return False
    return all(ord(ch) in cmap for ch in "中国工会学习")


def render(quiz: Quiz, part: str = "all") -> bytes:
    """The quiz as PDF bytes; ``part`` is all (key on its own page), sheet or key."""
    try:
        from fpdf import FPDF
    except ImportError:
        raise ExportError("the pdf format needs fpdf2 (installed with textkit): pip install fpdf2") from None
    body_font, head_font = find_fonts()
    # fpdf2 logs without a handler of its own, which Python would print raw on stderr; textkit says it
    # (once, in words) above instead, and an application that configures logging still gets fpdf2's.
    fpdf_log = logging.getLogger("fpdf")
    if not any(isinstance(h, logging.NullHandler) for h in fpdf_log.handlers):
        fpdf_log.addHandler(logging.NullHandler())
    paper = _Paper(FPDF, body_font, head_font)
    title = _clean(quiz.title or "测验")
    paper.pdf.set_title(title)
    paper.pdf.set_author("textkit")
    paper.pdf.set_creator("textkit")
    paper.pdf.set_lang("zh-CN")
    if part in ("all", "sheet"):
        paper.page()
        paper.title(title)
        paper.candidate_line(total_points(quiz))
        if quiz.instructions:
            paper.text(_clean(quiz.instructions), size=NOTE_PT, grey=True, after=2)
        for section in parts(quiz):
            paper.heading(section.heading, keep=12 if not section.rule else 18)
            if section.rule:
                paper.text(section.rule, size=NOTE_PT, grey=True, after=1.5)
            for number, item in section.items:
                paper.question(number, item)
    if part in ("all", "key"):
        paper.page()
        if part == "key":
            paper.title(title)
        paper.title("参考答案", size=HEAD_PT + 2)
        for section in parts(quiz):
            paper.heading(section.heading.split("（")[0], keep=14)
            for number, item in section.items:
                paper.key(number, item)
    missing = sorted({chr(code) for font in paper.pdf.fonts.values() for code in getattr(font, "missing_glyphs", [])})
    if missing:
        log.warning("the pdf font %s has no glyph for %s (left blank on the paper); "
                    "set %s to a font with these characters", body_font.path.name, "".join(missing[:20]), FONT_ENV)
    out = io.BytesIO()
    paper.pdf.output(out)
    return out.getvalue()


def _clean(text: str) -> str:
    return _SURROGATE.sub("\ufffd", one_line(text))


class _Paper:
    """An A4 paper being written: fonts registered, a page footer, text wrapped the Chinese way."""

    def __init__(self, FPDF: Any, body: Font, head: Font) -> None:
        class _PDF(FPDF):  # type: ignore[misc, valid-type]
            def footer(self) -> None:
                self.set_y(-14)
                self.set_font("body", size=NOTE_PT - 1)
                self.set_text_color(90)
                self.cell(0, 6, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")

        self.pdf = _PDF(orientation="portrait", unit="mm", format="A4")
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        self.pdf.set_auto_page_break(True, margin=MARGIN)
        self.pdf.add_font("body", fname=str(body.path), collection_font_number=body.index)
        self.pdf.add_font("head", fname=str(head.path), collection_font_number=head.index)

    def page(self) -> None:
        self.pdf.add_page()

    def _room(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one (an item is never split)."""
        if self.pdf.get_y() + height > PAGE_H - MARGIN:
            self.pdf.add_page()

    def _font(self, family: str, size: float, grey: bool = False) -> float:
        self.pdf.set_font(family, size=size)
        self.pdf.set_text_color(85 if grey else 20)
        return size * LEADING * _PT

    def title(self, text: str, size: float = TITLE_PT) -> None:
        height = self._font("head", size)
        for line in self.wrap(text, TEXT_W):
            self.pdf.cell(TEXT_W, height, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def candidate_line(self, full: int) -> None:
        height = self._font("body", BODY_PT)
        pdf = self.pdf
        labels = ("姓名：", "部门：", "得分：")
        fill = 26.0
        tail = f"（满分 {full} 分）"
        width = sum(pdf.get_string_width(lb) for lb in labels) + 3 * fill + 2 * 8 + pdf.get_string_width(tail)
        pdf.set_x(MARGIN + max(0.0, (TEXT_W - width) / 2))
        for n, label in enumerate(labels):
            if n:
                pdf.cell(8, height, "")
            pdf.cell(pdf.get_string_width(label), height, label)
            x, y = pdf.get_x(), pdf.get_y()
            pdf.line(x, y + height * 0.78, x + fill, y + height * 0.78)
            pdf.cell(fill, height, "")
        pdf.cell(pdf.get_string_width(tail), height, tail, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def heading(self, text: str, keep: float) -> None:
        height = self._font("head", HEAD_PT)
        self._room(height + keep)
        self.pdf.ln(2)
        self.pdf.cell(TEXT_W, height, text, new_x="LMARGIN", new_y="NEXT")

    def text(self, text: str, size: float = BODY_PT, grey: bool = False, indent: float = 0.0,
             after: float = 0.0) -> None:
        height = self._font("body", size, grey)
        lines = self.wrap(text, TEXT_W - indent)
        self._room(height * min(len(lines), 2))
        for line in lines:
            self.pdf.set_x(MARGIN + indent)
            self.pdf.cell(TEXT_W - indent, height, line, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(after)

    def question(self, number: int, item: QuizItem) -> None:
        height = self._font("body", BODY_PT)
        label = f"{number}．"
        prompt = "".join("＿" * blank_width(item, p) if isinstance(p, int) else p for p in question_pieces(item))
        lines = self.wrap(label + _clean(prompt), TEXT_W)
        rows: list[list[str]] = []
        if item.kind in CHOICE_KINDS and item.choices:
            rows = self._option_rows(item)
        self._room(height * (len(lines) + len(rows)) + 2)
        for n, line in enumerate(lines):
            hang = self.pdf.get_string_width(label) if n else 0.0  # later lines align with the text
            self.pdf.set_x(MARGIN + hang)
            self.pdf.cell(TEXT_W - hang, height, line, new_x="LMARGIN", new_y="NEXT")
        for row in rows:
            self._options(row, height)
        self.pdf.ln(2)

    def _option_rows(self, item: QuizItem) -> list[list[str]]:
        box = "□" if item.kind == "multi" else ""
        options = [f"{box}{LETTERS[i]}．{_clean(c)}" for i, c in enumerate(item.choices)]
        widest = max(self.pdf.get_string_width(o) for o in options) + 4
        room = TEXT_W - INDENT
        per_line = 4 if widest <= room / 4 else 2 if widest <= room / 2 else 1
        return [options[i:i + per_line] for i in range(0, len(options), per_line)]

    def _options(self, row: list[str], height: float) -> None:
        room = TEXT_W - INDENT
        if len(row) == 1:
            for n, line in enumerate(self.wrap(row[0], room)):
                self.pdf.set_x(MARGIN + INDENT + (self.pdf.get_string_width("A．") if n else 0))
                self.pdf.cell(room, height, line, new_x="LMARGIN", new_y="NEXT")
            return
        width = room / (4 if len(row) > 2 else 2)
        self.pdf.set_x(MARGIN + INDENT)
        for option in row:
            self.pdf.cell(width, height, option)
        self.pdf.ln(height)

    def key(self, number: int, item: QuizItem) -> None:
        height = self._font("head", BODY_PT)
        notes = [_clean(n) for n in key_notes(item)]
        lines = self.wrap(f"{number}．{_clean(answer_text(item))}", TEXT_W)
        self._room(height * (len(lines) + 1))
        for line in lines:
            self.pdf.cell(TEXT_W, height, line, new_x="LMARGIN", new_y="NEXT")
        for note in notes:
            self.text(note, size=NOTE_PT, grey=True, indent=INDENT)
        self.pdf.ln(1.5)

    def wrap(self, text: str, width: float) -> list[str]:
        """``text`` in lines no wider than ``width`` mm in the current font, broken the Chinese way."""
        lines: list[str] = []
        line, used = "", 0.0
        for ch in text:
            w = self.pdf.get_string_width(ch)
            if used + w > width and line:
                cut = len(line)
                if ch in _NO_START:  # take the last character down with the punctuation that follows it
                    cut -= 1
                    while cut > 0 and line[cut] in _NO_START:
                        cut -= 1
                while cut > 0 and line[cut - 1] in _NO_END:
                    cut -= 1
                # A run of Latin letters or digits moves down whole rather than being cut.
                m = re.search(r"[A-Za-z0-9.%]+$", line[:cut])
                if m and ch.isascii() and ch.isalnum() and cut == len(line):
                    cut = m.start()
                if cut <= 0:
                    cut = len(line)  # a line of nothing but punctuation: the rules cannot be kept
                lines.append(line[:cut])
                line = line[cut:]
                used = self.pdf.get_string_width(line)
            line += ch
            used += w
        if line or not lines:
            lines.append(line)
        return lines
