"""The index on disk: checksums checked while a command runs, and indexes of format 1 still read."""

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.search import storage
from textkit.cli import cli
from textkit.errors import IndexCorrupt
from textkit.search.index import SearchIndex
from textkit.analysis.load import load_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("storage") / "notice.idx"
    SearchIndex.build(load_corpus([ROOT / "corpus"])).save(path)
    return path


@pytest.fixture()
def saved(built, tmp_path, monkeypatch):
    """A fresh copy of the notice's index, checked by worker threads however small it is."""
    import shutil

    monkeypatch.setattr(storage, "_INLINE_BYTES", 0)
    return Path(shutil.copytree(built, tmp_path / "notice.idx"))


def live(path: Path, name: str) -> Path:
    return path / storage.current_generation(path) / name


def damage(file: Path) -> None:
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0x40
    file.write_bytes(bytes(data))


def test_new_indexes_record_a_crc_for_every_file(saved):
    manifest = json.loads(live(saved, "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == storage.FORMAT_VERSION == 2
    assert all(isinstance(info["crc32"], int) for info in manifest["files"].values())


def test_damaged_text_is_reported_when_the_block_ends_not_shown(saved):
    # A damage the load's structure checks cannot see (one character becomes another of the same
    # UTF-8 length): only the checksum, checked in the background, finds it.
    file = live(saved, "text.bin")
    data = bytearray(file.read_bytes())
    at = next(i for i in range(len(data) // 2, len(data)) if data[i] & 0xC0 == 0x80)  # inside a character
    data[at] ^= 0x01
    file.write_bytes(bytes(data))
    seen = []
    with pytest.raises(IndexCorrupt, match="text.bin failed its checksum.*rebuild"):
        with storage.checked_by_exit():
            index = SearchIndex.load(saved)
            seen = index.search("两个维护")
    assert seen  # the query ran on the damaged text meanwhile; the block's end refused it


def test_an_error_caused_by_damage_is_reported_as_damage(saved):
    damage(live(saved, "word_doc.npy"))
    with pytest.raises(IndexCorrupt, match="word_doc.npy failed its checksum"):
        with storage.checked_by_exit():
            SearchIndex.load(saved)
            raise ValueError("what damaged arrays might raise")


def test_an_error_of_a_sound_index_is_left_alone(saved):
    with pytest.raises(ValueError, match="not about the index"):
        with storage.checked_by_exit():
            SearchIndex.load(saved)
            raise ValueError("not about the index")


def test_outside_the_block_loading_checks_at_once(saved):
    damage(live(saved, "length.npy"))
    with pytest.raises(IndexCorrupt, match="length.npy failed its checksum"):
        SearchIndex.load(saved)


def test_cli_search_prints_nothing_from_a_damaged_index(saved):
    damage(live(saved, "text.bin"))
    result = CliRunner().invoke(cli, ["search", "两个维护", "--index", str(saved)])
    assert result.exit_code == 1
    assert "failed its checksum" in result.output and "rebuild it with `textkit index" in result.output
    assert "两个维护" not in result.output.replace("textkit search", "")


def test_cli_search_of_a_sound_index_finds_the_formula(saved):
    result = CliRunner().invoke(cli, ["search", "两个维护", "--index", str(saved), "--json"])
    assert result.exit_code == 0
    assert "两个维护" in json.loads(result.output.splitlines()[0])["text"]


def as_format_1(path: Path) -> None:
    """Rewrite the manifest as textkit wrote it before CRC-32: version 1, sha256 of every file."""
    file = live(path, "manifest.json")
    manifest = json.loads(file.read_text(encoding="utf-8"))
    for name, info in manifest["files"].items():
        info.pop("crc32")
        info["sha256"] = hashlib.sha256(live(path, name).read_bytes()).hexdigest()
    manifest["version"] = 1
    manifest["checksum"] = storage._manifest_hash(manifest)
    file.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_a_format_1_index_still_loads_and_its_damage_is_still_found(saved):
    as_format_1(saved)
    assert SearchIndex.load(saved).search("两个维护")
    damage(live(saved, "vocab.bin"))
    with pytest.raises(IndexCorrupt, match="vocab.bin failed its checksum"):
        SearchIndex.load(saved)


def test_a_file_with_no_checksum_recorded_is_refused(saved):
    file = live(saved, "manifest.json")
    manifest = json.loads(file.read_text(encoding="utf-8"))
    del manifest["files"]["where.npy"]["crc32"]
    manifest["checksum"] = storage._manifest_hash(manifest)
    file.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="where.npy (failed its checksum|wrongly)"):
        SearchIndex.load(saved)
