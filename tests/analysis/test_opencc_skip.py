"""Skipping OpenCC for text it cannot change never changes a result (issue 21: query analysis speed)."""

import importlib.util
import random
from pathlib import Path

import pytest

from textkit.analysis import normalize as N

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


def _opencc():
    import opencc

    return opencc.OpenCC("t2s").convert


def test_the_shipped_character_list_is_in_use_with_these_dictionaries():
    # Made from the installed OpenCC's dictionaries; a different OpenCC turns the skip off instead.
    assert N._convertible() is not None
    assert {"這", "個", "發", "國", "會"} <= N._convertible()
    assert not {"这", "个", "发", "国", "会", "的"} & N._convertible()


def test_the_list_matches_the_installed_dictionaries():
    spec = importlib.util.spec_from_file_location("opencc_chars", ROOT / "tools" / "opencc_chars.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    try:
        chars = tool.convertible_from_dictionaries()
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"OpenCC's opencc_dict tool is not installed here ({exc})")
    assert frozenset(chars) == N._convertible()


def test_every_single_character_outside_the_list_is_left_alone():
    convert = _opencc()
    chars = N._convertible()
    for code in list(range(0x2E80, 0xA000)) + list(range(0xF900, 0xFB00)) + list(range(0x20000, 0x2FA20)):
        ch = chr(code)
        if ch not in chars:
            assert convert(ch) == ch, hex(code)


def test_the_skip_gives_what_opencc_gives_on_random_traditional_text():
    convert = _opencc()
    rng = random.Random(21)
    chars = sorted(N._convertible())
    plain = "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生会自着工作报告"
    for _ in range(3000):
        n = rng.randint(1, 12)
        text = "".join(rng.choice(chars) if rng.random() < 0.4 else rng.choice(plain) for _ in range(n))
        expected = convert(text)
        got = N.to_simplified(text)
        if len(expected) == len(text):
            assert got == expected, text
        assert len(got) == len(text)
    for _ in range(500):  # with no convertible character, OpenCC itself returns the text unchanged
        text = "".join(rng.choice(plain) for _ in range(rng.randint(1, 30)))
        assert N.to_simplified(text) == text == convert(text)


def test_the_skip_changes_nothing_on_the_corpus_vocabulary():
    words = set()
    for path in sorted((DATA / "political").glob("*.jsonl"))[:3] if DATA.exists() else []:
        text = path.read_text(encoding="utf-8")[:400_000]
        words.update(text[i:i + n] for n in (1, 2, 3, 4) for i in range(0, len(text) - n, 7))
    words.update(Path(ROOT / "textkit" / "analysis" / "data" / "lexicon.txt").read_text(encoding="utf-8").split())
    convert = _opencc()
    skipped = 0
    for w in words:
        if N._convertible().isdisjoint(w):
            skipped += 1
            assert convert(w) == w, w
        if len(convert(w)) == len(w):
            assert N.to_simplified(w) == convert(w), w
    assert skipped > 0.9 * len(words)  # the skip is the usual case on simplified text


def test_other_dictionaries_turn_the_skip_off(monkeypatch):
    # An OpenCC whose dictionaries differ from those the list was made from: every text goes through it.
    monkeypatch.setattr(N, "opencc_dictionary_hash", lambda: "not the same dictionaries")
    N._convertible.cache_clear()
    N._may_convert.cache_clear()
    try:
        assert N._convertible() is None and N._may_convert() is None
        assert N.to_simplified("堅決做到兩個維護") == "坚决做到两个维护"
        assert N.to_simplified("坚决做到两个维护") == "坚决做到两个维护"
    finally:
        monkeypatch.undo()
        N._convertible.cache_clear()
        N._may_convert.cache_clear()
    assert N._convertible() is not None
