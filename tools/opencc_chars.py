"""Write ``textkit/analysis/data/t2s_chars.txt``: every character OpenCC's ``t2s`` conversion can change.

    python tools/opencc_chars.py

Reads the installed OpenCC's own dictionaries (``t2s.json``: the compatibility-ideograph
normalization, then TSPhrases, TSCharactersExt, TSCharacters) through its ``opencc_dict`` tool.
A text holding none of these characters is left unchanged by the conversion, so
:func:`textkit.analysis.normalize.to_simplified` can skip OpenCC for it. The file records a hash
of the dictionary files it was made from; textkit uses it only while the installed files match.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.analysis.normalize import T2S_CHARS_FILE, T2S_DICTIONARIES, opencc_dictionary_hash, opencc_share  # noqa: E402


def dictionary_entries(name: str) -> list[tuple[str, list[str]]]:
    """(key, values) of one of OpenCC's ``.ocd2`` dictionaries, read by its own ``opencc_dict``."""
    share = opencc_share()
    if share is None:
        raise FileNotFoundError("OpenCC's dictionaries")
    clib = share.parents[1]
    tool = clib / "bin" / "opencc_dict"
    if not tool.exists():
        raise FileNotFoundError(tool)
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(str(p) for p in (clib / "lib64", clib / "lib") if p.is_dir()))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dict.txt"
        subprocess.run([str(tool), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                       check=True, env=env, capture_output=True)
        lines = out.read_text(encoding="utf-8").splitlines()
    return [(key, values.split(" ")) for key, values in (line.split("\t", 1) for line in lines if line)]


def convertible_from_dictionaries() -> set[str]:
    """Characters that some entry of the ``t2s`` dictionaries changes.

    OpenCC replaces a matched key by its value and copies every other character. A key whose
    value is itself changes nothing; for one that differs, the characters where key and value
    differ (every character of the key when the lengths differ) are the ones that make the
    change possible. A text holding none of them matches only keys it leaves as they are.
    """
    chars: set[str] = set()
    for name in T2S_DICTIONARIES[1:]:
        for key, values in dictionary_entries(name):
            for value in values:
                if value == key:
                    continue
                if len(value) == len(key):
                    chars.update(a for a, b in zip(key, value) if a != b)
                else:
                    chars.update(key)
    return chars


def main() -> None:
    chars = convertible_from_dictionaries()
    digest = opencc_dictionary_hash()
    if chars is None or digest is None:
        sys.exit("opencc_dict or OpenCC's dictionary files were not found; install opencc from PyPI")
    T2S_CHARS_FILE.write_text(f"{digest}\n{''.join(sorted(chars))}\n", encoding="utf-8")
    print(f"{len(chars)} characters, dictionaries {digest[:12]}: {T2S_CHARS_FILE}")


if __name__ == "__main__":
    main()
