"""Text laid out as a PDF prints it, for the loader and line-repair tests."""

from __future__ import annotations


def wrap_like_a_pdf(paragraph: str, width: int = 60) -> list[str]:
    """Lines of a page column ``width`` half-width cells wide: Chinese characters take two."""
    lines, line, used = [], "", 0
    for ch in paragraph:
        w = 1 if ch.isascii() else 2
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + ch, used + w
    return lines + [line]
