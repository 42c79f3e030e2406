"""Which drafts a quiz asks first: fill-ins whose words settle their answer before those that leave it open.

The maker orders its drafts by the rank of their phrase times :func:`ask_weight` (then the seed's jitter); a weight
below 1 moves a draft forward, above 1 back.
"""

from __future__ import annotations

import re

from ..analysis.normalize import analysis_form
from .cloze import Cloze
from .tables import idf_table

# Where a one-blank fill-in stands in its sentence, and how surely its words settle the answer. On the judged samples
# (30th-35th), 50 of 58 blanks naming who acts (＿＿应当…, 由＿＿…) or a figure passed, against 81 of 140 blanks just
# before or after 的 (野生动物的＿＿＿＿: many heads fit a modifier shown, many modifiers a head) and 264 of 375 others.
_ACTOR_AFTER = re.compile(r"(?:应当|可以|不得|负责|必须|有权|依照|按照|依法)")
_BODY_BEFORE = ("由", "向", "经", "报", "会同")
ACTOR_WEIGHT, OF_WEIGHT = 0.5, 2.0


# A term of the background's vocabulary (the 13,930 words of the shipped IDF table, from policy and legal texts: 行政复议,
# 税收优惠, 因地制宜, 城乡规划) is one a prepared reader knows by that name; a rarer one is often one text's wording of
# what readers say otherwise (存储设施/存储设备, 携犬出户/携犬外出, 条理清晰/层次分明). Of the judged one-blank fill-ins of 3-6
# characters, background terms passed 91%, 78% and 65% in the 20th-29th, 30th-33rd and 34th-36th samples, the others
# 83%, 57% and 54%. Regenerated, the 34th-36th samples' fill-ins of background terms go from 36% to 48%.
RARE_WEIGHT = 5.0


def ask_weight(kind: str, cloze: Cloze) -> float:
    """How far a draft moves in the order of asking (below 1 forward, above 1 back): by where its blank stands and
    whether its term (of candidate ``kind``) is one readers know by that name."""
    weight = role_weight(cloze)
    rare = len(cloze.answers) == 1 and analysis_form(cloze.answers[0]) not in idf_table().table
    if kind in ("term", "lexicon") and rare:
        weight *= RARE_WEIGHT
    return weight


def role_weight(cloze: Cloze) -> float:
    """How far the blank's place moves a draft in the order of asking: forward for who acts, back beside 的."""
    if len(cloze.blanks) != 1:
        return 1.0
    a, b = cloze.blanks[0]
    before, after = cloze.prompt[a - 1:a], cloze.prompt[b:b + 1]
    if (a == 0 or before in "，、；：和") and _ACTOR_AFTER.match(cloze.prompt, b) \
            or cloze.prompt[max(0, a - 2):a].endswith(_BODY_BEFORE):
        return ACTOR_WEIGHT
    return OF_WEIGHT if "的" in (before, after) else 1.0
