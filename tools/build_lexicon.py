"""Build textkit's bundled lexicon (textkit/analysis/data/lexicon.txt) from the shared texts.

    python tools/build_lexicon.py            # writes textkit/analysis/data/lexicon.txt and its source list
    python tools/build_lexicon.py --dry-run  # only prints what it would keep and drop

Where the words come from (see textkit/analysis/data/LEXICON.md, which this script rewrites):
  * a hand-curated seed list of formulas and names (below);
  * terms in Chinese quotation marks “…” that recur in the political reports (the laws quote
    legal boilerplate such as “情节严重” rather than formulas, so their quotes are not used);
  * numbered formulas (两个…, 四个…, 五位一体) wherever they stand between punctuation;
  * short law titles in 《…》 (《…工会法》) and the names of union federations in the laws.
Every candidate must be Chinese characters only, 3–16 long, not a number, not already one word in
jieba's dictionary, split by plain jieba today, and must not cut across the words plain jieba
finds around it in more than a few of its occurrences (a word that would break its neighbours
would make ordinary text worse). The quiz bank is not used: it is kept for evaluation.
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from textkit.analysis.normalize import analysis_form  # noqa: E402
from textkit.analysis.segment import Segmenter  # noqa: E402

# Formulas and names a union officer or branch secretary searches for, asks in a quiz, and
# expects to see whole. Kept by hand; the mined terms below add to them. Plain compounds of two
# words (职工群众, 省总工会, 工会经费) are left to jieba: split, they are found by either word.
SEEDS = """
两个确立 两个维护 四个意识 四个自信 四个全面 五位一体 两个一百年 三个代表 三个代表重要思想
两个务必 三个务必 两个结合 两个毫不动摇 两个大局 四个伟大 五个必由之路 十个明确 十四个坚持
十三个方面 八项规定 中央八项规定 中央八项规定精神 三严三实 两学一做 四史 四风
习近平新时代中国特色社会主义思想 新时代中国特色社会主义思想 中国特色社会主义 中国特色社会主义思想
科学发展观 邓小平理论 三个代表重要思想 以人民为中心 社会主义核心价值观 总体国家安全观
人类命运共同体 新发展理念 新发展格局 高质量发展 全过程人民民主 中国式现代化 新质生产力
中华民族伟大复兴 中华民族伟大复兴中国梦 伟大建党精神 全面从严治党 全面深化改革 全面依法治国
不忘初心 牢记使命 初心使命 自我革命 党的二十大 党的十八大 党的十九大 党的二十大精神 二十大精神
政治判断力 政治领悟力 政治执行力 政治站位 学思践悟 凝心铸魂 走深走实 深学细悟 急难愁盼
可感可知 可触可达 听党话 跟党走 一以贯之
劳模精神 劳动精神 工匠精神 劳模工匠 大国工匠 劳动模范 先进工作者 五一劳动奖章
产业工人 产业工人队伍建设改革 新就业形态劳动者 工人阶级 中国工人阶级 工运事业 工运学说 工人运动
中国工人运动 中国工会章程 工会章程 中国工会十八大 工会十八大 中华全国总工会 全国总工会
职工代表大会 职代会 教职工代表大会 职工之家 模范职工之家 和谐劳动关系 劳动关系三方机制
协调劳动关系三方机制 工资集体协商 厂务公开 桥梁纽带 论述摘编 工会法 劳动合同法
"""

NUMERALS = set("〇零一二两三四五六七八九十百千万")
FUNCTION_EDGE = set("的了和与及或在是把被对向从于之等也都就而且并")
_HAN = re.compile(r"[\u4e00-\u9fd5]+")
_QUOTED = re.compile(r"“([\u4e00-\u9fd5]{3,16})”")
_NUMBERED = re.compile(r"(?<=[“、，。；：\s])((?:两|三|四|五|六|八|十)个[\u4e00-\u9fd5]{2}|[一二两三四五六七八九十]位一体)(?=[”、，。；])")
_LAW = re.compile(r"《(?:中华人民共和国)?([\u4e00-\u9fd5]{1,5}法)》")
_ORG = re.compile(r"中华全国[\u4e00-\u9fd5]{2,6}?(?:总工会|联合会|总会)")

SEED_FREQ = 10000  # formulas a user names: whole even beside words that would pull them apart
MINED_FREQ = 3000  # about as common as 工人阶级 (1189) or 劳动者 (3000+) in jieba's dictionary
MAX_CROSSING = 0.05  # share of occurrences where the term would cut a word plain jieba found


def political_texts() -> list[str]:
    texts = []
    for path in sorted((DATA / "political").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(analysis_form(json.loads(line)["content"]))
    return texts


def law_texts() -> list[str]:
    path = DATA / "laws" / "laws.jsonl.xz"
    if not path.exists():
        return []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)["content"] for line in f if line.strip()]


def mine(political: list[str], laws: list[str]) -> dict[str, dict]:
    """Candidate terms with the evidence for each: source, occurrences, documents."""
    found: dict[str, dict] = {}

    def note(term: str, source: str, doc: int) -> None:
        e = found.setdefault(term, {"source": source, "count": 0, "docs": set()})
        e["count"] += 1
        e["docs"].add(doc)

    for i, text in enumerate(political):
        for m in _QUOTED.finditer(text):
            note(m.group(1), "quoted, reports", i)
        for m in _NUMBERED.finditer(text):
            note(m.group(1), "numbered formula, reports", i)
    for i, text in enumerate(laws, len(political)):
        for m in _LAW.finditer(text):
            note(m.group(1), "law title", i)
        for m in _ORG.finditer(text):
            note(m.group(), "organisation, laws", i)
    need = {"quoted, reports": (2, 2), "numbered formula, reports": (2, 2),
            "law title": (5, 3), "organisation, laws": (3, 2)}
    return {t: e for t, e in found.items()
            if e["count"] >= need[e["source"]][0] and len(e["docs"]) >= need[e["source"]][1]}


def contexts(terms: list[str], texts: list[str], per_term: int = 200, width: int = 8) -> dict[str, list]:
    """Up to ``per_term`` windows of text around each term's occurrences: (window, start, end)."""
    out: dict[str, list] = {t: [] for t in terms}
    pattern = re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))))
    for text in texts:
        for m in pattern.finditer(text):
            bucket = out[m.group()]
            if len(bucket) < per_term:
                a = max(0, m.start() - width)
                bucket.append((text[a:m.end() + width], m.start() - a, m.end() - a))
    return out


def crossing_share(windows: list, seg: Segmenter) -> float:
    """Share of windows where plain jieba has a word straddling the term's start or end."""
    if not windows:
        return 0.0
    bad = 0
    for window, s, e in windows:
        for tok in seg.tokenize(window):
            if tok.start < s < tok.end or tok.start < e < tok.end:
                bad += 1
                break
    return bad / len(windows)


def reject_reason(term: str, plain: Segmenter, has_word) -> str | None:
    if not _HAN.fullmatch(term):
        return "not all Chinese characters"
    if not 2 <= len(term) <= 16:
        return "length"
    if set(term) <= NUMERALS or (len(term) <= 3 and set(term[:-1]) <= NUMERALS and term[-1] in "五"):
        return "a number (or a five-year plan's number)"
    if has_word(term):
        return "already a word in jieba's dictionary"
    if len(plain(term)) < 2:
        return "plain jieba keeps it whole already"
    if term[0] in FUNCTION_EDGE or term[-1] in FUNCTION_EDGE:
        return "starts or ends with a function word"
    return None


def build(dry_run: bool) -> None:
    political, laws = political_texts(), law_texts()
    plain = Segmenter(lexicon=False)
    freq = plain._engine().tok.FREQ  # the tool may look inside; the library does not
    has_word = freq.__contains__
    seeds = list(dict.fromkeys(SEEDS.split()))
    mined = mine(political, laws)
    candidates = {t: dict(e, docs=len(e["docs"])) for t, e in mined.items() if t not in seeds}
    windows = contexts(seeds + list(candidates), political + laws)
    kept: list[tuple[str, int, dict]] = []
    dropped: list[tuple[str, str]] = []
    for term in seeds:
        # A seed stays even where jieba knows it, unless jieba already weighs it as heavily:
        # 五位一体 is in its dictionary with a frequency of 6, too weak to hold in context.
        if freq.get(term, 0) >= SEED_FREQ:
            dropped.append((term, f"seed: jieba's dictionary already has it at {freq[term]}"))
        else:
            kept.append((term, SEED_FREQ, {"source": "seed", "count": len(windows[term]), "docs": "-"}))
    for term, e in sorted(candidates.items(), key=lambda kv: (-kv[1]["count"], kv[0])):
        reason = reject_reason(term, plain, has_word)
        if reason is None and len(term) < 3:
            reason = "two characters: too easily part of ordinary words"
        if reason is None:
            share = crossing_share(windows[term], plain)
            if share > MAX_CROSSING:
                reason = f"cuts across plain jieba's words in {share:.0%} of its occurrences"
        if reason:
            dropped.append((term, f"{e['source']}: {reason}"))
        else:
            kept.append((term, MINED_FREQ, e))
    for term, freq, e in kept:
        print(f"keep {term:20} {freq:6} {e['source']} ({e['count']})")
    for term, reason in dropped:
        print(f"drop {term:20} {reason}")
    print(f"{len(kept)} kept, {len(dropped)} dropped", file=sys.stderr)
    if dry_run:
        return
    lines = [f"{t} {f} nz" for t, f, _ in kept]
    (ROOT / "textkit" / "analysis" / "data" / "lexicon.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_sources(kept, dropped)


def write_sources(kept: list, dropped: list) -> None:
    path = ROOT / "textkit" / "analysis" / "data" / "LEXICON.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    head = text.split(_GENERATED)[0].rstrip() + "\n\n" if _GENERATED in text else text
    rows = ["| word | freq | source | occurrences | documents |", "|---|---|---|---|---|"]
    rows += [f"| {t} | {f} | {e['source']} | {e['count']} | {e['docs']} |" for t, f, e in kept]
    drops = ["| candidate | why dropped |", "|---|---|"] + [f"| {t} | {r} |" for t, r in dropped]
    body = "\n".join([_GENERATED, "", f"## Words ({len(kept)})", "", *rows, "",
                      f"## Candidates dropped ({len(dropped)})", "", *drops, ""])
    path.write_text(head + body, encoding="utf-8")


_GENERATED = "<!-- generated by tools/build_lexicon.py below this line -->"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the decisions, write nothing")
    args = parser.parse_args()
    if not (DATA / "political").is_dir():
        sys.exit(f"no shared data at {DATA}")
    build(args.dry_run)


if __name__ == "__main__":
    main()
