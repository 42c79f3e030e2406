"""Properties of the whole chain on arbitrary input: segment → index → search → quiz → grade.

Text is drawn from everything Unicode has (controls, surrogate-free astral characters, odd
spaces, quotes and query operators) mixed with sentences of the bundled notice, so that the
chain also has real phrases to find and to quiz. Every step either works or raises a
``TextkitError`` saying why; nothing else may escape.

The normal run uses the bounded, reproducible ``textkit-quick`` profile. A longer, random run:

    HYPOTHESIS_PROFILE=textkit-long python -m pytest -m "slow or not slow" tests/test_properties.py
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from textkit import SearchIndex, Segmenter, grade, make_quiz
from textkit.errors import EmptyCorpus, QueryError, QuizError, TextkitError
from textkit.analysis.excerpts import Document, split_document
from textkit.quiz.grading import is_correct, key
from textkit.search.index import analysis_key
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import analysis_form, clean
from textkit.quiz import BLANK_CHAR, Quiz

ROOT = Path(__file__).resolve().parents[1]
NOTICE = ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"

settings.register_profile(
    "textkit-quick", max_examples=25, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "textkit-long", max_examples=600, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Chosen per test (not loaded globally) so that other modules keep their own settings.
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "textkit-quick")
if PROFILE == "long":
    PROFILE = "textkit-long"
if not PROFILE.startswith("textkit-"):
    PROFILE = "textkit-quick"
profile = settings.get_profile(PROFILE)
few = settings(profile, max_examples=max(4, profile.max_examples // 5))

SENTENCES = [s + "。" for s in NOTICE.read_text(encoding="utf-8").replace("\n", "").split("。") if 0 < len(s) < 120]
FORMULAS = ["两个维护", "两个确立", "四个意识", "四个自信", "劳模精神、劳动精神、工匠精神", "急难愁盼"]
ODD = ["\n", "\n\n", " ", "\u3000", "\t", "\x00", "\u200b", "\ufeff", '"', "“", "”", "+", "-", "doc:",
       "section:", "一、总则\n", "# 标题\n", "《", "》", "（", "😀", "\U00020000", "\u0301", "Ａ１"]

chunk = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(FORMULAS), st.sampled_from(ODD),
                  st.text(max_size=20))
mixed_text = st.lists(chunk, max_size=6).map("".join)
queries = st.one_of(st.text(max_size=40), st.lists(chunk, min_size=1, max_size=3).map(" ".join))


@pytest.fixture(scope="module")
def fast() -> Segmenter:
    seg = Segmenter(engine="fast", mode="search")
    seg("两个维护")
    return seg


@pytest.fixture(scope="module")
def jieba() -> Segmenter:
    seg = Segmenter()
    seg("两个维护")
    return seg


def excerpts_of(texts: list[str]):
    """What loading does to each text: clean it, split it into excerpts."""
    out = []
    for n, text in enumerate(texts):
        out.extend(split_document(Document(name=f"文件{n}", text=clean(text))))
    return out


# ---------------------------------------------------------------- normalize and segment


@given(st.text())
@profile
def test_analysis_form_keeps_length_so_offsets_stay_valid(text):
    assert len(analysis_form(text)) == len(text)
    assert len(analysis_key(text)) == len(text)


@pytest.fixture(scope="module")
def exact() -> dict[str, Segmenter]:
    return {"fast": Segmenter(engine="fast"), "jieba": Segmenter()}


@pytest.mark.parametrize("engine", ["fast", "jieba"])
@given(text=mixed_text)
@profile
def test_tokens_point_at_their_text_in_order(engine, text, exact):
    form = analysis_form(text)
    tokens = exact[engine].tokenize(text)
    end = 0
    for t in tokens:
        assert 0 <= t.start < t.end <= len(text)
        assert form[t.start:t.end] == t.token
        assert t.start >= end, "exact mode tokens must not overlap"
        end = t.end
    # Nothing but whitespace is dropped.
    covered = "".join(t.token for t in tokens)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", form)


# ---------------------------------------------------------------- index and search


def check_hits(index: SearchIndex, query: str, k: int = 5):
    """Search ``query``; every hit well formed. Returns the hits, or None for a refused query."""
    try:
        hits = index.search(query, k=k)
    except QueryError as exc:
        assert str(exc), "a refused query must say why"
        # Only a query with nothing positive to look for is refused.
        assert not any(ch.isalnum() for ch in query) or "exclude" in str(exc) or "characters long" in str(exc)
        return None
    assert len(hits) <= k
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    texts = {e.id: e.text for e in index.excerpts}
    for h in hits:
        assert math.isfinite(h.score) and h.score >= 0
        assert texts[h.excerpt] == h.text
        for a, b in h.highlights:
            assert 0 <= a < b <= len(h.text)
    assert len({h.excerpt for h in hits}) == len(hits)
    return hits


@given(texts=st.lists(mixed_text, min_size=1, max_size=5), query=queries)
@profile
def test_search_on_arbitrary_text_returns_well_formed_hits_or_says_why(texts, query, fast):
    excerpts = excerpts_of(texts)
    index = SearchIndex.build(excerpts, segmenter=fast)
    assert index.size == len(excerpts)
    hits = check_hits(index, query)
    if hits is not None:
        # The batch path finds what the single one finds, hits scoring exactly 0 included.
        (batch,) = index.search_many([query], k=5)
        assert {h.excerpt for h in batch} >= {h.excerpt for h in hits if h.score > 0}


def test_batch_search_keeps_hits_whose_words_score_zero(fast):
    index = SearchIndex.build(["工会工作", "学习活动"], segmenter=fast)
    single = [h.excerpt for h in index.search("工会学习")]
    assert single == ["text#1", "text#2"]
    assert [h.excerpt for h in index.search_many(["工会学习"], k=5)[0]] == single


@given(texts=st.lists(mixed_text, min_size=1, max_size=4), data=st.data())
@profile
def test_any_phrase_in_the_text_is_found_and_highlighted(texts, data, fast):
    excerpts = [e for e in excerpts_of(texts + [SENTENCES[3]])]
    index = SearchIndex.build(excerpts, segmenter=fast)
    holder = data.draw(st.sampled_from(excerpts))
    a = data.draw(st.integers(0, len(holder.text) - 1))
    b = data.draw(st.integers(a + 1, min(len(holder.text), a + 12)))
    phrase = holder.text[a:b].strip()
    # A quote inside a phrase ends it; control characters are never typed (and clean() drops them).
    assume(any(ch.isalnum() for ch in phrase) and not re.search('["“”]', phrase))
    hits = check_hits(index, f'"{phrase}"', k=len(excerpts))
    assert hits is not None
    found = {h.excerpt for h in hits}
    assert holder.id in found
    needle = analysis_key(phrase)
    for h in hits:
        assert needle in analysis_key(h.text), "a quoted phrase must occur in every hit"
        spans = [analysis_key(h.text)[s:e] for s, e in h.highlights]
        assert any(needle in s for s in spans), "the phrase must be highlighted"


@given(texts=st.lists(mixed_text, min_size=1, max_size=4), more=st.lists(mixed_text, min_size=1, max_size=2),
       query=queries)
@few
def test_saved_index_answers_like_the_one_in_memory(texts, more, query, fast):
    excerpts = excerpts_of(texts)
    index = SearchIndex.build(excerpts, segmenter=fast)
    with tempfile.TemporaryDirectory() as tmp:
        index.save(Path(tmp) / "a.idx")
        loaded = SearchIndex.load(Path(tmp) / "a.idx")
        assert [e.id for e in loaded.excerpts] == [e.id for e in index.excerpts]
        assert [e.text for e in loaded.excerpts] == [e.text for e in index.excerpts]
        added = [e for e in excerpts_of(more)]
        added = [type(e)(**{**e.__dict__, "id": "新" + e.id, "doc": "新" + e.doc}) for e in added]
        for idx in (index, loaded):
            idx.add(added)
        expect = check_hits(index, query)
        got = check_hits(loaded, query)
        if expect is None:
            assert got is None
        else:
            assert [(h.excerpt, round(h.score, 9), h.highlights) for h in got] == \
                   [(h.excerpt, round(h.score, 9), h.highlights) for h in expect]
        loaded.save(Path(tmp) / "a.idx")
        again = SearchIndex.load(Path(tmp) / "a.idx")
        assert again.size == index.size


# ---------------------------------------------------------------- quiz and grade


@given(texts=st.lists(mixed_text, min_size=1, max_size=4), seed=st.integers(0, 2**31),
       kind=st.sampled_from(["cloze", "choice", "mixed"]), wrong=st.text(max_size=8))
@profile
def test_quiz_from_arbitrary_text_grades_its_own_key_right(texts, seed, kind, wrong, jieba):
    excerpts = excerpts_of(texts)
    try:
        quiz = make_quiz(excerpts or texts, n=4, kind=kind, seed=seed, segmenter=jieba)
    except QuizError as exc:
        assert str(exc)
        return
    assert 1 <= len(quiz.items) <= 4
    assert Quiz.from_json(quiz.to_json()) == quiz
    for item in quiz.items:
        assert item.answers and all(a.strip() for a in item.answers)
        assert len(item.blanks) == len(item.answers)
        for (a, b), answer in zip(item.blanks, item.answers):
            assert item.prompt[a:b] == BLANK_CHAR * len(answer), "one blank mark per answer character"
        if item.kind == "choice":
            assert item.answers[0] in item.choices and len(set(item.choices)) == len(item.choices)
    # The key is right, in answer form and by letter; nothing given is wrong.
    assert grade(quiz, {i.id: i.answers for i in quiz.items}).correct == len(quiz.items)
    letters = {i.id: i.answer_letter for i in quiz.items if i.kind == "choice"}
    assert grade(quiz, letters).correct == len(letters)
    assert grade(quiz, {}).correct == 0
    # Tolerant, never loose: a one-blank cloze item takes exactly what folds to its answer.
    for item in quiz.items:
        if item.kind == "cloze" and len(item.answers) == 1:
            accepted = {key(a) for a in [item.answers[0], *(item.accept[0] if item.accept else [])]}
            assert is_correct(item, wrong) == (bool(key(wrong)) and key(wrong) in accepted)


@given(answer=st.text(min_size=1, max_size=6), given_text=st.text(max_size=8))
@profile
def test_grading_compares_folded_forms_only(answer, given_text):
    from textkit.quiz import QuizItem

    assume(key(answer))
    item = QuizItem("q01", "cloze", f"前{BLANK_CHAR * len(answer)}后", [answer], [(1, 1 + len(answer))])
    assert is_correct(item, answer)
    assert is_correct(item, given_text) == (bool(key(given_text)) and key(given_text) == key(answer))


# ---------------------------------------------------------------- random files


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "latin-1"]
SIGNATURES = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0", b"{\\rtf1", b"\x89PNG", b"\x00\x00"]


@st.composite
def file_bytes(draw) -> bytes:
    """Bytes a user might hand textkit: text in some encoding, damaged, or something else entirely."""
    how = draw(st.sampled_from(["text", "binary", "damaged", "jsonl"]))
    if how == "binary":
        return draw(st.sampled_from(SIGNATURES)) + draw(st.binary(max_size=300))
    text = draw(mixed_text)
    if how == "jsonl":
        rows = draw(st.lists(st.one_of(st.just(text), st.text(max_size=10)), max_size=4))
        import json

        lines = [json.dumps({"title": t[:5], "content": t}, ensure_ascii=draw(st.booleans())) for t in rows]
        lines += draw(st.lists(st.sampled_from(["{", "[]", "null", '{"content": 3}', "\x00"]), max_size=2))
        return "\n".join(lines).encode("utf-8")
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    if how == "damaged" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:draw(st.integers(at + 1, len(data)))]
    return data


SUFFIX_CHOICES = [".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".jsonl", ".TXT", ".csv", ""]


@given(files=st.lists(st.tuples(st.sampled_from(SUFFIX_CHOICES), file_bytes()), min_size=1, max_size=5),
       query=queries)
@profile
def test_a_folder_of_random_files_loads_what_it_can_and_searches(files, query, fast):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "材料"
        (folder / "子目录").mkdir(parents=True)
        for n, (suffix, data) in enumerate(files):
            where = folder / "子目录" if n % 2 else folder
            (where / f"文件{n}{suffix}").write_bytes(data)
        try:
            excerpts = load_corpus([folder])
        except EmptyCorpus as exc:
            assert "no text could be loaded" in str(exc)
            return
        except TextkitError as exc:  # pragma: no cover - shown in the failure
            pytest.fail(f"load_corpus raised {type(exc).__name__} for a folder: {exc}")
    assert excerpts and all(e.text.strip() for e in excerpts)
    assert len({e.id for e in excerpts}) == len(excerpts), "excerpt ids must be unique"
    for e in excerpts:
        assert "\x00" not in e.text
    index = SearchIndex.build(excerpts, segmenter=fast)
    check_hits(index, query)
