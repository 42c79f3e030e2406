"""Text normalization: small ``str -> str`` functions that compose.

Two forms of a text exist. The *display* form is what the user sees: the source text with
broken lines repaired and invisible junk removed (:func:`clean`). The *analysis* form
(:func:`analysis_form`) additionally folds full-width ASCII to half-width and traditional
characters to simplified. The analysis form always has exactly the length of the display form,
so an offset found while analysing is an offset into the text shown to the user.
"""

from __future__ import annotations

import functools

_FULLWIDTH_OFFSET = 0xFEE0


def fold_width(text: str) -> str:
    """Full-width ASCII (``ＧＤＰ２０２４``) to half-width, the ideographic space to a space."""
    return text.translate(_width_table())


@functools.lru_cache(maxsize=1)
def _width_table() -> dict[int, int]:
    table = {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    return table


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (OpenCC ``t2s``), keeping the length unchanged.

    OpenCC converts by phrase; where a phrase would change the length of the text, the text is
    converted character by character instead, so offsets stay valid.
    """
    if not text or text.isascii():
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _t2s().convert
    out = []
    for ch in text:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def analysis_form(text: str) -> str:
    """The form every text is analysed in: width folded, simplified; same length as ``text``."""
    return to_simplified(fold_width(text))


def clean(text: str) -> str:
    """The display form of a loaded document: line breaks repaired, invisible junk dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch == "\n" or ch == "\t" or ch.isprintable() or ch == "\u3000")
    text = text.replace("\t", " ").replace("\u00a0", " ")
    return repair_breaks(text)


def repair_breaks(text: str) -> str:
    """Join lines broken inside a sentence (pasted PDF or web text); keep real paragraph breaks."""
    lines = [line.strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            continue
        if current and not current.endswith(_PARAGRAPH_ENDS) and _open_bracket(current):
            current += line
            continue
        if current:
            paragraphs.append(current)
        current = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


_PARAGRAPH_ENDS = ("。", "！", "？", "：", "；", "”", "…", ".", "!", "?", ":")


def _open_bracket(text: str) -> bool:
    return text.count("《") > text.count("》") or text.count("（") > text.count("）")
