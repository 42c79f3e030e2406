"""Search results: a :class:`Hit` reads its fields from the index when first asked for."""

from __future__ import annotations

from typing import Any

from ..errors import IndexCorrupt


class Hit:
    """One search result: the excerpt, where it is, its score and the matched spans in ``text``.

    Everything but rank, score and explain is read from the index when first asked for: most
    callers of ``search`` look at a few fields of a few hits only.
    """

    __slots__ = ("rank", "score", "explain", "_doc", "_section", "_excerpt", "_text", "_highlights", "_source")

    def __init__(self, rank: int, score: float, doc: str | None = None, section: str | None = None,
                 excerpt: str | None = None, text: str | None = None,
                 highlights: list[tuple[int, int]] | None = None, explain: dict[str, float] | None = None,
                 _source: tuple | None = None) -> None:
        self.rank, self.score, self.explain = rank, score, explain
        self._doc, self._section, self._excerpt = doc, section, excerpt
        self._text, self._highlights = text, highlights
        # (blobs, offsets, where, docs, sections, row, parts): where the fields are read from
        self._source = _source

    @property
    def doc(self) -> str:
        """Name of the document the excerpt is from."""
        if self._doc is None:
            self._doc = self._catalogued(0)
        return self._doc

    @property
    def section(self) -> str:
        """Heading of the section the excerpt is in ("" if none)."""
        if self._section is None:
            self._section = self._catalogued(1)
        return self._section

    def _catalogued(self, col: int) -> str:
        """Column ``col`` of the excerpt's row: 0 its document's name, 1 its section's heading."""
        _, _, where, docs, sections, row, _ = self._source
        return (docs, sections)[col][int(where[row, col])]

    @property
    def excerpt(self) -> str:
        """The excerpt's stable id."""
        if self._excerpt is None:
            self._excerpt = self._read("id")
        return self._excerpt

    @property
    def text(self) -> str:
        """The whole excerpt, as indexed."""
        if self._text is None:
            text = self._read("text")
            # The analysed text has as many characters (analysis keeps length): else the offsets lie.
            if self._source is not None and len(text) != len(self._read("key")):
                raise IndexCorrupt("the index's text does not match its analysed text (the index is damaged); "
                                   "rebuild it with `textkit index SOURCE… --index PATH`")
            self._text = text
        return self._text

    @property
    def highlights(self) -> list[tuple[int, int]]:
        """Spans of ``text`` that match the query: a part found verbatim whole, else its words."""
        if self._highlights is None:
            self._highlights = _spans(self._read("key"), self._source[6])
        return self._highlights

    def _read(self, name: str) -> str:
        blobs, offsets, _, _, _, row, _ = self._source
        off = offsets[name]
        try:
            return str(blobs[name][off[row]:off[row + 1]], "utf-8")
        except UnicodeDecodeError:
            raise IndexCorrupt("stored text is not UTF-8 (the index is damaged); rebuild it") from None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return self.to_dict() == other.to_dict() and self.explain == other.explain

    def __repr__(self) -> str:
        return (f"Hit(rank={self.rank}, score={self.score!r}, doc={self.doc!r}, section={self.section!r}, "
                f"excerpt={self.excerpt!r}, text={self.text[:30]!r}…)")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``textkit search --json``."""
        row: dict[str, Any] = {
            "rank": self.rank, "score": round(self.score, 6), "doc": self.doc, "excerpt": self.excerpt,
            "section": self.section, "text": self.text, "highlights": [list(s) for s in self.highlights],
        }
        if self.explain is not None:
            row["explain"] = {t: round(s, 6) for t, s in self.explain.items()}
        return row


def _spans(key: str, parts: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """Spans of ``key`` to highlight: each part found verbatim whole, otherwise its words that occur."""
    marks = set()
    for needle, tokens in parts:
        if needle in key:
            marks.add(needle)
        else:
            marks.update(t for t in tokens if len(t) > 1 or t == needle)
    return _merge_spans([m for mark in marks for m in _find_all(key, mark)])


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(needle)
    while at >= 0 and needle:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
