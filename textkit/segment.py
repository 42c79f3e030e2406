"""Word segmentation: one :class:`Segmenter` analyses documents, queries and quizzes alike."""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import re
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Sequence

from .errors import SegmenterError
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
    return resources.files("textkit").joinpath("data/lexicon.txt").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words and marks too common to rank by (for search and phrase ranking, never for display)."""
    text = resources.files("textkit").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
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
        self._impl: _JiebaEngine | _FastEngine | None = None
        self._lock = threading.Lock()

    # The jieba dictionary takes about a second to load: do it on first use, once.
    def _engine(self) -> _JiebaEngine | _FastEngine:
        if self._impl is None:
            with self._lock:
                if self._impl is None:
                    if self.engine == "jieba":
                        self._impl = _JiebaEngine(self._words)
                    else:
                        self._impl = _fast_engine(tuple(self._words))
        return self._impl

    def __call__(self, text: str) -> list[str]:
        return [p[0] for p in self._pieces(self._engine(), text)]

    def tokenize(self, text: str) -> list[Token]:
        """Tokens with offsets into ``text`` (whitespace dropped)."""
        return [Token(w, a, b) for w, a, b in self._pieces(self._engine(), text)]

    def cut_analysed(self, form: str) -> list[str]:
        """The tokens of a text already in analysis form (see :func:`textkit.normalize.analysis_form`).

        The index normalizes each text once for its n-gram path and segments that same form here,
        instead of paying for the width fold and OpenCC a second time.
        """
        return [p[0] for p in self._form_pieces(self._engine(), form)]

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
        fast = isinstance(impl, _FastEngine) and self.mode == "exact"
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
            words, codes = _by_appearance(words, codes)
        elif blank.any():
            codes = (np.cumsum(~blank) - 1)[codes]
            words = list(itertools.compress(words, (~blank).tolist()))
        return words, codes, np.bincount(text, minlength=len(forms))

    def _lines(self, impl: _JiebaEngine | _FastEngine, forms: list[str]) -> list[str]:
        tokens: list[str] = []
        for form in forms:
            tokens += [p[0] for p in self._form_pieces(impl, form)]
            tokens.append("\n")
        return tokens

    def _pieces(self, impl: _JiebaEngine | _FastEngine, text: str) -> list[tuple[str, int, int]]:
        return self._form_pieces(impl, analysis_form(text))

    def _form_pieces(self, impl: _JiebaEngine | _FastEngine, form: str) -> list[tuple[str, int, int]]:
        search = self.mode == "search"
        pieces = impl.tokenize(form, search, self.hmm)
        if search:
            pieces = _with_long_inner_words(pieces, impl.has)
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


# ---------------------------------------------------------------- engines


def _with_long_inner_words(pieces: list, has: Callable[[str], bool]) -> list:
    """Search mode, extended: before a word longer than four characters, the known words of four
    or more characters inside it (社会主义, 中国特色社会主义 inside 习近平新时代中国特色社会主义思想),
    which jieba's search mode, stopping at three, does not give; so a query for either finds it."""
    if all(len(w) <= 4 for w, _, _ in pieces):
        return pieces
    out = []
    for w, a, b in pieces:
        n = len(w)
        if n > 4:
            for size in range(4, n):
                for i in range(n - size + 1):
                    if has(w[i:i + size]):
                        out.append((w[i:i + size], a + i, a + i + size))
        out.append((w, a, b))
    return out


class _QuietJieba(logging.Filter):
    """Drops jieba's "Building prefix dict" chatter while one tokenizer loads, and nothing else."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


@functools.lru_cache(maxsize=1)
def _jieba_dictionary() -> tuple[dict[str, int], int]:
    """jieba's own dictionary, loaded once per process; every tokenizer gets its own copy."""
    import jieba

    tok = jieba.Tokenizer()
    quiet = _QuietJieba()
    jieba.default_logger.addFilter(quiet)
    try:
        tok.initialize()
    finally:
        jieba.default_logger.removeFilter(quiet)
    return tok.FREQ, tok.total


class _JiebaEngine:
    """The reference: a private ``jieba.Tokenizer``."""

    def __init__(self, words: list[Entry]) -> None:
        import jieba

        base, total = _jieba_dictionary()
        tok = jieba.Tokenizer()
        # What initialize() would load, as a private copy: words added below stay in this one.
        tok.FREQ, tok.total, tok.initialized = dict(base), total, True
        for word, freq, tag in words:
            _add_jieba_word(tok, word, freq, tag)
        self.tok = tok

    def has(self, word: str) -> bool:
        return bool(self.tok.FREQ.get(word))

    def tokenize(self, form: str, search: bool, hmm: bool):
        return list(self.tok.tokenize(form, mode="search" if search else "default", HMM=hmm))


def _add_jieba_word(tok, word: str, freq: int | None, tag: str | None) -> None:
    # jieba's add_word adds the new frequency to the total without taking away the old one, and a
    # frequency of 0 edits a set shared by every tokenizer in the process (finalseg's force-split
    # words). Do what rjieba does instead, so engines agree and segmenters stay independent.
    if freq is None:
        freq = tok.suggest_freq(word, False)
    old = tok.FREQ.get(word, 0)
    tok.FREQ[word] = freq
    tok.total += freq - old
    if tag:
        tok.user_word_tag_tab[word] = tag
    for i in range(1, len(word)):
        tok.FREQ.setdefault(word[:i], 0)


# Python jieba's HMM splits a run of letters, digits and +#&._%- on this pattern; jieba-rs keeps
# more of such a run whole ("2011-2020", "www.people.com.cn" where jieba gives 2011 / - / 2020).
_PY_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_MARKS = re.compile(r"[+#&._%\-]")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9+#&._%\-]+")


def _by_appearance(words: list[str], codes: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The words that occur in ``codes``, in order of first appearance, and the codes renumbered."""
    import numpy as np

    first = np.full(len(words), len(codes), np.int64)
    np.minimum.at(first, codes, np.arange(len(codes)))
    order = np.argsort(first, kind="stable")
    order = order[first[order] < len(codes)]
    rank = np.zeros(len(words), np.int64)
    rank[order] = np.arange(len(order))
    return [words[i] for i in order.tolist()], rank[codes]


def _split_ascii_run(w: str) -> list[str]:
    return [part for part in _PY_SKIP.split(w) if part]


# Python jieba treats only U+4E00–U+9FD5 as Chinese; jieba-rs also takes the CJK extensions and
# compatibility ideographs into words. jieba leaves each such character alone, so do that here.
_RS_ONLY_HAN = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Forms that :meth:`_FastEngine.cut_lines` segments alone.
_ALONE = re.compile("[\r\n" + _RS_ONLY_HAN.pattern[1:])
_ALONE_IN_LINE = re.compile("[\r" + _RS_ONLY_HAN.pattern[1:])


def _rjieba_class() -> type:
    """rjieba's ``Jieba``, without running ``rjieba/__init__.py``.

    That file builds a process-wide default tokenizer on import, which textkit never uses: a
    second load of the dictionary, 0.15 s of a cold ``textkit search``. The extension module is
    loaded on its own instead, under its own name, so a later ``import rjieba`` reuses it.
    """
    module = sys.modules.get("rjieba.rjieba")
    if module is None:
        module = _load_extension("rjieba", "rjieba")
    if module is None:  # an unusual install: pay for the default tokenizer
        import rjieba as module
    return module.Jieba


def _load_extension(package: str, name: str):
    import importlib.machinery
    import importlib.util

    spec = importlib.util.find_spec(package)  # finds the package; does not run it
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            file = Path(folder) / f"{name}{suffix}"
            if file.is_file():
                full = f"{package}.{name}"
                loader = importlib.machinery.ExtensionFileLoader(full, str(file))
                found = importlib.util.spec_from_loader(full, loader, origin=str(file))
                module = importlib.util.module_from_spec(found)
                sys.modules[full] = module  # a PyO3 module initialises once per process
                try:
                    loader.exec_module(module)
                except BaseException:
                    del sys.modules[full]
                    raise
                return module
    return None


@functools.lru_cache(maxsize=4)
def _fast_engine(words: tuple[Entry, ...]) -> _FastEngine:
    """One rjieba tokenizer per word list and process: loading its dictionary takes 0.1 s, and
    the engine never changes once made, so segmenters with the same words can share it."""
    return _FastEngine(list(words))


class _FastEngine:
    """rjieba (jieba-rs), with its few departures from jieba undone."""

    def __init__(self, words: list[Entry]) -> None:
        jb = _rjieba_class()()
        self.zero: set[str] = set()
        for word, freq, tag in words:
            jb.add_word(word, freq, tag)
            if freq == 0:
                self.zero.add(word)
            else:
                self.zero.discard(word)
        self.jb = jb

    def has(self, word: str) -> bool:
        return word not in self.zero and self.jb.has_word(word)

    def tokenize(self, form: str, search: bool, hmm: bool) -> list[tuple[str, int, int]]:
        if _RS_ONLY_HAN.search(form):
            pieces = self._split_rare(form, hmm)
        else:
            pieces = self._exact(form, 0, hmm)
        return self._search(pieces) if search else pieces

    def _exact(self, form: str, offset: int, hmm: bool) -> list[tuple[str, int, int]]:
        pieces = self.jb.tokenize(form, "default", hmm)
        if not (hmm and _MARKS.search(form)):
            return [(w, a + offset, b + offset) for w, a, b in pieces] if offset else pieces
        out = []
        for w, a, b in pieces:
            if self._splits(w):
                a += offset
                for part in _split_ascii_run(w):
                    out.append((part, a, a + len(part)))
                    a += len(part)
            else:
                out.append((w, a + offset, b + offset))
        return out

    def cut_lines(self, forms: list[str], hmm: bool) -> list[str]:
        """Exact-mode tokens of each form and then a "\\n" token; spaces kept, words with marks unsplit.

        Runs of forms go to rjieba joined by line breaks, one call per run: rjieba segments
        each line on its own, so a form's tokens are those it has alone. A form that could
        join a line break (a "\\r") or holds one, or needs :meth:`_split_rare`, goes alone.
        """
        joined = "\n".join(forms)
        if forms and joined.count("\n") == len(forms) - 1 and not _ALONE_IN_LINE.search(joined):
            out = self.jb.cut(joined, hmm)  # the usual case: every form in one call
            out.append("\n")
            return out
        out = []
        run: list[str] = []
        for form in forms:
            if _ALONE.search(form):
                if run:
                    out += self.jb.cut("\n".join(run), hmm)
                    out.append("\n")
                    run = []
                out += [w for w, _, _ in self.tokenize(form, False, hmm) if not w.isspace()]
                out.append("\n")
            else:
                run.append(form)
        if run:
            out += self.jb.cut("\n".join(run), hmm)
            out.append("\n")
        return out

    def split_marks(self, words: list[str], codes: np.ndarray,
                    text: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray] | None:
        """What :meth:`_exact` does to runs of letters, digits and marks, done on coded tokens.

        Each distinct word is tested once and its occurrences replaced in numpy. The new
        ``words`` may hold words that no longer occur, out of order; None when nothing changed.
        (Splitting is idempotent: tokens that were split already come out unchanged.)
        """
        import numpy as np

        split = {}
        for i in np.flatnonzero(np.fromiter(map(str.isascii, words), bool, len(words))).tolist():
            w = words[i]
            if self._splits(w):
                parts = _split_ascii_run(w)
                if parts != [w]:  # "5.5%" is split into itself
                    split[i] = parts
        if not split:
            return None
        table = {w: i for i, w in enumerate(words)}
        parts = {i: [table.setdefault(p, len(table)) for p in ps] for i, ps in split.items()}
        words = list(table)
        size = np.ones(len(words), np.int64)
        for i, ids in parts.items():
            size[i] = len(ids)
        reps = size[codes]
        starts = np.cumsum(reps) - reps
        out = np.repeat(codes, reps)
        for i, ids in parts.items():
            at = starts[codes == i]
            for j, c in enumerate(ids):
                out[at + j] = c
        return words, out, np.repeat(text, reps)

    def _splits(self, w: str) -> bool:
        return len(w) > 1 and _MARKS.search(w) is not None and _ASCII_RUN.fullmatch(w) is not None \
            and not self.jb.has_word(w)

    def _split_rare(self, form: str, hmm: bool) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        start = 0
        for m in _RS_ONLY_HAN.finditer(form):
            if m.start() > start:
                out.extend(self._exact(form[start:m.start()], start, hmm))
            out.append((m.group(), m.start(), m.end()))
            start = m.end()
        if start < len(form):
            out.extend(self._exact(form[start:], start, hmm))
        return out

    def _search(self, pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        # jieba's search mode, word for word: the 2- and 3-character words inside longer ones.
        # (rjieba's own search mode also yields non-words such as "PM2" inside "PM2.5".)
        has = self.has
        out = []
        for w, a, b in pieces:
            for size in (2, 3):
                if len(w) > size:
                    out.extend((w[i:i + size], a + i, a + i + size)
                               for i in range(len(w) - size + 1) if has(w[i:i + size]))
            out.append((w, a, b))
        return out
