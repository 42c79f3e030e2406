"""The OpenSearch/Elasticsearch export, its query DSL, and the Lucene flavour of BM25 against real Lucene."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from textkit.analysis.load import load_corpus
from textkit.errors import QueryError, SearchIndexError
from textkit.search import opensearch
from textkit.search.bm25 import lucene_length
from textkit.search.index import SearchIndex

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "opensearch"
CONGRESS = ROOT.parent / "shared" / "data" / "political" / "cpc_congress_reports.jsonl"
LUCENE_JARS = [Path("/usr/share/java/lucene-core-8.7.0.jar"), Path("/usr/share/java/lucene-analyzers-common-8.7.0.jar")]
QUERIES = ["两个维护", "劳模精神 工匠精神", '"急难愁盼" +工会', "工会 -工匠", "学思践悟 doc:通知", "section:三、 职工"]


@pytest.fixture(scope="module")
def notice() -> SearchIndex:
    return SearchIndex.build(load_corpus([ROOT / "corpus"]), flavour="lucene")


def _exported(index: SearchIndex, out: Path) -> dict[str, str]:
    files = opensearch.export(index, out, name="notice", per_file=20)
    found = {f.name: f.read_text(encoding="utf-8") for f in files}
    found["queries.json"] = json.dumps({q: opensearch.query_body(index, q, k=5) for q in QUERIES},
                                       ensure_ascii=False, indent=1) + "\n"
    meta = json.loads(found["mapping.json"])
    meta["mappings"]["_meta"]["textkit"] = "VERSION"  # the golden files outlive a version number
    found["mapping.json"] = json.dumps(meta, ensure_ascii=False, indent=1) + "\n"
    return found


def test_export_and_queries_match_the_golden_files(notice, tmp_path):
    found = _exported(notice, tmp_path)
    if os.environ.get("TEXTKIT_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        GOLDEN.mkdir(parents=True)
        for name, text in found.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
    golden = {p.name: p.read_text(encoding="utf-8") for p in GOLDEN.iterdir()}
    assert set(found) == set(golden)
    for name in golden:
        assert found[name] == golden[name], f"{name} differs; if on purpose, rerun with TEXTKIT_UPDATE_GOLDEN=1"


def test_mapping_carries_the_analysis_and_bm25_parameters(notice):
    m = opensearch.mapping(notice)
    assert m["settings"]["index"]["similarity"]["textkit_bm25"] == {"type": "BM25", "k1": notice.k1, "b": notice.b}
    assert m["mappings"]["_meta"]["analysis"] == notice.segmenter.settings
    assert m["mappings"]["_meta"]["bm25"]["flavour"] == "lucene"
    props = m["mappings"]["properties"]
    assert props["words"]["analyzer"] == props["grams"]["analyzer"] == "textkit_tokens"


def test_bulk_documents_hold_textkits_words_whole(notice, tmp_path):
    opensearch.export(notice, tmp_path)
    lines = (tmp_path / "bulk-00001.ndjson").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines[1::2]]
    assert len(docs) == notice.size and len(lines) == 2 * notice.size
    holding = [d for d in docs if "两个维护" in d["text"]]
    assert holding and all("两个维护" in d["words"].split() for d in holding)  # one word, not 两个/维护
    # The words field holds exactly the terms the index counts: BM25 lengths agree.
    assert [len(d["words"].split()) for d in docs] == np.asarray(notice._length).tolist()


def test_query_dsl_follows_textkit_syntax(notice):
    body = opensearch.query_body(notice, '"劳模精神" 两个维护 -工匠 section:三、', k=3)
    bool_ = body["query"]["bool"]
    assert body["size"] == 3
    assert {"match_phrase": {"grams": {"query": "劳 模 精 神"}}} in bool_["must"]
    assert {"match": {"words": {"query": "两个维护"}}} in bool_["should"]
    assert bool_["must_not"] == [{"match_phrase": {"grams": {"query": "工 匠"}}}]
    assert bool_["filter"] == [{"wildcard": {"section": {"value": "*三、*"}}}]
    assert opensearch.SEARCH_PARAMS == {"search_type": "dfs_query_then_fetch"}
    with pytest.raises(QueryError):
        opensearch.query_body(notice, "  ")


def test_lucene_lengths_are_read_back_as_lucenes_one_byte_norms():
    # SmallFloat.intToByte4 keeps lengths below 24 exactly, longer ones to their top four bits.
    assert lucene_length(np.array([0, 1, 23, 24, 25, 39, 40, 41, 100, 1000])).tolist() == \
        [0, 1, 23, 24, 25, 39, 40, 40, 96, 984]


def test_flavour_is_kept_on_disk_and_checked(notice, tmp_path):
    notice.save(tmp_path / "n.idx")
    again = SearchIndex.load(tmp_path / "n.idx")
    assert again.flavour == "lucene"
    assert [(h.excerpt, h.score) for h in again.search("两个维护")] == [(h.excerpt, h.score) for h in notice.search("两个维护")]
    okapi = SearchIndex.build(load_corpus([ROOT / "corpus"]))
    assert okapi.search("两个维护")[0].score != notice.search("两个维护")[0].score
    with pytest.raises(SearchIndexError, match="flavour"):
        SearchIndex(flavour="bm42")


def _lucene_ranking(tmp_path: Path, docs: list[dict], queries: list[list[str]], k1: float, b: float, k: int = 10):
    source = Path(__file__).parent / "lucene" / "LuceneBM25.java"
    classpath = ":".join(str(j) for j in LUCENE_JARS)
    subprocess.run(["javac", "-cp", classpath, "-d", str(tmp_path), str(source)], check=True, capture_output=True)
    (tmp_path / "docs.tsv").write_text("".join(f"{d['excerpt']}\t{d['words']}\n" for d in docs), encoding="utf-8")
    (tmp_path / "queries.tsv").write_text("".join(f"{n}\t{' '.join(q)}\n" for n, q in enumerate(queries)),
                                          encoding="utf-8")
    run = subprocess.run(["java", "-cp", f"{classpath}:{tmp_path}", "LuceneBM25", str(tmp_path / "docs.tsv"),
                          str(tmp_path / "queries.tsv"), str(k1), str(b), str(k)],
                         check=True, capture_output=True, text=True, timeout=600)
    ranked: dict[int, list[tuple[str, float]]] = {n: [] for n in range(len(queries))}
    for line in run.stdout.splitlines():
        n, ident, score = line.split("\t")
        ranked[int(n)].append((ident, float(score)))
    return ranked


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("javac") and all(j.exists() for j in LUCENE_JARS) and CONGRESS.exists()),
                    reason="needs Java, Debian's liblucene8-java and ../shared/data")
@pytest.mark.parametrize("k1, b", [(0.6, 0.3), (1.2, 0.75)])
def test_exported_words_rank_in_real_lucene_as_textkits_lucene_flavour(tmp_path, k1, b):
    index = SearchIndex.build(load_corpus([CONGRESS]), k1=k1, b=b, flavour="lucene")
    opensearch.export(index, tmp_path / "out", per_file=10**9)
    lines = (tmp_path / "out" / "bulk-00001.ndjson").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines[1::2]]
    texts = ["中国式现代化", "全过程人民民主", "乡村振兴战略", "全面从严治党", "共同富裕", "高质量发展",
             "人类命运共同体", "社会主义核心价值观", "两个确立", "生态文明建设", "科教兴国", "一国两制",
             "国家安全体系和能力现代化", "党的领导 人民当家作主 依法治国", "劳动 工会 职工", "教育 科技 人才"]
    queries = [index.analyze(t) for t in texts]
    lucene = _lucene_ranking(tmp_path, docs, queries, k1, b)
    ids = [d["excerpt"] for d in docs]
    for n, tokens in enumerate(queries):
        scores = index.bm25_scores(tokens)
        order = np.lexsort((np.arange(len(scores)), -scores))[:10]
        ours = [(ids[i], float(scores[i])) for i in order if scores[i] > 0]
        theirs = lucene[n]
        assert len(ours) == len(theirs), texts[n]
        for (a, x), (c, y) in zip(ours, theirs):
            assert x == pytest.approx(y, rel=2e-5), (texts[n], a, c)  # Lucene sums in float32
        # The same excerpts in the same order, where scores are not tied within float32 precision.
        untied = [i for i in range(len(ours)) if all(abs(ours[i][1] - s) > 1e-4 * s for j, (_, s) in enumerate(ours) if j != i)]
        assert [ours[i][0] for i in untied] == [theirs[i][0] for i in untied], texts[n]


@pytest.mark.skipif(not os.environ.get("TEXTKIT_OPENSEARCH_URL"), reason="set TEXTKIT_OPENSEARCH_URL to test a live server")
def test_a_live_server_ranks_the_export_as_textkit_does(notice, tmp_path):
    base = os.environ["TEXTKIT_OPENSEARCH_URL"].rstrip("/")
    name = "textkit-test-notice"

    def call(method: str, path: str, body: bytes | None = None, kind: str = "application/json"):
        req = urllib.request.Request(f"{base}/{path}", data=body, method=method, headers={"Content-Type": kind})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read() or b"{}")

    try:
        call("DELETE", name)
    except Exception:  # noqa: BLE001 - absent: nothing to delete
        pass
    files = opensearch.export(notice, tmp_path, name=name)
    call("PUT", name, files[0].read_bytes())
    for bulk in files[1:]:
        call("POST", "_bulk?refresh=true", bulk.read_bytes(), "application/x-ndjson")
    for query in ("两个维护", "劳模精神 工匠精神"):
        found = call("POST", f"{name}/_search?search_type=dfs_query_then_fetch",
                     json.dumps(opensearch.query_body(notice, query, k=3)).encode())
        top = found["hits"]["hits"][0]["_source"]["excerpt"]
        assert top == notice.search(query, k=1)[0].excerpt
    call("DELETE", name)
