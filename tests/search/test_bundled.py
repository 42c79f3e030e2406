"""The cached index of the bundled corpus: reused while nothing that shapes it changes, else rebuilt."""

import shutil
from pathlib import Path

import pytest

from textkit.search import bundled
from textkit.analysis.segment import Segmenter

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "textkit"


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder)
    return folder


def key(corpus: Path, seg: Segmenter | None = None) -> str:
    return bundled.cache_key(seg or Segmenter(engine="fast", mode="search"), corpus, sorted(corpus.iterdir()))


def test_the_key_is_stable_while_nothing_changes(corpus):
    assert key(corpus) == key(corpus)


def test_an_edited_corpus_file_changes_the_key(corpus):
    before = key(corpus)
    notice = next(corpus.iterdir())
    notice.write_text(notice.read_text(encoding="utf-8") + "\n坚持和发展新时代“枫桥经验”。", encoding="utf-8")
    assert key(corpus) != before


def test_other_analysis_settings_change_the_key(corpus, tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("枫桥经验 100 nz\n", encoding="utf-8")
    keys = {key(corpus), key(corpus, Segmenter(engine="fast", mode="exact")),
            key(corpus, Segmenter(engine="fast", mode="search", hmm=False)),
            key(corpus, Segmenter(engine="fast", mode="search", lexicon=False)),
            key(corpus, Segmenter(engine="fast", mode="search", dictionaries=[words]))}
    assert len(keys) == 5


@pytest.mark.parametrize("name", ["analysis/normalize.py", "analysis/segment.py", "analysis/excerpts.py", "search/index.py", "analysis/data/stopwords.txt"])
def test_a_change_to_the_code_that_analyses_text_changes_the_key(tmp_path, name):
    copy = tmp_path / "textkit"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = bundled.code_digest(copy)
    with open(copy / name, "a", encoding="utf-8") as f:
        f.write("\n# a later rule\n")
    assert bundled.code_digest(copy) != before


def test_the_cached_index_is_reused_and_a_damaged_one_rebuilt(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("TEXTKIT_CACHE_DIR", str(tmp_path / "cache"))
    first = bundled.default_index()
    [cached] = (tmp_path / "cache").glob("corpus-*.idx")
    assert [h.doc for h in bundled.default_index().search("两个维护")] == [h.doc for h in first.search("两个维护")]
    gen = next(p for p in cached.iterdir() if p.name.startswith("g-"))
    data = bytearray((gen / "text.bin").read_bytes())
    data[len(data) // 2] ^= 0x40
    (gen / "text.bin").write_bytes(bytes(data))
    with caplog.at_level("WARNING", logger="textkit"):
        again = bundled.default_index()
    assert "rebuilding the cached index" in caplog.text
    assert again.search("两个维护")[0].text == first.search("两个维护")[0].text
