"""Quizzes for the export tests: real sentences of the bundled notice, and a hostile document."""

from __future__ import annotations

from pathlib import Path

from textkit.analysis.load import load_corpus
from textkit.quiz import BLANK_CHAR, Quiz, QuizItem

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

HOSTILE_LINES = [
    '=HYPERLINK("http://example.invalid","点我")坚决做到两个维护',
    "<script>alert(1)</script>增强四个意识{braces}~波浪=等号",
    "+SUM(A1:A2) 与 @cmd 和 -1 开头的行；还有 </script><!-- 与 ]]> 以及 `code` *星* #井 \\反斜杠 {{c2::偷看}} ::名::",
]
HOSTILE_TEXT = "\n".join(HOSTILE_LINES)


def item(
    id: str, kind: str, sentence: str, answers: list[str], choices: list[str] | None = None,
    hint: str = "", doc: str = "", excerpt: str = "", section: str = "",
) -> QuizItem:
    """An item that blanks each answer (in order) out of a real sentence."""
    prompt, blanks, pos = "", [], 0
    for answer in answers:
        at = sentence.index(answer, pos)
        prompt += sentence[pos:at]
        blanks.append((len(prompt), len(prompt) + len(answer)))
        prompt += BLANK_CHAR * len(answer)
        pos = at + len(answer)
    prompt += sentence[pos:]
    return QuizItem(
        id=id, kind=kind, prompt=prompt, answers=list(answers), blanks=blanks, choices=list(choices or []),
        accept=[[] for _ in answers], source={"doc": doc, "excerpt": excerpt}, section=section, hint=hint or sentence,
    )


def _from_notice(n: int, kind: str, sentence: str, answers: list[str], choices: list[str] | None = None) -> QuizItem:
    excerpt = next(x for x in load_corpus([CORPUS]) if sentence in x.text)
    return item(f"q{n}", kind, sentence, answers, choices, hint=excerpt.text, doc=excerpt.doc,
                excerpt=excerpt.id, section=excerpt.section)


def notice_quiz() -> Quiz:
    """A mixed quiz of the notice: one-blank and three-blank cloze items and four-option choice items."""
    items = [
        _from_notice(1, "cloze", "以实际行动拥护“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
                     ["两个维护"]),
        _from_notice(2, "choice", "真正把坚决拥护“两个确立”、坚决做到“两个维护”体现在行动上，落实到工作中。",
                     ["两个确立"], ["两个维护", "两个确立", "四个意识", "四个自信"]),
        _from_notice(3, "cloze", "大力弘扬劳模精神、劳动精神、工匠精神的重大意义",
                     ["劳模精神", "劳动精神", "工匠精神"]),
        _from_notice(4, "choice", "进一步提高政治判断力、政治领悟力、政治执行力",
                     ["政治领悟力"], ["政治判断力", "政治鉴别力", "政治执行力", "政治领悟力"]),
        _from_notice(5, "cloze", "聚焦教职工工会会员急难愁盼，用心用情用力履行维护教职工工会会员合法权益", ["急难愁盼"]),
        _from_notice(6, "choice", "紧围绕保持和增强政治性、先进性、群众性这一主线",
                     ["先进性"], ["群众性", "先进性", "政治性", "创新性"]),
    ]
    return Quiz(title="学习宣传贯彻《论述摘编》知识测验", items=items, seed=7,
                instructions="请在横线上填写原文词语；选择题只有一个正确答案。")


def hostile_quiz() -> Quiz:
    """A quiz of a document full of markup, GIFT syntax and spreadsheet formulas."""
    doc = "<script>alert(1)</script>{恶意}=文档"
    a, b, c = HOSTILE_LINES
    items = [
        item("h1", "cloze", a, ["两个维护"], doc=doc, excerpt=f"{doc}#1", hint=HOSTILE_TEXT),
        item("h2", "cloze", b, ["{braces}"], doc=doc, excerpt=f"{doc}#2", hint=b),
        item("h3", "choice", b, ["四个意识"], ["a~b=c", "四个意识", "{四个自信}", "<b>粗</b>"],
             doc=doc, excerpt=f"{doc}#2", hint=b),
        item("h4", "cloze", c, ["SUM"], doc=doc, excerpt=f"{doc}#3", hint=c),
        QuizItem(id="h5", kind="multi", prompt=c, answers=["</script>", "{{c2::偷看}}"], blanks=[],
                 choices=["</script>", "~%50%假", "{{c2::偷看}}", "=1+1"],
                 source={"doc": doc, "excerpt": f"{doc}#3"}, hint=c),
        QuizItem(id="h6", kind="judge", prompt=a.replace("两个维护", "<b>两个确立</b>"), answers=["错"], blanks=[],
                 choices=["对", "错"], source={"doc": doc, "excerpt": f"{doc}#1"}, hint=a, original=a),
        QuizItem(id="h7", kind="source", prompt=f"“{b}”出自", answers=[doc], blanks=[],
                 choices=["=cmd|' /C calc'!A0", doc, "<b>报告</b>", "中国工会章程"],
                 source={"doc": doc, "excerpt": f"{doc}#2", "note": "::注:: {#} <i>讲话</i>"}, hint=b),
    ]
    return Quiz(title=doc + "/../测验", items=items, seed=1, instructions="=1+1 <i>说明</i>")


def _notice_excerpt(sentence: str):
    return next(x for x in load_corpus([CORPUS]) if sentence in x.text)


def _whole(id: str, kind: str, prompt: str, answers: list[str], choices: list[str], sentence: str,
           blank: str = "", points: int = 0, original: str = "", note: str = "") -> QuizItem:
    """An item of a kind answered by picking (multi, judge, source), from a sentence of the notice.

    ``blank`` (a piece of ``prompt``) becomes the item's one blank, drawn as ＿ per character.
    """
    excerpt = _notice_excerpt(sentence)
    blanks = []
    if blank:
        at = prompt.index(blank)
        prompt = prompt[:at] + BLANK_CHAR * len(blank) + prompt[at + len(blank):]
        blanks = [(at, at + len(blank))]
    source = {"doc": excerpt.doc, "excerpt": excerpt.id, "section": excerpt.section, "note": note}
    return QuizItem(id=id, kind=kind, prompt=prompt, answers=answers, blanks=blanks, choices=choices,
                    accept=[], source=source, section=excerpt.section, hint=excerpt.text, points=points,
                    original=original)


#: The real occasion notes of the book the notice is about (《论述摘编》), as its readers see them.
BOOK_NOTE = "2013年4月28日在同全国劳动模范代表座谈时的讲话"


def every_kind_quiz() -> Quiz:
    """A quiz holding every item kind, made by hand from sentences of the notice (in a shuffled order).

    Two cloze items (one and three blanks), a choice item, two multi items (one with its own
    points), a true and a false judge item, and a source item whose source has a note.
    """
    base = notice_quiz().items
    series = "各单位要深刻理解《论述摘编》出版发行的重大政治意义、理论意义、实践意义"
    line = "紧围绕保持和增强政治性、先进性、群众性这一主线"
    judge_true = "全心全意依靠工人阶级是我们党一以贯之的根本方针"
    judge_false = "《论述摘编》分8个专题，共计240段论述"
    passage = "聚焦教职工工会会员急难愁盼，用心用情用力履行维护教职工工会会员合法权益"
    items = [
        _whole("q08", "judge", judge_false.replace("240", "200"), ["错"], ["对", "错"], judge_false,
               original=judge_false),
        base[0],  # cloze, one blank
        _whole("q05", "multi", series, ["政治意义", "理论意义", "实践意义"],
               ["历史意义", "政治意义", "理论意义", "时代意义", "实践意义"], series, blank="政治意义、理论意义、实践意义"),
        base[1],  # choice
        _whole("q06", "multi", line, ["政治性", "先进性", "群众性"], ["政治性", "创新性", "先进性", "群众性"], line,
               blank="政治性、先进性、群众性", points=4),
        base[2],  # cloze, three blanks
        _whole("q07", "judge", judge_true, ["对"], ["对", "错"], judge_true),
        _whole("q09", "source", f"“{passage}”出自", ["学习宣传贯彻《论述摘编》的通知"],
               ["中国工会章程", "学习宣传贯彻《论述摘编》的通知", "党的二十大报告", "2023年政府工作报告"],
               passage, note=BOOK_NOTE),
    ]
    return Quiz(title="《论述摘编》学习测验（全题型）", items=items, seed=11,
                instructions="请按题型作答；多项选择题有两个或两个以上正确答案。")
