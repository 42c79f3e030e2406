"""Anki deck (.apkg, via genanki): one cloze note per item of every kind, the source passage in Extra.

A cloze item hides each blank's answer; choice, multi and source items hide the right option(s)
(multi as ``ACD. 政治性、先进性、群众性``) with the options listed under the prompt; a judge item
hides 对 or 错 after its statement, and the Extra field of a false one starts with the original
sentence.

Model and deck ids are fixed numbers derived from names, and each note's GUID from what the
question asks (its source excerpt, kind and answers), so importing a regenerated deck updates the
cards already there instead of adding duplicates. Fields are HTML: every piece of source text is
HTML-escaped, and braces and colons are written as character references so that no source text
can open or close a ``{{c1::…}}`` deletion.
"""

from __future__ import annotations

import hashlib
import tempfile
from html import escape as html_escape
from pathlib import Path

from ..errors import ExportError
from ..quiz.model import Quiz, QuizItem
from .sheet import CHOICE_BLANK, CHOICE_KINDS, LETTERS, one_line, question_pieces, source_label

MODEL_NAME = "textkit 填空 (cloze) v1"
_CSS = """.card { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 22px;
  line-height: 1.7; text-align: left; color: #1a1a1a; background: #fff; }
.cloze { font-weight: bold; color: #1565c0; }
.options { margin-top: .6em; }
.extra { margin-top: 1em; font-size: 16px; color: #555; }"""


def stable_id(name: str) -> int:
    """A fixed Anki id for a name, in the range genanki recommends (1 << 30 … 1 << 31)."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def note_guid(item: QuizItem) -> str:
    """The note's GUID: the same question asked of the same passage keeps its GUID across runs."""
    import genanki

    where = item.source.get("excerpt") or item.source.get("doc") or item.prompt
    if item.kind == "judge":  # 对/错 says little: the statement itself is what is asked
        return genanki.guid_for("textkit", where, item.kind, item.prompt, *item.answers)
    return genanki.guid_for("textkit", where, item.kind, *item.answers)


def field_text(text: str) -> str:
    """Source text as an Anki field: HTML-escaped, with ``{ } :`` as references so they are not cloze syntax."""
    return (html_escape(one_line(text), quote=True)
            .replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;"))


def cloze_text(item: QuizItem) -> str:
    """The item's Text field: every blank as ``{{c1::answer}}`` (one card asks them all, as the sheet does)."""
    if item.kind == "cloze":
        out = []
        for piece in item.parts():
            if isinstance(piece, int):
                answer = field_text(item.answers[piece]) if piece < len(item.answers) else ""
                out.append(f"{{{{c1::{answer}}}}}")
            else:
                out.append(field_text(piece))
        return "".join(out)
    if item.kind == "multi":
        hidden = item.answer_letters + ". " + "、".join(item.answers)
    else:  # choice and source hide the right option's text, judge hides 对 or 错
        hidden = item.answers[0] if item.answers else ""
    printed = "".join(p for p in question_pieces(item) if isinstance(p, str))
    before, _, after = printed.partition(CHOICE_BLANK)
    text = f"{field_text(before)}（{{{{c1::{field_text(hidden)}}}}}）{field_text(after)}"
    if item.kind in CHOICE_KINDS and item.choices:
        options = "　".join(f"{LETTERS[i]}. {field_text(c)}" for i, c in enumerate(item.choices))
        text += f'<div class="options">{options}</div>'
    return text


def render(quiz: Quiz, part: str = "all") -> bytes:
    """The quiz as .apkg bytes (a zip holding the SQLite collection)."""
    try:
        import genanki
    except ImportError:
        raise ExportError("the apkg format needs genanki: pip install textkit[anki]") from None

    model = genanki.Model(
        stable_id(MODEL_NAME),
        MODEL_NAME,
        fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
        templates=[{
            "name": "填空",
            "qfmt": "{{cloze:Text}}",
            "afmt": '{{cloze:Text}}<div class="extra">{{Extra}}</div>',
        }],
        css=_CSS,
        model_type=genanki.Model.CLOZE,
    )
    title = one_line(quiz.title) or "textkit"
    deck = genanki.Deck(stable_id("textkit deck " + title), title)
    seen: dict[str, int] = {}
    for item in quiz.items:
        guid = note_guid(item)
        # Two items asking the same of the same passage would share a GUID and one would be lost.
        seen[guid] = seen.get(guid, 0) + 1
        if seen[guid] > 1:
            guid = genanki.guid_for(guid, seen[guid])
        where = source_label(item)
        extra = field_text(item.hint) if item.hint else ""
        if item.kind == "judge" and item.original:
            extra = "原句：" + field_text(item.original) + ("<br>" + extra if extra else "")
        deck.add_note(genanki.Note(
            model=model,
            fields=[cloze_text(item), extra, field_text(where)],
            guid=guid,
            tags=["textkit", item.kind],
        ))
    with tempfile.TemporaryDirectory(prefix="textkit-apkg-") as tmp:
        path = Path(tmp) / "deck.apkg"
        genanki.Package(deck).write_to_file(str(path))
        return path.read_bytes()
