"""The command line speaks Chinese under a zh_* locale (gettext catalogs compiled with Babel), English otherwise."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ROOT / "textkit" / "locale" / "zh" / "LC_MESSAGES"


def run(args, lang: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(LANG=lang, TEXTKIT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "textkit", *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path)


def _entries(po: Path) -> dict[str, str]:
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        return {m.id: m.string for m in read_po(fh) if m.id}


def test_errors_and_wrote_lines_follow_a_chinese_locale(tmp_path):
    pytest.importorskip("babel")
    usage = run(["index"], "zh_CN.UTF-8", tmp_path)
    assert usage.returncode == 2
    assert "错误：请用 --index 路径 指定要写入的索引" in usage.stderr and "用法：" in usage.stderr
    made = run(["quiz", "make", "-n", "2", "--seed", "1", "-o", "q.md"], "zh_CN.UTF-8", tmp_path)
    assert made.returncode == 0 and made.stderr.strip() == "已写入 q.md"
    missing = run(["quiz", "make", "没有这个文件.docx"], "zh_CN.UTF-8", tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.startswith("错误：找不到这个文件或文件夹（") and "没有这个文件.docx" in missing.stderr
    none = run(["search", "量子色动力学"], "zh_TW.UTF-8", tmp_path)
    assert none.returncode == 0 and "没有与 '量子色动力学' 匹配的段落" in none.stderr


def test_other_locales_get_english(tmp_path):
    for lang in ("en_US.UTF-8", "C.UTF-8", "fr_FR.UTF-8"):
        usage = run(["index"], lang, tmp_path)
        assert "Error: name the index to write with --index PATH" in usage.stderr
    missing = run(["quiz", "make", "没有这个文件.docx"], "en_US.UTF-8", tmp_path)
    assert missing.stderr.startswith("Error: ") and "没有这个文件.docx" in missing.stderr and "（" not in missing.stderr
    made = run(["quiz", "make", "-n", "2", "--seed", "1", "-o", "q.md"], "en_US.UTF-8", tmp_path)
    assert made.stderr.strip() == "wrote q.md"
    assert not (tmp_path / "cache" / "locale").exists()  # nothing compiled for English


def test_every_message_marked_in_the_code_is_translated_and_keeps_its_placeholders():
    pytest.importorskip("babel")
    source = "".join((ROOT / "textkit" / p).read_text(encoding="utf-8")
                     for p in (*(f"cli/{m}.py" for m in ("base", "text", "quiz", "serve")), "web/serve.py",
                               "locale/__init__.py"))
    marked = set()
    source = re.sub(r'\(\s*"(\w+)",\s*("[^"]+")\),', r"_(\2)", source)  # the error headlines, by class
    for call in re.finditer(r'_\(((?:\s*"(?:[^"\\]|\\.)*"\s*)+)\)', source):
        marked.add("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', call.group(1))))
    catalog = _entries(CATALOGS / "textkit.po")
    assert marked and marked <= set(catalog), sorted(marked - set(catalog))
    for po in CATALOGS.glob("*.po"):
        for msgid, msgstr in _entries(po).items():
            assert msgstr, f"{po.name}: {msgid!r} has no translation"
            assert sorted(re.findall(r"\{[^}]*\}", msgid)) == sorted(re.findall(r"\{[^}]*\}", msgstr)), msgid
