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


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page of a PDF as poppler's ``pdftotext -layout`` reads it (pypdf without poppler)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data,
                             capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
        return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")
    import io

    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace (ideographic spaces included), to compare across line breaks."""
    return "".join(text.split())
