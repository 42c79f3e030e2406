"""The compiled query path (textkit/search/_kernel.c) ranks exactly as the numpy path does."""

import random
from pathlib import Path

import numpy as np
import pytest

import textkit.search.bm25 as bm25
from textkit.errors import IndexCorrupt, QueryError
from textkit.search.index import SearchIndex
from textkit.analysis.load import load_corpus

kernel = pytest.importorskip("textkit.search._kernel", reason="textkit was built without its C extension")

ROOT = Path(__file__).resolve().parents[2]
POLITICAL = ROOT.parent / "shared" / "data" / "political"


@pytest.fixture(scope="module")
def index():
    if not POLITICAL.exists():
        pytest.skip("../shared/data is absent")
    return SearchIndex.build(load_corpus(sorted(POLITICAL.glob("*.jsonl")))[:3000])


def queries(idx, n, seed=5):
    """Pieces of the excerpts as users type them: short and long, verbatim or shuffled, +must."""
    rng, out = random.Random(seed), ["的", "发展", "工作报告", "作报告", "人民群众", "依法治国", "zzzz"]
    while len(out) < n:
        text = idx.excerpts[rng.randrange(idx.size)].text
        size = rng.choice([1, 2, 3, 4, 6, 12, 30])
        start = rng.randrange(max(1, len(text) - size))
        q = text[start:start + size]
        if rng.random() < 0.2:  # found nowhere verbatim: the words alone rank
            q = "".join(rng.sample(q, len(q)))
        if rng.random() < 0.1:
            q = "+" + q
        out.append(q)
    # Several parts: words, "phrases", +must and -exclude together.
    words = [w for w in (idx.excerpts[rng.randrange(idx.size)].text[:4] for _ in range(40)) if w.strip()]
    for n in range(0, len(words) - 2, 3):
        a, b, c = words[n:n + 3]
        out += [f"{a} {b}", f'"{a}" {b} -{c}', f"+{a} {b}", f"{a} -{b}", f"+{a} +{b} {c}"]
    return out


def ranked(idx, query, k, compiled, monkeypatch):
    monkeypatch.setattr(bm25, "kernel", kernel if compiled else None)
    try:
        return [(h.excerpt, h.score) for h in idx.search(query, k=k)]
    except QueryError:  # both paths must refuse the same queries
        return []


@pytest.mark.parametrize("k", [1, 10, 60])
def test_the_same_excerpts_in_the_same_order_with_the_same_scores(index, k, monkeypatch):
    for q in queries(index, 150):
        assert ranked(index, q, k, True, monkeypatch) == ranked(index, q, k, False, monkeypatch), q


def test_filters_rank_the_same(index, monkeypatch):
    doc = index.excerpts[100].doc
    section = index.excerpts[2000].section
    for q in queries(index, 40, seed=9):
        for where in ({"doc": doc}, {"section": section}, {"doc": doc, "section": section}):
            got = {}
            for compiled in (True, False):
                monkeypatch.setattr(bm25, "kernel", kernel if compiled else None)
                try:
                    got[compiled] = [(h.excerpt, h.score) for h in index.search(q, k=10, **where)]
                except QueryError:
                    got[compiled] = QueryError
            assert got[True] == got[False], (q, where)


def test_a_batch_ranks_as_single_searches(index, monkeypatch):
    monkeypatch.setattr(bm25, "kernel", kernel)
    # Traditional and full-width forms, a line break inside quotes, repeats: analysed together too.
    odd = ["堅持黨的領導", "ＧＤＰ增長", '"人民\n群众" 发展', "依法治国", "依法治国", "ＡＢＣ 改革"]
    qs = queries(index, 80, seed=11) + odd + ["", "，。", "-发展"]
    index._reset_cache()  # plans analysed in the batch, not remembered from earlier searches
    batch = index.search_many(qs, k=5)
    assert batch[-3:] == [[], [], []]  # nothing to search: an empty list each
    index._reset_cache()
    for q, hits in zip(qs[:-3], batch):
        assert [(h.excerpt, h.score) for h in hits] == ranked(index, q, 5, True, monkeypatch), q


def test_explain_is_unchanged(index, monkeypatch):
    for q in ["依法治国", "人民群众的美好生活", "作报告"]:
        got = {}
        for compiled in (True, False):
            monkeypatch.setattr(bm25, "kernel", kernel if compiled else None)
            got[compiled] = [(h.excerpt, h.explain) for h in index.search(q, k=5, explain=True)]
        assert got[True] == got[False]
        assert all(h[1] for h in got[True])


def test_a_damaged_posting_is_an_error_not_a_crash(index, monkeypatch):
    monkeypatch.setattr(bm25, "kernel", kernel)
    fine = [(h.excerpt, h.score) for h in index.search("人民群众", k=10)]
    damaged = SearchIndex.build(index.excerpts[:200])
    words = damaged._words
    term = int(np.argmax(np.diff(words.ptr)))  # the commonest word
    doc = np.array(words.doc)
    doc[words.ptr[term] + 1] = 10**8  # an excerpt number far past the end
    words.doc = doc
    damaged._reset_cache()
    with pytest.raises(IndexCorrupt, match="rebuild"):
        damaged.search(list(damaged.vocab)[term], k=damaged.size)
    # The scratch arrays the error left are the other index's own; this one still ranks as before.
    assert [(h.excerpt, h.score) for h in index.search("人民群众", k=10)] == fine


def test_arrays_of_the_wrong_type_are_refused():
    query = ([(0, [1], True, b"x")], [], [], None)
    with pytest.raises(TypeError):
        kernel.rank(tuple(np.zeros(2) for _ in range(14)), 0.6, [query], 10)
    with pytest.raises(TypeError):
        kernel.rank((), 0.6, [query], 10)


def test_damaged_arrays_never_crash_the_process():
    # Every array the compiled ranking reads, damaged at random: an error or a result, never a
    # crash. In a child process, so that a crash fails this test instead of ending the run.
    import ast
    import os
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import random, sys
        import numpy as np
        import textkit.search.bm25 as bm25
        from textkit.search import postings as P
        from textkit.search.index import SearchIndex
        from textkit.analysis.load import load_corpus
        assert bm25.kernel is not None
        notice = load_corpus([{str(ROOT / "corpus")!r}])
        rng = random.Random(7)
        queries = ["两个维护", "工会", "劳模精神 工匠精神", "+工人阶级 -工会", "的", '"学习 宣传"']
        outcomes = set()
        for trial in range(60):
            index = SearchIndex.build(notice)
            g, w = index._grams, index._words
            name = rng.choice(["gram_ptr", "gram_doc", "gram_key", "word_ptr", "word_doc", "word_tf", "key_off"])
            arr = np.array({{"gram_ptr": g.ptr, "gram_doc": g.doc, "gram_key": g.keys, "word_ptr": w.ptr,
                            "word_doc": w.doc, "word_tf": w.tf, "key_off": index._offsets["key"]}}[name])
            for _ in range(rng.randint(1, 4)):
                arr[rng.randrange(len(arr))] = rng.choice([-1, -10**9, 10**9, 2**31 - 1, 0, len(arr)])
            if name.startswith("gram"):
                index._grams = P.Postings(arr if name == "gram_ptr" else g.ptr, arr if name == "gram_doc" else g.doc,
                                          keys=arr if name == "gram_key" else g.keys)
            elif name.startswith("word"):
                index._words = P.Postings(arr if name == "word_ptr" else w.ptr, arr if name == "word_doc" else w.doc,
                                          arr if name == "word_tf" else w.tf)
            else:
                index._offsets["key"] = arr
            index._reset_cache()
            for q in queries:
                try:
                    index.search(q, k=rng.choice([1, 5, 50]))
                    index.search_many([q, q + "会"], k=3)
                    outcomes.add("result")
                except Exception as exc:
                    outcomes.add(type(exc).__name__)
        print(sorted(outcomes))
    """)
    env = {k: v for k, v in os.environ.items() if k != "TEXTKIT_PURE_PYTHON"}  # the child ranks compiled
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    outcomes = ast.literal_eval(done.stdout.strip())
    assert "result" in outcomes and "IndexCorrupt" in outcomes  # damage was met, and named


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_a_forked_child_can_search_many_after_its_parent_did():
    # search_many ranks large batches on a pool of threads; a child forked after that has none of
    # them, and must make its own pool instead of waiting forever on its parent's.
    import os
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import os
        from textkit.search.index import SearchIndex
        from textkit.analysis.load import load_corpus
        notice = load_corpus([{str(ROOT / "corpus")!r}])
        index = SearchIndex.build(notice)
        queries = [e.text[i:i + 4] for e in notice for i in range(0, 40, 8)] * 4
        assert len(queries) >= 128
        before = [[h.excerpt for h in hits] for hits in index.search_many(queries, k=3)]
        pid = os.fork()
        if pid == 0:
            after = [[h.excerpt for h in hits] for hits in index.search_many(queries, k=3)]
            os._exit(0 if after == before else 3)
        print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    """)
    env = {k: v for k, v in os.environ.items() if k != "TEXTKIT_PURE_PYTHON"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0"


def test_needles_of_any_characters_rank_as_the_numpy_path(index, monkeypatch):
    # The kernel makes each part's n-gram keys from its UTF-8 needle itself (issue 21): characters of
    # one to four bytes, spaces of every kind inside a phrase, single characters, repeats.
    text = index.excerpts[5].text
    odd = ["é发展", '"人民\u3000群众"', '"人民\u00a0 群众"', "𠀀发展", "发展𠀀改革", "a", "é", "发发发发", '"发 展"',
           "Ab改革", "改革开放改革开放", text[:7] + "𪚥", f'"{text[2:9]}"', "ＧＤＰ", "\u2000发展\u205f改革"]
    for q in odd:
        for k in (1, 10):
            assert ranked(index, q, k, True, monkeypatch) == ranked(index, q, k, False, monkeypatch), q


@pytest.mark.parametrize("k", [1, 10, 60])
def test_long_queries_of_words_rank_as_the_numpy_path(index, k, monkeypatch):
    # Quiz stems pasted whole: many words, common and rare, not verbatim anywhere. The kernel adds the
    # rare words first and looks the common ones up only for excerpts that can still make the k best
    # (issue 21): the same excerpts, order and scores as scoring every excerpt.
    rng = random.Random(21)
    texts = [e.text for e in index.excerpts]
    for _ in range(60):
        words = []
        for _ in range(rng.randint(2, 6)):
            text = rng.choice(texts)
            start = rng.randrange(max(1, len(text) - 8))
            words.append(text[start:start + rng.randint(2, 8)])
        q = "，".join(words) + rng.choice(["", "的", "（　　）", "是"])
        assert ranked(index, q, k, True, monkeypatch) == ranked(index, q, k, False, monkeypatch), q
