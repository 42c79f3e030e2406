"""Segmentation: formulas whole, offsets into the input, engines that agree, dictionaries."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.errors import SegmenterError
from textkit.analysis.normalize import analysis_form
from textkit.analysis.segment import Segmenter, stopwords

ROOT = Path(__file__).resolve().parents[2]
NOTICE = next((ROOT / "corpus").glob("*.txt"))
POLITICAL = ROOT.parent / "shared" / "data" / "political"

FORMULAS = ["两个确立", "四个意识", "四个自信", "两个维护", "习近平新时代中国特色社会主义思想",
            "劳模精神", "劳动精神", "工匠精神", "急难愁盼", "中国工会章程"]


@pytest.fixture(scope="module")
def notice() -> str:
    return NOTICE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter()


@pytest.fixture(scope="module")
def fast() -> Segmenter:
    return Segmenter(engine="fast")


@pytest.mark.parametrize("engine", ["jieba", "fast"])
def test_formulas_of_the_notice_stay_whole(notice, engine):
    tokens = set(Segmenter(engine=engine)(notice))
    assert [f for f in FORMULAS if f not in tokens] == []


def test_plain_jieba_would_split_them():
    # The lexicon is what keeps them whole: without it 两个维护 is 两个 / 维护.
    tokens = Segmenter(lexicon=False)("坚决做到两个维护，大力弘扬劳模精神")
    assert "两个维护" not in tokens and "劳模精神" not in tokens


def test_traditional_text_gives_simplified_formula(seg):
    tokens = seg.tokenize("堅決做到兩個維護")
    assert [t.token for t in tokens] == ["坚决", "做到", "两个维护"]
    assert tokens[-1][1:] == (4, 8)


def test_full_width_digits_and_letters_are_folded(seg):
    tokens = seg.tokenize("２０２４年ＧＤＰ")
    assert [t.token for t in tokens] == ["2024", "年", "GDP"]
    assert [(t.start, t.end) for t in tokens] == [(0, 4), (4, 5), (5, 8)]


@pytest.mark.parametrize("mode", ["exact", "search"])
def test_offsets_map_into_the_input(notice, mode):
    tokens = Segmenter(mode=mode).tokenize(notice)
    assert tokens
    for t in tokens:
        assert analysis_form(notice[t.start:t.end]) == t.token
    if mode == "exact":
        # One reading: tokens follow each other and only whitespace is left out.
        gaps = [notice[a.end:b.start] for a, b in zip(tokens, tokens[1:])]
        assert all(not g.strip() for g in gaps)


def test_search_mode_adds_the_words_inside_long_ones():
    search = Segmenter(mode="search")("学习习近平新时代中国特色社会主义思想")
    exact = Segmenter()("学习习近平新时代中国特色社会主义思想")
    assert exact == ["学习", "习近平新时代中国特色社会主义思想"]
    for inner in ["习近平", "时代", "中国", "社会主义", "中国特色社会主义", "思想"]:
        assert inner in search
    assert set(exact) <= set(search)


def test_engines_agree_on_the_notice(notice, seg, fast):
    assert seg.tokenize(notice) == fast.tokenize(notice)
    assert Segmenter(mode="search").tokenize(notice) == Segmenter(engine="fast", mode="search").tokenize(notice)
    assert Segmenter(hmm=False).tokenize(notice) == Segmenter(engine="fast", hmm=False).tokenize(notice)


@pytest.mark.parametrize("text", [
    "“十三五”规划纲要（2016-2020年）",  # jieba-rs keeps 2016-2020 whole; jieba does not
    "细颗粒物(PM2.5)平均浓度下降，访问www.people.com.cn",  # jieba-rs search mode adds "PM2"
    "㐂字与兀字",  # CJK extension A and compatibility ideographs: jieba leaves them alone
    "增长0.7-0.8个百分点，hs-dcs1000型",
])
@pytest.mark.parametrize("mode", ["exact", "search"])
def test_engines_agree_where_rjieba_departs_from_jieba(text, mode):
    assert Segmenter(mode=mode).tokenize(text) == Segmenter(engine="fast", mode=mode).tokenize(text)


def _political_excerpts(limit: int | None) -> list[str]:
    if not POLITICAL.is_dir():
        pytest.skip("../shared/data/political is absent")
    texts = []
    for path in sorted(POLITICAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.extend(p for p in json.loads(line)["content"].split("\n") if p.strip())
    return texts[:limit] if limit else texts


def test_engines_agree_on_political_paragraphs():
    texts = _political_excerpts(400)
    for mode in ("exact", "search"):
        a = Segmenter(mode=mode).tokenize_many(texts)
        b = Segmenter(engine="fast", mode=mode).tokenize_many(texts)
        assert [t for t, x, y in zip(texts, a, b) if x != y] == []


@pytest.mark.slow
def test_engines_agree_on_the_whole_political_corpus():
    texts = _political_excerpts(None)
    for mode in ("exact", "search"):
        a = Segmenter(mode=mode).tokenize_many(texts)
        b = Segmenter(engine="fast", mode=mode).tokenize_many(texts)
        assert [t[:60] for t, x, y in zip(texts, a, b) if x != y] == []


def test_tokenize_many_matches_tokenize_and_reports_progress(notice, fast):
    paragraphs = [p for p in notice.split("\n") if p.strip()]
    calls = []
    many = fast.tokenize_many(paragraphs, progress=lambda done, total: calls.append((done, total)))
    assert many == [fast.tokenize(p) for p in paragraphs]
    assert calls[-1] == (len(paragraphs), len(paragraphs))
    assert fast.cut_many(paragraphs) == [fast(p) for p in paragraphs]
    assert fast.cut_many(paragraphs) == [[t.token for t in ts] for ts in many]


def test_user_dictionary_adds_words(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("工会小家 20000 nz\n職工書屋\n", encoding="utf-8")  # freq optional; traditional is folded
    text = "建设工会小家和职工书屋"
    assert "工会小家" not in Segmenter()(text)
    tokens = Segmenter(dictionaries=[path])(text)
    assert "工会小家" in tokens and "职工书屋" in tokens
    assert Segmenter(dictionaries=[path]).lexicon_hash != Segmenter().lexicon_hash


def test_two_segmenters_do_not_interfere(tmp_path):
    path = tmp_path / "mine.txt"
    # A frequency of 0 tells jieba to split a word; jieba keeps such words in a process-wide set,
    # which must not leak from one segmenter into another.
    path.write_text("工会小家 20000\n两个维护 0\n", encoding="utf-8")
    text = "建设工会小家，做到两个维护"
    plain, custom = Segmenter(engine="fast"), Segmenter(dictionaries=[path])
    fast_custom, ref = Segmenter(engine="fast", dictionaries=[path]), Segmenter()
    assert custom(text) == fast_custom(text)
    assert "工会小家" in custom(text) and "两个维护" not in custom(text)
    assert "工会小家" not in ref(text) and "两个维护" in ref(text)
    assert plain(text) == ref(text)


@pytest.mark.parametrize("content, message", [
    (b"\xb9\xa4\xbb\xe1\xd0\xa1\xbc\xd2 100\n", "not UTF-8"),  # GBK bytes
    ("两个维护 很多 nz\n".encode(), "line 1"),
    ("两个维护 100 nz 多余\n".encode(), "line 1"),
    (b"", "has no words"),
    (b"\x00\x01\x02binary", "not a text file"),
])
def test_bad_dictionary_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SegmenterError, match=message) as info:
        Segmenter(dictionaries=[path])
    assert "bad.txt" in str(info.value)


def test_missing_dictionary_and_bad_options_are_errors(tmp_path):
    with pytest.raises(SegmenterError, match="cannot read dictionary"):
        Segmenter(dictionaries=[tmp_path / "absent.txt"])
    with pytest.raises(SegmenterError, match="unknown engine"):
        Segmenter(engine="pkuseg")
    with pytest.raises(SegmenterError, match="unknown mode"):
        Segmenter(mode="all")


def test_first_use_from_many_threads(notice):
    seg = Segmenter(engine="fast", mode="search")
    results: list = [None] * 6

    def work(i: int) -> None:
        results[i] = seg.tokenize(notice)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] and all(r == results[0] for r in results)


def test_loading_jieba_prints_nothing(capfd):
    Segmenter(lexicon=False)("两个维护")
    assert "prefix dict" not in capfd.readouterr().err


def test_settings_record_the_analysis(seg):
    s = seg.settings
    assert s["engine"] == "jieba" and s["mode"] == "exact" and s["lexicon_hash"] == seg.lexicon_hash
    assert Segmenter(lexicon=False).lexicon_hash != seg.lexicon_hash


def test_stopwords_are_function_words_not_formulas(seg):
    words = stopwords()
    assert {"的", "了", "和", "是", "在", "，", "。"} <= words
    assert not {"两个维护", "工会", "不", "必须"} & words
    assert seg.stopwords is words


def test_fits_sklearn_count_vectorizer(notice, seg):
    from sklearn.feature_extraction.text import CountVectorizer

    paragraphs = [p for p in notice.split("\n") if p.strip()]
    vec = CountVectorizer(tokenizer=seg, lowercase=False, token_pattern=None).fit(paragraphs)
    vocab = vec.vocabulary_
    assert "两个维护" in vocab and "工匠精神" in vocab and "两个" not in vocab


def test_cli_segment_json(notice):
    result = CliRunner().invoke(cli, ["segment", "--json", "堅決做到兩個維護"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[-1] == {"token": "两个维护", "start": 4, "end": 8}


def test_cli_segment_file_in_any_encoding_gives_the_same_tokens(tmp_path, notice):
    runner = CliRunner()
    outputs = []
    for encoding in ("utf-8", "gb18030", "utf-16"):
        path = tmp_path / f"notice-{encoding}.txt"
        path.write_bytes(notice.encode(encoding))
        result = runner.invoke(cli, ["segment", "-f", str(path), "--json", "--engine", "fast"])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert outputs[0] == outputs[1] == outputs[2]
    tokens = {json.loads(line)["token"] for line in outputs[0].splitlines()}
    assert set(FORMULAS) <= tokens


def test_cli_segment_with_user_dictionary(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("工会小家 20000 nz\n", encoding="utf-8")
    bad.write_text("工会小家 许多\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["segment", "--dict", str(good), "建设工会小家"])
    assert result.exit_code == 0 and "工会小家" in result.output.split(" / ")[-1]
    result = runner.invoke(cli, ["segment", "--dict", str(bad), "建设工会小家"])
    assert result.exit_code == 1
    assert "bad.txt" in result.output and "Traceback" not in result.output


def test_bundled_lexicon_is_a_jieba_dictionary():
    from textkit.analysis.segment import bundled_lexicon

    lines = bundled_lexicon().splitlines()
    rows = [line.split() for line in lines]
    assert all(len(r) == 3 and r[1].isdigit() and r[2] == "nz" for r in rows)
    words = [r[0] for r in rows]
    assert len(words) == len(set(words))
    assert set(FORMULAS) <= set(words)


@pytest.mark.slow
def test_lexicon_does_not_make_sighan_pku_worse_than_plain_jieba():
    import sys

    import jieba

    gold_path = ROOT.parent / "shared" / "data" / "eval" / "icwb2_pku_test_gold.utf8"
    if not gold_path.exists():
        pytest.skip("../shared/data/eval is absent")
    sys.path.insert(0, str(ROOT / "eval"))
    from segmentation import read_bakeoff, score

    text, gold = read_bakeoff("pku")
    plain = jieba.Tokenizer()
    ours = score(gold, Segmenter(engine="fast").cut_many(text))["f1"]
    assert ours >= score(gold, [plain.lcut(line) for line in text])["f1"]


@pytest.mark.parametrize("engine", ["jieba", "fast"])
def test_text_already_in_analysis_form_segments_as_the_raw_text(engine, notice):
    seg = Segmenter(engine=engine)
    for text in notice.split("\n") + ["堅決做到兩個維護", "２０２４年ＧＤＰ"]:
        assert seg.cut_analysed(analysis_form(text)) == seg(text)


@pytest.mark.parametrize("hmm", [True, False])
def test_a_plain_call_gives_the_words_of_tokenize(hmm):
    # The fast engine's plain call skips the offsets (issue 21): the same words as tokenize, and as jieba's.
    odd = ["“十三五”规划纲要（2016-2020年）", "细颗粒物(PM2.5)，访问www.people.com.cn", "㐂字与兀字 𠀀", "ＧＤＰ 增長\t7%",
           "增长0.7-0.8个百分点，hs-dcs1000型", "  ", ""]
    texts = _political_excerpts(300) + odd
    jieba_seg = Segmenter(hmm=hmm)
    fast_seg = Segmenter(engine="fast", hmm=hmm)
    for text in texts:
        words = [t.token for t in fast_seg.tokenize(text)]
        assert fast_seg(text) == words == jieba_seg(text), text
