"""The article of a saved web page, with its title, through trafilatura's main-content extraction.

A news site's page holds far more than its article: menus (中工网首页 | 登录 | 注册), share buttons
(分享到：微信 微博), an editor line, related links and an ICP footer (京ICP备…). trafilatura (a
well-kept extractor, Apache-2.0) finds the article; when it finds none (a page that is not an
article, such as a plain list), the loader falls back to the page's whole visible text.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def article(html: str) -> tuple[str, list[str]] | None:
    """(title, paragraphs) of the page's main article, or None when there is no article to find."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install of the extractor: the page is still read, as plain text
        log.warning("web pages are read without their main-content extractor (%s); reinstall textkit", exc)
        return None
    try:
        found = trafilatura.bare_extraction(html, favor_precision=False, include_comments=False,
                                            include_tables=True, with_metadata=True, deduplicate=False)
    except Exception as exc:  # lxml and trafilatura raise many kinds of error on broken markup
        log.debug("no article found by trafilatura (%s: %s)", type(exc).__name__, exc)
        return None
    if found is None:
        return None
    text = getattr(found, "text", None) or ""
    paragraphs = []
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):  # a table row, as Markdown: each cell on its own
            paragraphs.extend(cell.strip() for cell in line.strip("|").split("|") if cell.strip("- "))
        elif line:
            paragraphs.append(line)
    if not paragraphs:
        return None
    title = (getattr(found, "title", None) or "").strip()
    if title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return title, paragraphs
