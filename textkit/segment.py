"""Word segmentation: one :class:`Segmenter` analyses documents, queries and quizzes alike."""

from __future__ import annotations

import hashlib
import threading
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from .errors import SegmenterError
from .normalize import analysis_form

ENGINES = ("jieba", "fast")
MODES = ("exact", "search")


class Token(NamedTuple):
    """A token in analysis form and its ``[start, end)`` offsets in the input text."""

    token: str
    start: int
    end: int


def bundled_lexicon() -> str:
    """Text of the bundled lexicon of political and union formulas (jieba dictionary format)."""
    return resources.files("textkit").joinpath("data/lexicon.txt").read_text(encoding="utf-8")


class Segmenter:
    """A callable ``str -> list[str]`` owning its own jieba tokenizer and lexicon.

    Text is analysed in :func:`textkit.normalize.analysis_form` (half-width, simplified), so
    ``Segmenter()("堅決做到兩個維護")`` gives ``["坚决", "做到", "两个维护"]``.
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
        self.engine = engine
        self.mode = mode
        self.hmm = hmm
        self.lexicon = lexicon
        self.dictionaries = tuple(str(d) for d in dictionaries)
        self._words = _read_entries(self.lexicon, self.dictionaries)
        self._impl = None
        self._lock = threading.Lock()

    # The jieba dictionary takes about a second to load: do it on first use, once.
    def _engine(self):
        if self._impl is None:
            with self._lock:
                if self._impl is None:
                    self._impl = _build(self.engine, self._words)
        return self._impl

    def __call__(self, text: str) -> list[str]:
        return [t.token for t in self.tokenize(text)]

    def tokenize(self, text: str) -> list[Token]:
        """Tokens with offsets into ``text`` (whitespace dropped)."""
        form = analysis_form(text)
        impl = self._engine()
        mode = "search" if self.mode == "search" else "default"
        if self.engine == "jieba":
            pieces = impl.tokenize(form, mode=mode, HMM=self.hmm)
        else:
            pieces = impl.tokenize(form, mode, self.hmm)
        return [Token(w, a, b) for w, a, b in pieces if w.strip()]

    @property
    def lexicon_hash(self) -> str:
        """A short hash of every extra word the segmenter knows (bundled lexicon and user dicts)."""
        h = hashlib.sha256()
        for word, freq, tag in self._words:
            h.update(f"{word}\t{freq}\t{tag}\n".encode())
        return h.hexdigest()[:16]

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


def _read_entries(lexicon: bool, dictionaries: Iterable[str]) -> list[tuple[str, int | None, str | None]]:
    texts = [bundled_lexicon()] if lexicon else []
    for path in dictionaries:
        try:
            texts.append(Path(path).read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise SegmenterError(f"cannot read dictionary {path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise SegmenterError(f"dictionary {path} is not UTF-8 text") from None
    entries = []
    for text in texts:
        for line in text.splitlines():
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) == 2 and not parts[1].isdigit() else None)
            entries.append((parts[0], freq, tag))
    return entries


def _build(engine: str, words):
    if engine == "jieba":
        import logging

        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        for word, freq, tag in words:
            tok.add_word(word, freq, tag)
        return tok
    import rjieba

    tok = rjieba.Jieba()
    for word, freq, tag in words:
        tok.add_word(word, freq, tag)
    return tok
