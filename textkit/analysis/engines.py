"""The two segmentation engines behind :class:`~textkit.analysis.segment.Segmenter`: jieba (the reference) and rjieba."""

from __future__ import annotations

import functools
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    import numpy as np


Entry = tuple[str, int | None, str | None]

def with_long_inner_words(pieces: list, has: Callable[[str], bool]) -> list:
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


class JiebaEngine:
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


def by_appearance(words: list[str], codes: np.ndarray) -> tuple[list[str], np.ndarray]:
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
# Either of the two above, in one scan: the characters that may need one of tokenize's corrections.
_CORRECTED = re.compile(_MARKS.pattern[:-1] + _RS_ONLY_HAN.pattern[1:])
# Forms that :meth:`FastEngine.cut_lines` segments alone.
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
def fast_engine(words: tuple[Entry, ...]) -> FastEngine:
    """One rjieba tokenizer per word list and process: loading its dictionary takes 0.1 s, and
    the engine never changes once made, so segmenters with the same words can share it."""
    return FastEngine(list(words))


class FastEngine:
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

    def cut(self, form: str, hmm: bool) -> list[str]:
        """The words of ``tokenize(form, False, hmm)``, without the offsets (a plain call to rjieba
        unless the form needs one of :meth:`tokenize`'s corrections)."""
        if _CORRECTED.search(form) and (_RS_ONLY_HAN.search(form) or (hmm and _MARKS.search(form))):
            return [w for w, _, _ in self.tokenize(form, False, hmm)]
        return self.jb.cut(form, hmm)

    def _exact(self, form: str, offset: int, hmm: bool) -> list[tuple[str, int, int]]:
        pieces = self.jb.tokenize(form, "default", hmm)
        if not (hmm and _MARKS.search(form)):
            return [(w, a + offset, b + offset) for w, a, b in pieces] if offset else pieces
        # Only a run of letters, digits and marks can split: the Chinese words (nearly all) are passed over.
        split = [i for i, (w, _, _) in enumerate(pieces) if w.isascii() and self._splits(w)]
        out = [(w, a + offset, b + offset) for w, a, b in pieces] if offset else list(pieces)
        for i in reversed(split):
            w, a, _ = out[i]
            parts = []
            for part in _split_ascii_run(w):
                parts.append((part, a, a + len(part)))
                a += len(part)
            out[i:i + 1] = parts
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
