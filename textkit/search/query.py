"""Query parsing: the small syntax a user can guess.

``两个维护 急难愁盼`` words in any order; ``"劳模精神 劳动精神"`` an exact phrase; ``+工会`` must
occur; ``-工匠`` must not; ``doc:工会法`` / ``section:总则`` (or ``doc=…``) keep excerpts of
documents / under sections whose name contains the text. Matching of phrases, ``+`` and ``-``
is on the text itself (analysis form), so it never depends on how the segmenter split a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import QueryError

MAX_QUERY_CHARS = 2000  # longer than any phrase a person types; a pasted page is a mistake
SHOULD, MUST, NOT = "should", "must", "not"

_FILTER = re.compile(r"^(doc|section)[:=](.*)$", re.IGNORECASE)
# Control and format characters (NUL, zero-width spaces, bidi marks, lone surrogates) read as spaces.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")
_PIECE = re.compile(r'([+-]?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Clause:
    """One part of a query: its text as typed, how it must match, and whether it was quoted."""

    text: str
    kind: str = SHOULD
    phrase: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: clauses to look for and optional document / section filters."""

    clauses: tuple[Clause, ...]
    doc: str | None = None
    section: str | None = None
    raw: str = field(default="", compare=False)

    @property
    def positive(self) -> tuple[Clause, ...]:
        """The clauses that select and score excerpts (everything but ``-exclude``)."""
        return tuple(c for c in self.clauses if c.kind != NOT)


_CONTENT = re.compile(r"[^\W_]")  # str.isalnum, as one regex scan


def has_content(text: str) -> bool:
    """Whether a text holds anything to search for (a letter, digit or ideograph)."""
    return _CONTENT.search(text) is not None


def parse_query(text: str, doc: str | None = None, section: str | None = None) -> Query:
    """Parse a query string; raise :class:`QueryError` when there is nothing to search for."""
    if not isinstance(text, str):
        raise QueryError("a query must be text")
    text = _CONTROL.sub(" ", text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(text)} characters long; search for a phrase of at most "
            f"{MAX_QUERY_CHARS} characters (use `textkit locate FILE` for many lines)"
        )
    text = text.replace("“", '"').replace("”", '"')  # Chinese input methods type curly quotes
    if text.count('"') % 2:
        # An unbalanced quote is almost always a typo: read the stray quote as a space.
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
    clauses: list[Clause] = []
    for m in _PIECE.finditer(text):
        if m.group(2) is not None:
            op, body, quoted = m.group(1), m.group(2).strip(), True
        else:
            word = m.group(3)
            found = _FILTER.match(word)
            if found and found.group(2):
                if found.group(1).lower() == "doc":
                    doc = found.group(2)
                else:
                    section = found.group(2)
                continue
            op, body, quoted = (word[0], word[1:], False) if word[0] in "+-" else ("", word, False)
        if not has_content(body):
            continue
        kind = {"+": MUST, "-": NOT}.get(op, MUST if quoted else SHOULD)
        clauses.append(Clause(body, kind, quoted))
    if not any(c.kind != NOT for c in clauses):
        if clauses:
            raise QueryError("the query only excludes (-word); add a word or phrase to look for")
        raise QueryError(
            "the query has nothing to search for; type a word or phrase, e.g. 两个维护"
            if not text.strip() else f"the query {text.strip()[:40]!r} holds no letters or characters to search for"
        )
    return Query(tuple(clauses), doc or None, section or None, raw=text)
