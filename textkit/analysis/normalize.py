"""Text normalization: small ``str -> str`` functions that compose.

Two forms of a text exist. The *display* form is what the user sees: the source text with
broken lines repaired and invisible junk removed (:func:`clean`). The *analysis* form
(:func:`analysis_form`) additionally folds full-width ASCII to half-width and traditional
characters to simplified. The analysis form always has exactly the length of the display form,
so an offset found while analysing is an offset into the text shown to the user.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .book import ARTICLE_LINE

if TYPE_CHECKING:
    import numpy as np

_FULLWIDTH_OFFSET = 0xFEE0
_WIDE = re.compile("[\uff01-\uff5e\u3000]")  # what fold_width changes
T2S_CHARS_FILE = Path(str(resources.files("textkit.analysis").joinpath("data/t2s_chars.txt")))
# OpenCC's t2s configuration and the dictionaries it reads (see tools/opencc_chars.py).
T2S_DICTIONARIES = ("t2s.json", "CJK_Compatibility_Ideographs.ocd2", "TSPhrases.ocd2", "TSCharactersExt.ocd2",
                    "TSCharacters.ocd2")


def fold_width(text: str) -> str:
    """Full-width ASCII (``ＧＤＰ２０２４``) to half-width, the ideographic space to a space."""
    if _WIDE.search(text) is None:  # the usual case: nothing to fold, no copy
        return text
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


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def in_script_of(text: str, model: str) -> str:
    """``text`` in the script of ``model``: traditional if ``model`` is written in traditional
    characters (an option among the prompts of a 1954 report reads 兩倍, not 两倍), else as it is."""
    if not text or text.isascii() or to_simplified(model) == model:
        return text
    return _s2t().convert(text)


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (OpenCC ``t2s``), keeping the length unchanged.

    OpenCC converts by phrase; where a phrase would change the length of the text, the text is
    converted character by character instead, so offsets stay valid.
    """
    if not text or text.isascii():
        return text
    may_convert = _may_convert()
    if may_convert is not None and may_convert.search(text) is None:
        return text  # no character OpenCC could change: the conversion is the identity
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _t2s().convert
    out = []
    for ch in text:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def opencc_share() -> Path | None:
    """The folder of the installed OpenCC's configurations and dictionaries (without importing it)."""
    spec = importlib.util.find_spec("opencc")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        share = Path(folder) / "clib" / "share" / "opencc"
        if share.is_dir():
            return share
    return None


def opencc_dictionary_hash() -> str | None:
    """A hash of the installed OpenCC's ``t2s`` configuration and dictionaries (None: not found)."""
    share = opencc_share()
    if share is None:
        return None
    h = hashlib.sha256()
    for name in T2S_DICTIONARIES:
        try:
            h.update(name.encode() + b"\0" + (share / name).read_bytes())
        except OSError:
            return None
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def _convertible() -> frozenset[str] | None:
    """Every character ``t2s`` can change (``data/t2s_chars.txt``, from OpenCC's own dictionaries), or
    None where the installed dictionaries are not those the list was made from: then every text
    that is not ASCII goes through OpenCC."""
    try:
        digest, chars = T2S_CHARS_FILE.read_text(encoding="utf-8").split("\n")[:2]
    except (OSError, ValueError):
        return None
    if not chars or digest != opencc_dictionary_hash():
        return None
    return frozenset(chars)


@functools.lru_cache(maxsize=1)
def _may_convert() -> re.Pattern | None:
    """A regex finding a character of :func:`_convertible`, or any beyond the BMP (a character class
    of the BMP is a bitmap in Python's regex engine, one of thousands of rare characters beyond
    it a slow list: text holding such a character simply goes through OpenCC)."""
    chars = _convertible()
    if chars is None:
        return None
    bmp = "".join(re.escape(c) for c in sorted(chars) if ord(c) < 0x10000)
    return re.compile(f"[{bmp}\U00010000-\U0010ffff]")


def analysis_form(text: str) -> str:
    """The form every text is analysed in: width folded, simplified; same length as ``text``."""
    if text.isascii():
        return text  # nothing full-width, nothing to convert
    may_change = _may_change()
    if may_change is not None and may_change.search(text) is None:
        return text  # the usual case, found in one scan: neither fold nor conversion changes it
    return to_simplified(fold_width(text))


@functools.lru_cache(maxsize=1)
def _may_change() -> re.Pattern | None:
    """:func:`_may_convert` and what :func:`fold_width` changes, in one character class."""
    may_convert = _may_convert()
    if may_convert is None:
        return None
    return re.compile("[" + _WIDE.pattern[1:-1] + may_convert.pattern[1:])


def analysis_forms(texts: Sequence[str], lower_ascii: bool = False) -> list[str]:
    """:func:`analysis_form` of each text (ASCII letters lower-cased too if ``lower_ascii``).

    The same result as one call per text, several times faster on a corpus: the texts are
    processed joined by line breaks, the width and case folds as one numpy pass each and the
    conversion as one OpenCC call. OpenCC matches phrases within a line, so a text converts as
    it would alone; a text holding a line break, or one whose conversion changes its length,
    is converted on its own.
    """
    texts = list(texts)
    lone = [i for i, t in enumerate(texts) if "\n" in t]
    if lone:
        forms = _joined_forms([t for t in texts if "\n" not in t], lower_ascii)
        for i in lone:
            forms.insert(i, _one_form(texts[i], lower_ascii))
        return forms
    return _joined_forms(texts, lower_ascii)


_SHORT = 4096  # characters: below this, texts are analysed one by one
_UPPER = re.compile("[A-Z]")


def _one_form(text: str, lower_ascii: bool) -> str:
    form = analysis_form(text)
    return form.translate(_lower_table()) if lower_ascii and _UPPER.search(form) else form


@functools.lru_cache(maxsize=1)
def _lower_table() -> dict[int, int]:
    return {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _joined_forms(texts: list[str], lower_ascii: bool) -> list[str]:
    """Analysis forms of texts without line breaks, processed as one text."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.isascii():
        folded = joined.lower() if lower_ascii else joined  # ASCII str.lower changes A-Z only
        return folded.split("\n")
    if len(joined) < _SHORT:
        # A few queries: three string passes cost less than numpy's set-up (and OpenCC, when nothing
        # needs converting).
        return [_one_form(t, lower_ascii) for t in texts]
    cp = _codepoints(joined)
    cp[(cp >= 0xFF01) & (cp <= 0xFF5E)] -= _FULLWIDTH_OFFSET
    cp[cp == 0x3000] = 0x20
    converted = _t2s().convert(_text(cp))
    if lower_ascii:
        cp = _codepoints(converted)
        cp[(cp >= 0x41) & (cp <= 0x5A)] += 32
        converted = _text(cp)
    forms = converted.split("\n")
    if len(forms) != len(texts):  # OpenCC never adds or drops a line break; but never trust a split blindly
        return [_one_form(t, lower_ascii) for t in texts]
    for i, (form, text) in enumerate(zip(forms, texts)):
        if len(form) != len(text):
            forms[i] = _one_form(text, lower_ascii)
    return forms


def _codepoints(text: str) -> np.ndarray:
    import numpy as np  # here, not at module top: loading a corpus needs no numpy

    # A writable copy; "surrogatepass" keeps a lone surrogate as itself, as str.translate would.
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32).copy()


def _text(cp: np.ndarray) -> str:
    return cp.tobytes().decode("utf-32-le", "surrogatepass")


# Characters nobody sees but that break search: C0/C1 controls, zero-width and bidi marks, BOM.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
# Starts with a literal space so that the regex engine skips quickly to the spaces.
_CJK_GAP = re.compile(f" (?<=[{_CJK}] )(?=[{_CJK}])")
# A figure set out digit by digit (比1 9 8 0 年, 增长8 ．8 ％), or spaced from the Chinese around it, and a
# quotation mark spaced from it (要以 “四个有利于”): layout too.
_FIGURE_GAP = re.compile(f" (?<=(?<!\\d)\\d )(?=\\d(?!\\d))| (?<=\\d )(?=[{_CJK}])| (?<=[{_CJK}] )(?=\\d)"
                         f"| (?<=[{_CJK}] )(?=[“‘])| (?<=[”’] )(?=[{_CJK}])")


def clean(text: str) -> str:
    """The display form of a loaded document: line breaks repaired, invisible junk dropped.

    Zero-width and control characters go; tabs, NBSP, U+3000 and other odd spaces become one
    space, and a space between two Chinese characters (layout, not meaning) goes entirely.
    """
    lines = []
    # splitlines() knows every line break: \r\n, \r, \v, \f, U+2028, U+2029, U+0085, ...
    for line in text.splitlines():
        if not line.isprintable():  # a fast test that passes for almost every line
            bare = _INVISIBLE.sub("", line)
            if not bare and line:
                # A line of invisible characters only is an artefact of web copy
                # (``人\n\u200b\n民``): drop the line itself, so it does not read as a paragraph break.
                continue
            line = " ".join(bare.split())  # str.split() knows every odd space and is fast
        elif "  " in line:
            line = " ".join(line.split())
        if " " in line:
            line = _FIGURE_GAP.sub("", _CJK_GAP.sub("", line))
        lines.append(line.strip())
    return _repair(lines)


# A paragraph may end on these (after any closing quotes or brackets).
_ENDS = frozenset("。！？!?：:；;…．.")
_CLOSERS = "”’」』）)】〕》"
# A line starting with these continues the sentence before it (link text broken off in web copy).
_CONTINUES = frozenset("，。、；：！？）》」』”’…%,;:!?)]】〕")
# A line ending on these cannot end a paragraph.
_DANGLING = frozenset("，、,（《“「『(【〔的")
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"), ("「", "」"), ("【", "】"))
_FULL_LINE = 0.8  # a PDF line this close to the usual line width was wrapped by the layout
_MIN_COLUMN = 40  # narrower than 20 Chinese characters: not a page column, a list


def repair_breaks(text: str) -> str:
    """Join lines broken inside a sentence (pasted PDF or web text); keep real paragraph breaks.

    A break is kept after a sentence end, around a heading, and across a blank line unless the
    sentence is visibly unfinished (an unclosed 《 or （, a trailing ，、的, or a next line that
    starts with ，。》）). A single line break is joined in text whose paragraphs are separated by
    blank lines (web copy), and after a line that ran to the margin (PDF).
    """
    return _repair([line.strip() for line in text.split("\n")])


def _repair(lines: list[str]) -> str:
    items: list[tuple[str, bool]] = []
    blank = False
    for line in lines:
        if not line:
            blank = bool(items)
            continue
        items.append((line, blank))
        blank = False
    if len(items) < 2:
        return "\n".join(line for line, _ in items)
    blank_breaks = sum(b for _, b in items)
    soft = blank_breaks > (len(items) - 1 - blank_breaks)
    width = 0.0 if soft else _column_width([line for line, _ in items])
    paragraphs: list[str] = []
    # The paragraph being built, as parts, with its count of unclosed brackets: a huge paragraph
    # (a PDF without punctuation) costs linear time, not quadratic.
    parts, balance = [items[0][0]], _balance(items[0][0])
    for line, blank in items[1:]:
        if _continues(parts, balance, line, blank, soft, width):
            if _latin_words(parts[-1], line):
                parts.append(" ")  # Latin words broken at a line end keep a space; Chinese never had one
            parts.append(line)
            balance = [n + m for n, m in zip(balance, _balance(line))]
        else:
            paragraphs.append("".join(parts))
            parts, balance = [line], _balance(line)
    paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _continues(parts: list[str], balance: list[int], line: str, blank: bool, soft: bool, width: float) -> bool:
    """Whether ``line`` continues the paragraph made of ``parts`` (its lines so far)."""
    from .excerpts import is_heading

    previous = parts[-1]
    if _ends_paragraph(previous):
        return False
    if line[0] in _CONTINUES or previous[-1] in _DANGLING or any(n > 0 for n in balance):
        return True
    if blank and ARTICLE_LINE.match(parts[0]) and not ARTICLE_LINE.match(line) and not is_heading(line) \
            and previous[-1:] not in "】]）)":
        return True  # 第十三条 …有权使用 / (blank) / 居民身份证证明身份…: an article never ends mid-sentence
    if blank or is_heading(line):
        return False
    wrapped = not soft and _width(previous) >= _FULL_LINE * width
    if len(parts) == 1 and is_heading(previous):
        # A heading that ran to the margin goes on with a short tail that keeps it a heading.
        return wrapped and _width(line) < _FULL_LINE * width and is_heading(previous + line)
    return soft or wrapped


def _ends_paragraph(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _ENDS


def _balance(line: str) -> list[int]:
    return [line.count(a) - line.count(b) for a, b in _PAIRS]


def _latin_words(left: str, right: str) -> bool:
    return left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha()


def _width(line: str) -> float:
    """Printed width of a line: Chinese characters count two, Latin letters and digits one."""
    # UTF-8 spends three bytes on a Chinese character and one on ASCII: a C-speed count.
    return (len(line) + len(line.encode("utf-8", "surrogatepass"))) / 2


def _column_width(lines: list[str]) -> float:
    """The width of a page's text column if the lines look wrapped by a layout, else infinity.

    Wrapped lines mostly run to the same margin; lines that are each a paragraph vary widely
    in width, and short list items are never wrapped at all.
    """
    widths = sorted(_width(line) for line in lines)
    usual = widths[int(0.8 * (len(widths) - 1))]
    full = sum(1 for w in widths if w >= _FULL_LINE * usual)
    if usual < _MIN_COLUMN or full < 0.5 * len(widths):
        return float("inf")
    return float(usual)
