"""The command line's messages in the user's language: Chinese under a ``zh_*`` locale, else English.

The catalogs are gettext ``.po`` files kept in this folder (``zh/LC_MESSAGES/textkit.po`` for
textkit's own messages, ``click.po`` for the Click messages around them: ``Error:``, ``Usage:``…).
They are compiled to ``.mo`` with Babel on first use under a ``zh`` locale, into the user cache
folder (one folder per catalog content, so an edited ``.po`` is compiled again), and read by the
standard :mod:`gettext`. Under any other locale nothing is compiled or read: English is the source
text. Without Babel, or without a writable cache, messages stay in English.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import hashlib
import logging
import os
from pathlib import Path

__all__ = ["gettext", "ngettext", "wants_chinese", "install_for_click", "error_message"]

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
DOMAIN = "textkit"
CATALOGS = {"textkit": HERE / "zh" / "LC_MESSAGES" / "textkit.po",
            "messages": HERE / "zh" / "LC_MESSAGES" / "click.po"}  # click's default gettext domain


def wants_chinese() -> bool:
    """Whether the locale asks for Chinese (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the first one set)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.split(":")[0].lower().startswith("zh")
    return False


def gettext(message: str) -> str:
    """``message`` in the user's language."""
    return _translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation().ngettext(singular, plural, n)


#: What went wrong, by the error's class (most specific first), said before the library's own detail.
_HEADLINES = (
    ("SourceNotFound", "no such file or folder"),
    ("LoadError", "cannot read the file as text"),
    ("EmptyCorpus", "the sources hold no text"),
    ("SegmenterError", "the segmenter cannot be set up"),
    ("QueryError", "nothing to search in this query"),
    ("IndexNotFound", "no index there"),
    ("IndexCorrupt", "the index is damaged; rebuild it"),
    ("IndexVersionError", "the index was written by another version of textkit; rebuild it"),
    ("AnalysisMismatch", "the index was built with other segmentation settings"),
    ("IndexLocked", "another program is writing the index; try again when it is done"),
    ("SearchIndexError", "the index cannot be used"),
    ("QuizError", "cannot make, read or grade the quiz"),
    ("ExportError", "cannot write the sheet"),
)


def error_message(exc: BaseException) -> str:
    """A library error as the user reads it: under a Chinese locale, what went wrong in Chinese, then the detail.

    textkit's error messages are English sentences with names and numbers in them; the headline by
    the error's class tells a Chinese reader what happened and what to do, the detail stays as it is.
    """
    detail = str(exc)
    if not wants_chinese():
        return detail
    names = {cls.__name__ for cls in type(exc).__mro__}
    for name, headline in _HEADLINES:
        if name in names:
            translated = gettext(headline)
            return f"{translated}（{detail}）" if translated != headline else detail
    return detail


def install_for_click() -> None:
    """Make Click's own messages (``Error:``, ``Usage:``, ``Show this message and exit.``) follow the locale.

    Click looks them up in gettext's default domain; this binds that domain to textkit's catalog.
    Called by the ``textkit`` entry point only, never on import of the library.
    """
    if wants_chinese():
        folder = _compiled()
        if folder is not None:
            _gettext.bindtextdomain("messages", str(folder))


@functools.lru_cache(maxsize=1)
def _translation() -> _gettext.NullTranslations:
    if not wants_chinese():
        return _gettext.NullTranslations()
    folder = _compiled()
    if folder is None:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(folder), languages=["zh"], fallback=True)


@functools.lru_cache(maxsize=1)
def _compiled() -> Path | None:
    """The folder holding ``zh/LC_MESSAGES/*.mo`` compiled from this package's ``.po`` files."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in CATALOGS.values())).hexdigest()[:16]
    folder = Path(os.environ.get("TEXTKIT_CACHE_DIR") or _user_cache()) / "locale" / digest
    target = folder / "zh" / "LC_MESSAGES"
    if all((target / f"{domain}.mo").exists() for domain in CATALOGS):
        return folder
    try:
        target.mkdir(parents=True, exist_ok=True)
        for domain, po in CATALOGS.items():
            compile_catalog(po, target / f"{domain}.mo")
    except ImportError:
        log.debug("Babel is not installed: messages stay in English")
        return None
    except OSError as exc:
        log.debug("cannot write the compiled catalogs to %s (%s): messages stay in English", folder, exc)
        return None
    return folder


def compile_catalog(po: Path, mo: Path) -> None:
    """Compile one ``.po`` file to ``.mo`` with Babel (written through a temporary file and a rename)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale="zh_Hans_CN", domain=po.stem)
    tmp = mo.with_name(f".{mo.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        write_mo(fh, catalog)
    os.replace(tmp, mo)


def _user_cache() -> str:
    import platformdirs

    return platformdirs.user_cache_dir("textkit")
