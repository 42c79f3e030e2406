"""How well the word vectors tell an option of the answer's kind from another kind of thing.

    python -m eval.meaning

Pairs of one kind (经济/军事 as in …实力, 任免/审批 as in …权, 强制性/推荐性) and pairs of two kinds
(任免/经营, 学术/工业, 强制性/流动性, 武装/贡献) — the second mostly wrong options judges failed on held-out
sheets — scored by :func:`textkit.quiz.meaning.similarity`. Reports the mean of each, the AUC (the
chance that a same-kind pair scores above a two-kind pair) and how many of each the lower bound of
:data:`textkit.quiz.meaning.MEANING_BAND` keeps.
"""

from __future__ import annotations

import json

from textkit.quiz.meaning import MEANING_BAND, similarity

ONE_KIND = """经济,军事 经济,政治 经济,文化 任免,审批 强制性,推荐性 学术,学科 学术,教材 工伤,医疗 责任,财产 立法,监督 空间,产业
国防,科学 道德,科学 理想,道德 奉献,奋斗 创造,奋斗 职能,主管 劳模,工匠 监督,检查 城市化,工业化 无害化,减量化 群众,职工 医疗,养老
教育,卫生 文化,体育 农业,工业 省级,县级 行政,刑事 民事,刑事 财政,金融""".split()
TWO_KINDS = """任免,经营 学术,工业 强制性,流动性 强制性,可能性 武装,贡献 空间,作物 城市化,荒漠化 保险,钢铁 学术,指标 创造,振奋
无害化,知识化 无害化,合作化 强制性,突破性 福利,钢铁 道德,成人 武装,精神 经济,指标 安全,作物 理论,钢铁 国防,旅游 劳模,爱国
职能,劳动 医疗,荒漠化 教育,流动性""".split()


def scores(pairs: list[str]) -> list[float]:
    out = []
    for pair in pairs:
        value = similarity(*pair.split(","))
        if value is not None:
            out.append(value)
    return out


def main() -> None:
    same, other = scores(ONE_KIND), scores(TWO_KINDS)
    wins = sum(1.0 if x > y else 0.5 if x == y else 0.0 for x in same for y in other)
    floor = MEANING_BAND[0]
    print(json.dumps({
        "one_kind": {"pairs": len(same), "mean": round(sum(same) / len(same), 3),
                     "kept": sum(x >= floor for x in same)},
        "two_kinds": {"pairs": len(other), "mean": round(sum(other) / len(other), 3),
                      "kept": sum(x >= floor for x in other)},
        "auc": round(wins / (len(same) * len(other)), 3), "floor": floor}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
