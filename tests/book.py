"""A book of the shape of 《习近平关于工人阶级和工会工作论述摘编》, built at test time from real text.

No copy of the book is here, so this builds one of its exact shape from the congress and
government work reports in ``../shared/data/political`` (read at run time, never copied into the
repository): a title page, 出版说明, 目录, eight 专题 headings (一、…), excerpts numbered ``N．``
(full-width dot) across the whole book, some of several paragraphs, and after each a
right-aligned source note （YYYY年M月D日在…上的报告） made from the report's own date and occasion.

``Book`` knows what a reader should get back (:attr:`Passage.text`, :attr:`Passage.note`); the
writers make it as Word (.docx), plain text, Markdown, a PDF exported by LibreOffice, and a saved
news-site web page with menus, share buttons, editor line and ICP footer around an article.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from html import escape
from pathlib import Path

from textkit.analysis.normalize import clean

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "political"
TITLE = "习近平关于工人阶级和工会工作论述摘编"

# The eight 专题 and the words that choose their excerpts from the reports.
TOPICS = (
    ("一、坚持党对工会工作的全面领导", ("党的领导", "党中央", "全面从严治党")),
    ("二、工人阶级是我国的领导阶级", ("工人阶级", "劳动者", "人民当家作主")),
    ("三、大力弘扬劳模精神、劳动精神、工匠精神", ("劳模", "工匠", "劳动精神", "创新")),
    ("四、实现好维护好发展好职工群众根本利益", ("就业", "收入", "民生")),
    ("五、推进产业工人队伍建设改革", ("技能", "人才", "职业教育")),
    ("六、构建和谐劳动关系", ("劳动关系", "社会保障", "养老")),
    ("七、深化工会改革和建设", ("群团", "改革", "基层")),
    ("八、加强工会干部队伍建设", ("作风", "干部", "形式主义")),
)
PER_TOPIC = 6  # excerpts per 专题; the first of each 专题 is one of several paragraphs


@dataclass(frozen=True)
class Source:
    title: str
    date: str  # 2017年10月18日
    occasion: str  # 在中国共产党第十九次全国代表大会上的报告
    paragraphs: tuple[str, ...]

    @property
    def note(self) -> str:
        return f"（{self.date}{self.occasion}）"


@dataclass(frozen=True)
class Passage:
    number: int
    section: str
    paragraphs: tuple[str, ...]
    source: Source

    @property
    def note(self) -> str:
        """The note as Excerpt.note holds it: without its brackets."""
        return self.source.note[1:-1]


@dataclass(frozen=True)
class Book:
    title: str
    front: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, paragraphs): 出版说明
    passages: tuple[Passage, ...]

    @property
    def sections(self) -> list[str]:
        return [t for t, _ in TOPICS]

    def contents(self) -> list[str]:
        """The 目录's lines: each 专题 with the page it starts on, as printed books list them."""
        return [f"{t}\t{3 + 4 * i}" for i, t in enumerate(self.sections)]


def sources() -> list[Source]:
    """Reports whose text gives their date and occasion (the 19th and 20th congress, five work reports)."""
    out = []
    for name in ("cpc_congress_reports.jsonl", "government_work_reports.jsonl"):
        for line in (DATA / name).open(encoding="utf-8"):
            row = json.loads(line)
            head = row["content"][:600]
            congress = re.search(r"——\s*在(.+?)上的报告\s*（(\d{4}年\d{1,2}月\d{1,2}日)）", head)
            work = re.search(r"——\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*在(.+?)上", head)
            if congress:
                date, occasion = congress.group(2), f"在{congress.group(1)}上的报告"
            elif work:
                date, occasion = work.group(1), f"在{work.group(2)}上的政府工作报告"
            else:
                continue
            paragraphs = clean(row["content"]).split("\n")  # link text broken onto its own line rejoined
            out.append(Source(row["title"], date, occasion, tuple(p for p in paragraphs if p)))
    return out


def _prose(p: str) -> bool:
    return 50 <= len(p) <= 280 and p.endswith("。") and not re.match(r"^[（(]?[一二三四五六七八九十\d]+[、）)．.]", p)


def make_book(found: list[Source] | None = None, title: str = TITLE) -> Book:
    """The book: eight 专题 of PER_TOPIC excerpts each, numbered 1… through the whole book, from
    ``found`` (the reports of :func:`sources` unless given), titled ``title``."""
    found = found or sources()
    used: set[str] = set()
    passages: list[Passage] = []
    for t, (heading, words) in enumerate(TOPICS):
        chosen = 0
        for s in range(len(found) * 40):
            source = found[(t + s) % len(found)]
            paras = source.paragraphs
            if chosen == 0:
                # A long excerpt: two or three prose paragraphs that follow one another in the report.
                run = _long_run(paras, words, used)
                if run is None:
                    continue
                picked = run
            else:
                hits = [p for p in paras if _prose(p) and p not in used and any(w in p for w in words)]
                if len(hits) <= s // len(found):
                    continue
                picked = (hits[s // len(found)],)
            used.update(picked)
            passages.append(Passage(len(passages) + 1, heading, picked, source))
            chosen += 1
            if chosen == PER_TOPIC:
                break
    front = (("出版说明", (
        f"为帮助广大党员、干部和职工群众深入学习领会有关工人阶级和工会工作的重要论述，我们编辑了《{title}》一书。",
        f"本书分{len(TOPICS)}个专题，共收入{len(passages)}段论述，摘自有关报告和讲话。每段论述之后注明出处和时间。",
        "本书由有关部门组织编辑，书中疏漏之处，欢迎读者批评指正。",
    )),)
    return Book(title, front, tuple(passages))


def _long_run(paras: tuple[str, ...], words: tuple[str, ...], used: set[str]) -> tuple[str, ...] | None:
    for i in range(len(paras) - 2):
        run = paras[i:i + 3] if len(paras[i]) + len(paras[i + 1]) < 330 else paras[i:i + 2]
        if (all(_prose(p) and p not in used for p in run) and any(w in run[0] for w in words)
                and sum(map(len, run)) > 330):
            return tuple(run)
    return None


# ----------------------------------------------------------------------------- writers


def write_docx(book: Book, path: Path, a4: bool = False) -> Path:
    """The book as a Word file: title page, 出版说明, 目录, 专题 headings, numbered excerpts, right-aligned notes.

    On a book's page (32开) by default, or on Word's default A4 page in 12 pt (``a4=True``).
    """
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = docx.Document()
    size = 12 if a4 else 10.5  # 五号 (10.5 pt), the size of a book's text
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")

    def para(text: str, style: str | None = None, align=None, indent: bool = True):
        p = doc.add_paragraph(text, style=style)
        if align is not None:
            p.alignment = align
        if indent and style is None and align is None:
            p.paragraph_format.first_line_indent = Pt(2 * size)  # two characters, as Chinese books set prose
        return p

    def page_break():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # A book's page (32开, 140 × 203 mm): about 26 characters a line, so long notes wrap as in print.
    page = doc.sections[0]
    if not a4:
        page.page_width, page.page_height = Mm(140), Mm(203)
        page.left_margin = page.right_margin = Mm(18)
        page.top_margin = page.bottom_margin = Mm(20)
    # A running head and a page number on every page, as printed books have (in no excerpt of the PDF).
    head = doc.sections[0].header.paragraphs[0]
    head.text, head.alignment = book.title, WD_ALIGN_PARAGRAPH.CENTER
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run, number = OxmlElement("w:r"), OxmlElement("w:t")
    number.text = "1"
    run.append(number)
    field.append(run)
    foot._p.append(field)

    para(book.title, "Title", WD_ALIGN_PARAGRAPH.CENTER)
    para("中共中央党史和文献研究院　编", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("中央文献出版社", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break()
    for heading, paragraphs in book.front:
        para(heading, "Heading 1", WD_ALIGN_PARAGRAPH.CENTER)
        for p in paragraphs:
            para(p)
    page_break()
    para("目　　录", "Heading 1", WD_ALIGN_PARAGRAPH.CENTER)
    for line in book.contents():
        para(line, indent=False)
    page_break()
    section = None
    for passage in book.passages:
        if passage.section != section:
            section = passage.section
            para(section, "Heading 1", WD_ALIGN_PARAGRAPH.CENTER)
        first, *rest = passage.paragraphs
        para(f"{passage.number}．{first}")
        for p in rest:
            para(p)
        para(passage.source.note, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(str(path))
    return path


def write_text(book: Book, path: Path, markdown: bool = False) -> Path:
    """The book as plain text (or Markdown, its headings marked with #), one paragraph a line."""
    mark = (lambda level: "#" * level + " ") if markdown else (lambda level: "")
    lines = [mark(1) + book.title, "", "中共中央党史和文献研究院　编", "中央文献出版社", ""]
    for heading, paragraphs in book.front:
        lines += [mark(2) + heading, "", *paragraphs, ""]
    lines += [mark(2) + "目录", "", *(line.replace("\t", "　……　") for line in book.contents()), ""]
    section = None
    for passage in book.passages:
        if passage.section != section:
            section = passage.section
            lines += [mark(2) + section, ""]
        first, *rest = passage.paragraphs
        lines += [f"{passage.number}．{first}", *rest, passage.source.note, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def soffice_pdf(docx_path: Path, out_dir: Path) -> Path:
    """The .docx exported to PDF by LibreOffice, as a user saving it from Word would; made once per folder."""
    pdf = out_dir / (docx_path.stem + ".pdf")
    if pdf.exists():
        return pdf
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    profile = out_dir / "lo-profile"  # its own profile: no clash with another LibreOffice running
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=180)
    return pdf


def write_web_page(book: Book, path: Path, passages: int = 4) -> Path:
    """A saved news-site page: an article (title, editor line) inside menus, share buttons, links and an ICP footer."""
    chosen = book.passages[:passages]
    title = f"深入学习《{book.title}》"
    body = "\n".join(f"<p>{escape(p)}</p>" for passage in chosen for p in passage.paragraphs)
    nav = " | ".join(f'<a href="/{i}">{w}</a>' for i, w in enumerate(
        ("中工网首页", "登录", "注册", "新闻", "评论", "工会", "劳模", "视频", "专题")))
    related = "\n".join(f'<li><a href="/news/{i}.html">{escape(t)}</a></li>' for i, t in enumerate(
        ("全国总工会部署开展职工技能竞赛", "各地工会开展送温暖活动", "产业工人队伍建设改革取得新进展")))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}_中工网</title>
<meta name="keywords" content="工会,劳模,工匠"><link rel="stylesheet" href="/css/main.css">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head><body>
<div class="top-bar"><div class="nav">{nav}</div><div class="search"><input placeholder="请输入关键词"> 搜索</div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1>{escape(title)}</h1>
<div class="info">2024-04-28 09:12:35　来源：工人日报　作者：本报记者</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="content">
<p>{escape("编者按：")}{escape(book.front[0][1][0])}</p>
{body}
</div>
<div class="editor">（责任编辑：王小明）</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
</div>
<div class="side"><h3>相关新闻</h3><ul>
{related}
</ul><h3>热点推荐</h3><ul><li><a href="/hot/1.html">劳动者港湾服务升级</a></li></ul></div></div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p>
<p>中工网版权所有 未经授权禁止复制或建立镜像</p><p>京ICP备08009000号-1　京公网安备11010102000001号</p></div>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return path
