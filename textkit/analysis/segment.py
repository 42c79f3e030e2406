"""Word segmentation: one :class:`Segmenter` analyses documents, queries and quizzes alike."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import threading
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Sequence

from ..errors import SegmenterError
from .engines import (
    FastEngine,
    JiebaEngine,
    by_appearance,
    fast_engine,
    with_long_inner_words,
)
from .normalize import analysis_form, analysis_forms

if TYPE_CHECKING:
    import numpy as np

_SPACE = re.compile(r"\s")

ENGINES = ("jieba", "fast")
_MANY = 4096  # texts analysed together by Segmenter.cut_many
MODES = ("exact", "search")

Entry = tuple[str, int | None, str | None]


class Token(NamedTuple):
    """A token in analysis form and its ``[start, end)`` offsets in the input text."""

    token: str
    start: int
    end: int


def bundled_lexicon() -> str:
    """Text of the bundled lexicon of political and union formulas (jieba dictionary format)."""
    return resources.files("textkit.analysis").joinpath("data/lexicon.txt").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words and marks too common to rank by (for search and phrase ranking, never for display)."""
    text = resources.files("textkit.analysis").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


class Segmenter:
    """A callable ``str -> list[str]`` owning its own jieba tokenizer and lexicon.

    Text is analysed in :func:`textkit.normalize.analysis_form` (half-width, simplified), so
    ``Segmenter()("堅決做到兩個維護")`` gives ``["坚决", "做到", "两个维护"]``. After the first
    call it is safe to use from several threads. ``engine="fast"`` (rjieba) gives the same tokens
    and offsets as ``engine="jieba"``, several times faster (``eval/segmentation.py`` measures it).
    """

    def __init__(
        self,
        engine: str = "jieba",
        mode: str = "exact",
        dictionaries: Sequence[str | Path] = (),
        lexicon: bool = True,
        hmm: bool = True,
    ) -> None:
        if engine not in ENGINES:
            raise SegmenterError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        if mode not in MODES:
            raise SegmenterError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        if isinstance(dictionaries, (str, Path)):
            dictionaries = (dictionaries,)
        self.engine = engine
        self.mode = mode
        self.hmm = hmm
        self.lexicon = lexicon
        self.dictionaries = tuple(str(d) for d in dictionaries)
        self._words = _read_entries(self.lexicon, self.dictionaries)
        self._hash = _hash(self._words)
        self._impl: JiebaEngine | FastEngine | None = None
        self._lock = threading.Lock()

    # The jieba dictionary takes about a second to load: do it on first use, once.
    def _engine(self) -> JiebaEngine | FastEngine:
        if self._impl is None:
            with self._lock:
                if self._impl is None:
                    if self.engine == "jieba":
                        self._impl = JiebaEngine(self._words)
                    else:
                        self._impl = fast_engine(tuple(self._words))
        return self._impl

    def __call__(self, text: str) -> list[str]:
        return self._form_words(self._impl or self._engine(), analysis_form(text))

    def tokenize(self, text: str) -> list[Token]:
        """Tokens with offsets into ``text`` (whitespace dropped)."""
        return [Token(w, a, b) for w, a, b in self._pieces(self._engine(), text)]

    def pieces_analysed(self, form: str) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` of each token of a text already in analysis form: :meth:`tokenize`
        without the width fold and conversion a second time, and without building :class:`Token`
        objects (key phrases walk a whole corpus' tokens once)."""
        return self._form_pieces(self._engine(), form)

    def cut_analysed(self, form: str) -> list[str]:
        """The tokens of a text already in analysis form (see :func:`textkit.normalize.analysis_form`).

        The index normalizes each text once for its n-gram path and segments that same form here,
        instead of paying for the width fold and OpenCC a second time.
        """
        return self._form_words(self._engine(), form)

    def _form_words(self, impl: JiebaEngine | FastEngine, form: str) -> list[str]:
        """The words of :meth:`_form_pieces`; the fast engine in exact mode skips the offsets."""
        if self.mode != "exact" or not isinstance(impl, FastEngine):
            return [p[0] for p in self._form_pieces(impl, form)]
        words = impl.cut(form, self.hmm)
        if _SPACE.search(form):
            words = [w for w in words if not w.isspace()]
        return words

    def cut_coded(self, forms: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The tokens of many texts in analysis form, coded for an index: ``(words, codes, counts)``.

        ``words`` holds each distinct token once, in order of first appearance; ``codes`` is the
        tokens of every text, one text after another, as positions in ``words``; ``counts`` is
        how many tokens each text has. The tokens are exactly those of :meth:`cut_analysed`; the
        fast engine in exact mode segments many texts in one call, and undoes its departures
        from jieba once per distinct word instead of once per token.
        """
        import numpy as np

        forms = list(forms)
        impl = self._engine()
        fast = isinstance(impl, FastEngine) and self.mode == "exact"
        # A "\n" token ends each text: text boundaries survive the coding as one code.
        tokens = impl.cut_lines(forms, self.hmm) if fast else self._lines(impl, forms)
        table: dict[str, int] = {}
        # One pass at C speed: each token's code is first the position where it first appears.
        first = np.fromiter(map(table.setdefault, tokens, itertools.count()), np.int64, len(tokens))
        words = list(table)  # in order of first appearance
        codes = (np.cumsum(first == np.arange(len(first))) - 1)[first]
        ends = first == table.get("\n", -1)
        text = np.cumsum(ends)  # the text of each other token: the number of ends before it
        split = impl.split_marks(words, codes, text) if fast and self.hmm else None
        if split is not None:
            words, codes, text = split
        blank = np.fromiter(map(str.isspace, words), bool, len(words))  # the ends, and spaces between words
        keep = ~blank[codes]
        codes, text = codes[keep], text[keep]
        if split is not None:
            words, codes = by_appearance(words, codes)
        elif blank.any():
            codes = (np.cumsum(~blank) - 1)[codes]
            words = list(itertools.compress(words, (~blank).tolist()))
        return words, codes, np.bincount(text, minlength=len(forms))

    def _lines(self, impl: JiebaEngine | FastEngine, forms: list[str]) -> list[str]:
        tokens: list[str] = []
        for form in forms:
            tokens += [p[0] for p in self._form_pieces(impl, form)]
            tokens.append("\n")
        return tokens

    def _pieces(self, impl: JiebaEngine | FastEngine, text: str) -> list[tuple[str, int, int]]:
        return self._form_pieces(impl, analysis_form(text))

    def _form_pieces(self, impl: JiebaEngine | FastEngine, form: str) -> list[tuple[str, int, int]]:
        search = self.mode == "search"
        pieces = impl.tokenize(form, search, self.hmm)
        if search:
            pieces = with_long_inner_words(pieces, impl.has)
        if _SPACE.search(form):
            pieces = [p for p in pieces if not p[0].isspace()]
        return pieces

    def tokenize_many(
        self, texts: Iterable[str], progress: Callable[[int, int], None] | None = None
    ) -> list[list[Token]]:
        """:meth:`tokenize` of each text, e.g. every excerpt of a corpus being indexed."""
        return self._many(texts, progress, lambda pieces: [Token(w, a, b) for w, a, b in pieces])

    def cut_many(
        self, texts: Iterable[str], progress: Callable[[int, int], None] | None = None
    ) -> list[list[str]]:
        """The tokens of each text as plain strings: the quickest way to segment many texts.

        Texts are analysed a batch at a time (see :meth:`cut_coded`), with the same tokens as
        one call per text.
        """
        import numpy as np

        texts = list(texts)
        out: list[list[str]] = []
        for start in range(0, len(texts), _MANY):
            words, codes, counts = self.cut_coded(analysis_forms(texts[start:start + _MANY]))
            flat = [words[c] for c in codes.tolist()]
            ends = np.cumsum(counts).tolist()
            out += [flat[a:b] for a, b in zip([0, *ends[:-1]], ends)]
            if progress is not None:
                progress(len(out), len(texts))
        return out

    def _many(self, texts: Iterable[str], progress, shape: Callable) -> list:
        texts = list(texts)
        impl = self._engine()
        out = []
        step = max(1, len(texts) // 100)
        for n, text in enumerate(texts, 1):
            out.append(shape(self._pieces(impl, text)))
            if progress is not None and (n % step == 0 or n == len(texts)):
                progress(n, len(texts))
        return out

    @property
    def stopwords(self) -> frozenset[str]:
        """The bundled stopword list (see :func:`stopwords`)."""
        return stopwords()

    @property
    def lexicon_hash(self) -> str:
        """A short hash of every extra word the segmenter knows (bundled lexicon and user dicts)."""
        return self._hash

    @property
    def settings(self) -> dict[str, object]:
        """What an index records so that queries are analysed exactly as its documents were."""
        return {
            "engine": self.engine,
            "mode": self.mode,
            "hmm": self.hmm,
            "lexicon_hash": self.lexicon_hash,
            "normalization": "fold_width+t2s",
        }

    def __repr__(self) -> str:
        return f"Segmenter(engine={self.engine!r}, mode={self.mode!r}, lexicon={self.lexicon_hash})"


# ---------------------------------------------------------------- dictionaries


def _hash(words: list[Entry]) -> str:
    h = hashlib.sha256()
    for word, freq, tag in words:
        h.update(f"{word}\t{freq}\t{tag}\n".encode())
    return h.hexdigest()[:16]


_TAG = re.compile(r"[A-Za-z]+")


def _read_entries(lexicon: bool, dictionaries: Iterable[str]) -> list[Entry]:
    entries: list[Entry] = list(_bundled_entries()) if lexicon else []
    sources = []
    for path in dictionaries:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SegmenterError(f"cannot read dictionary {path}: {exc.strerror or exc}") from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SegmenterError(f"dictionary {path} is not UTF-8 text; save it as UTF-8") from None
        if "\x00" in text:
            raise SegmenterError(f"dictionary {path} is not a text file")
        sources.append((str(path), text))
    for name, text in sources:
        found = _parse(name, text)
        if not found:
            raise SegmenterError(f"dictionary {name} has no words (expected lines of: word [freq] [tag])")
        entries.extend(found)
    return entries


@functools.lru_cache(maxsize=1)
def _bundled_entries() -> tuple[Entry, ...]:
    # Parsed once per process: a command may make several segmenters (cache key, index, query).
    return tuple(_parse("bundled lexicon", bundled_lexicon()))


def _parse(name: str, text: str) -> list[Entry]:
    """Lines of jieba's ``word [freq] [tag]``; words are put in analysis form, like the text."""
    entries: list[Entry] = []
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        word, rest = analysis_form(parts[0]), parts[1:]
        freq: int | None = None
        tag: str | None = None
        if rest and rest[0].isdigit():
            freq = int(rest.pop(0))
        if rest and _TAG.fullmatch(rest[0]):
            tag = rest.pop(0)
        if rest:
            raise SegmenterError(
                f"{name}, line {n}: cannot read {line.strip()!r}; "
                "expected: word [frequency as a whole number] [tag], e.g. '两个维护 50000 nz'"
            )
        entries.append((word, freq, tag))
    return entries
