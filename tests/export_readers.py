"""Readers the export tests use to open each sheet the way its own tool would."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

# CommonMark: a backslash before any ASCII punctuation stands for that character.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def md_literal(text: str) -> str:
    """What a CommonMark renderer shows for a line of escaped text."""
    return _MD_ESCAPE.sub(r"\1", text)


def md_unescaped_markup(text: str) -> list[str]:
    """Raw-HTML openers (``<`` not preceded by a backslash) left in Markdown text."""
    return re.findall(r"(?<!\\)<[A-Za-z!/?]", text)


class Page(HTMLParser):
    """An HTML page as a browser's parser sees it: elements, scripts, text and form fields."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.text: list[str] = []
        self._in_script: dict[str, str] | None = None
        self._script_text: list[str] = []
        self._stack: list[tuple[str, dict[str, str]]] = []
        self.hidden_text: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script, self._script_text = a, []
        elif tag not in ("input", "meta", "br", "link", "img"):
            self._stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._script_text)))
            self._in_script = None
        elif self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._script_text.append(data)
        elif any(tag == "style" for tag, _ in self._stack):
            return
        elif any("hidden" in a for _, a in self._stack):
            self.hidden_text.append(data)
        else:
            self.text.append(data)

    def all_text(self) -> str:
        return "".join(self.text)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def data_block(self) -> dict:
        blocks = [text for a, text in self.scripts if a.get("type") == "application/json"]
        assert len(blocks) == 1
        return json.loads(blocks[0])


def csv_rows(data: str | bytes) -> list[list[str]]:
    """Rows as Excel reads them from UTF-8 with BOM."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    assert raw.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would read the Chinese as mojibake"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def apkg_collection(data: bytes) -> dict:
    """Notes, models and decks from the SQLite collection inside an .apkg, as Anki imports them."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf, tempfile.TemporaryDirectory() as tmp:
        assert "collection.anki2" in zf.namelist()
        path = Path(zf.extract("collection.anki2", tmp))
        con = sqlite3.connect(path)
        try:
            notes = [
                {"guid": guid, "mid": mid, "fields": flds.split("\x1f"), "tags": tags.split()}
                for guid, mid, flds, tags in con.execute("select guid, mid, flds, tags from notes order by id")
            ]
            cards = con.execute("select count(*) from cards").fetchone()[0]
            models_json, decks_json = con.execute("select models, decks from col").fetchone()
        finally:
            con.close()
    return {"notes": notes, "cards": cards, "models": json.loads(models_json), "decks": json.loads(decks_json)}
