"""The data tables key phrases and distractors read: jieba's dictionary (part of speech and
frequency of each word), the background IDF of political texts, the bundled lexicon.

Each is read once, on first use, and never changed.
"""

from __future__ import annotations

import functools
import math
import re
from importlib import resources

from ..analysis.segment import bundled_lexicon


def pos_tags() -> dict[str, str]:
    """Word → part-of-speech tag of jieba's dictionary (read once; do not modify)."""
    return _jieba_dict()[0]


dictionary_tags = pos_tags


def word_freqs() -> dict[str, int]:
    """Word → frequency in jieba's dictionary."""
    return _jieba_dict()[1]


@functools.lru_cache(maxsize=1)
def _jieba_dict() -> tuple[dict[str, str], dict[str, int]]:
    """Word → part-of-speech tag and frequency from jieba's own dictionary file (data only)."""
    import jieba

    tags, freqs = {}, {}
    path = resources.files(jieba).joinpath("dict.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
            freqs[parts[0]] = int(parts[1])
    return tags, freqs


class Idf:
    """Word IDF from the shipped table; unknown words count as rare."""

    def __init__(self, table: dict[str, float], docs: int) -> None:
        self.table = table
        self.max_idf = math.log((1 + docs) / 2) + 1  # a word seen in one paragraph

    def __getitem__(self, word: str) -> float:
        return self.table.get(word, self.max_idf)

    def word(self, word: str) -> float:
        """IDF of a word; one missing from the background falls back on jieba's frequency.

        A word rare in policy texts may still be everyday Chinese (编辑, 二级); a two-character
        word neither source knows is most likely a fragment the HMM cut out of an idiom.
        """
        if word in self.table:
            return self.table[word]
        freq = word_freqs().get(word)
        if freq is None:
            return self.max_idf * (0.6 if len(word) == 2 else 1.0)
        return max(self.max_idf * 0.5, self.max_idf - 0.8 * math.log10(freq))


@functools.lru_cache(maxsize=1)
def idf_table() -> Idf:
    text = resources.files("textkit.analysis").joinpath("data/idf.tsv").read_text(encoding="utf-8")
    table, docs = {}, 1
    for line in text.splitlines():
        word, _, value = line.partition("\t")
        if word == "#docs":
            docs = int(value)
        elif not word.startswith("#"):
            table[word] = float(value)
    return Idf(table, docs)


@functools.lru_cache(maxsize=1)
def lexicon_set() -> frozenset[str]:
    return frozenset(lexicon_words())


@functools.lru_cache(maxsize=1)
def lexicon_words() -> tuple[str, ...]:
    return tuple(line.split()[0] for line in bundled_lexicon().splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def unsettled_answers() -> frozenset[str]:
    """Fill-in answers readers write another way wherever they are blanked (忠于职守 for 恪尽职守, 优惠政策 for
    扶持政策), from ``data/unsettled_answers.txt`` (built by ``tools/build_unsettled_answers.py`` from the judged
    samples)."""
    return _word_list("unsettled_answers.txt")


@functools.lru_cache(maxsize=1)
def statute_words() -> frozenset[str]:
    """Words of statutes' stock prose (in a fifth of all statutes or more: 会同, 主管部门, 合法权益),
    from ``data/statute_words.txt`` (built by ``tools/build_statute_words.py``)."""
    return _word_list("statute_words.txt")


def _word_list(name: str) -> frozenset[str]:
    """The words of a bundled list (``textkit/analysis/data/NAME``: one a line, ``#`` lines are notes)."""
    text = resources.files("textkit.analysis").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def bound_words() -> dict[tuple[str, str], frozenset[str]]:
    """(word, side) → the neighbours policy and legal Chinese almost never says it without (非法人 →
    组织 on its right, 生物灾害 → 有害 on its left), from ``data/bound_words.tsv`` (built by
    ``tools/build_bound_words.py``)."""
    text = resources.files("textkit.analysis").joinpath("data/bound_words.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, str], set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, side, other, _ = line.split("\t")
            out.setdefault((word, side), set()).add(other)
    return {key: frozenset(v) for key, v in out.items()}


def background_words() -> tuple[str, ...]:
    """Words of the background IDF table, commonest first (a source of familiar distractors)."""
    return _background_words()


@functools.lru_cache(maxsize=1)
def _background_words() -> tuple[str, ...]:
    table = idf_table().table
    return tuple(sorted(table, key=lambda w: (table[w], w)))


# Function words and empty words of official prose: never a key phrase on their own.
STOPWORDS = frozenset(
    """的 了 和 与 及 是 在 为 对 把 要 等 以 从 这 那 其 之 各 该 本 并 或 而 也 都 就 又 被 将 向 由 于
    我们 你们 他们 我国 这个 这些 那些 一个 一些 一系列 以下 以上 简称 有关 如下 现将 通知 期间 方面 当前 今后
    时期 进一步 切实 积极 大力 不断 努力 认真 全面 深入 继续 加强 推进 推动 坚持 进行 开展 实现 提高 促进
    我们党 什么 为什么 怎么 自己 每一个 之一 以及 其中 通过 根据 按照 围绕 关于 作为 成为 形成 做到 做好
    必须 需要 能够 可以 应当 已经 正在 一定 更加 特别 重要 主要 有效 真正 始终 同时 目前 日前 今年 去年
    工作 问题 情况 方式 方法 作用 意义 要求 任务 事项 单位 各单位 有关部门 同志 总书记 习近平总书记 习近平同志
    广大 结合起来 学习 宣传 贯彻 学习贯彻 学习宣传贯彻 各级 一流 下功夫""".split()
)


@functools.lru_cache(maxsize=65536)
def content(word: str) -> bool:
    """A word that can carry meaning in a blank: two characters or more, no function word, no bare numeral."""
    return len(word) >= 2 and word not in STOPWORDS and not re.fullmatch("[一二两三四五六七八九十百千万]+个?", word)


# Stock phrases of statutes and reports: true everywhere, so asking them tests nothing.
BOILERPLATE_TERMS = frozenset(
    """情节严重 情节较轻 构成犯罪 依法追究 刑事责任 追究刑事责任 依法追究刑事责任 直辖市 自治区 县级以上 国家有关 有关规定
    依法办理 责令改正 予以警告 经过培训 人民政府 国务院 本法 前款 本条 本办法 本条例 相应的 其他有关 具体办法
    负有责任 拒不执行 之日起 是否 是否是 国家有关主管部门 有关主管部门 主管部门 有关部门 国际交流与合作 交流与合作 国际交流
    国际合作 无法 生效 不生效 企事业单位 良好环境 宝贵经验 不利影响 交易条件 相关规定 法律法规 有关法律 行政法规
    工作人员 国家机关 有关单位 其他组织 社会公德 突出贡献 显著成绩 申请者 申请人 面向社会 自然人 法人 非法人组织 职能部门
    滥用职权 玩忽职守 徇私舞弊 任何一方 致力于 人民币 职责分工 管理权限 职权范围 投入使用 最大限度 推广应用 注册手续 宣告破产 新建 改建 扩建 密切合作 各负其责
    互通信息 创造条件 书面通知申请人 发生变化 主持会议 保护意识 达成协议 上缴国库 恶劣影响
    按规定 按照规定 另行规定 犯罪行为 违法行为 维持秩序 清偿债务 偿还债务 成绩突出 成绩显著 法定节假日 节假日 产生争议 发生争议 紧急措施 应急措施 收费标准 在生活上 紧密结合 紧密配合 密切结合 给予帮助 给予支持 给予扶持 积极性 主动性 创造性 重大贡献
    补救措施 防范措施 控制措施 总体水平 整体水平 实施细则 法定职权 法定程序 利用职权 经济收益 经济收入
    目的地 不在此限 有计划 有步骤 严肃处理 文件精神 优化升级 转型升级 另一方 赶赴现场 矛盾纠纷 申请人民法院强制执行 人民法院强制执行
    一致意见 听取意见 挪作他用 移作他用 优异成绩 优秀成绩 突出成绩 法定权限 行使职权 履行职权
    违法犯罪活动 违法犯罪行为 新闻媒体 新闻单位 治安处罚 治安管理处罚 诚实信用 强制执行""".split())
# A generic modifier makes a stock phrase of any noun (不利影响, 良好环境, 宝贵经验): nothing to learn.
STOCK_MODIFIERS = tuple("""不利 良好 宝贵 重要 显著 积极 有关 相关 必要 有效 主要 基本 一般 正常 合理 适当 相应 一定 较大
    有益 有力 明显 必需 充分 广泛 严重 严格 良性 正当 各项 各类 各种 有关的 相关的 具体""".split())
LEGAL_SOURCES = frozenset("法律 法规 规章 行政法规 地方性法规 部门规章 政府规章 自治条例 单行条例".split())
