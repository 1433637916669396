from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from frontwatch.config import Limits
from frontwatch.model import RawDocument, Rejection

from .support import STORY, codes, read_all

Write = Callable[[str, bytes | str], Path]


def build_tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "a" / "z.txt").write_text(STORY)
    (root / "a" / "m.txt").write_text(STORY)
    (root / "b" / "c.txt").write_text(STORY)
    (root / "top.txt").write_text(STORY)
    (root / ".hidden.txt").write_text(STORY)
    (root / ".git").mkdir()
    (root / ".git" / "inside.txt").write_text(STORY)


def ids(items: list[RawDocument | Rejection]) -> list[str]:
    return [item.doc_id for item in items]


def test_recursive_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    build_tree(root)
    items = read_all(root)
    assert ids(items) == [str(root / "a" / "m.txt"), str(root / "a" / "z.txt"), str(root / "b" / "c.txt"),
                          str(root / "top.txt")]  # fmt: skip
    assert all(isinstance(item, RawDocument) for item in items)


def test_symlink_escaping_the_root_is_fw109(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    build_tree(root)
    outside = tmp_path / "secret.txt"
    outside.write_text("not for you")
    (root / "a" / "escape.txt").symlink_to(outside)
    (root / "b" / "escape-dir").symlink_to(tmp_path, target_is_directory=True)
    items = read_all(root)
    rejected = {item.doc_id: item.code for item in items if isinstance(item, Rejection)}
    assert rejected == {str(root / "a" / "escape.txt"): "FW109", str(root / "b" / "escape-dir"): "FW109"}
    assert not any(isinstance(item, RawDocument) and item.text == "not for you" for item in items)


def test_symlink_loop_is_not_followed_twice(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    build_tree(root)
    (root / "b" / "loop").symlink_to(root, target_is_directory=True)
    (root / "a" / "self").symlink_to(root / "a", target_is_directory=True)
    items = read_all(root)
    docs = [item for item in items if isinstance(item, RawDocument)]
    assert len(docs) == 4
    assert not [item for item in items if isinstance(item, Rejection)]


def test_link_inside_the_root_is_followed(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    build_tree(root)
    (root / "link.txt").symlink_to(root / "b" / "c.txt")
    assert str(root / "link.txt") in ids(read_all(root))


def test_dangling_link_is_fw108(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "gone.txt").symlink_to(root / "never.txt")
    (root / "ok.txt").write_text(STORY)
    assert codes(read_all(root)) == ["FW108", "ok"]


def test_folder_file_limit(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    build_tree(root)
    items = read_all(root, limits=Limits(max_folder_files=2))
    assert codes(items) == ["ok", "ok", "FW104"]


def test_bad_files_in_a_folder_do_not_stop_it(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "1.txt").write_bytes(b"")
    (root / "2.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "3.txt").write_text(STORY)
    (root / "4.jsonl").write_text('{"id": "j1", "text": "Troops crossed the river."}\nnot json\n')
    assert codes(read_all(root)) == ["FW101", "FW110", "ok", "ok", "FW106"]


def test_unreadable_file_is_fw108(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    locked = root / "locked.txt"
    locked.write_text(STORY)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # running as root: permissions do not apply
            return
        assert codes(read_all(root)) == ["FW108"]
    finally:
        locked.chmod(0o644)


def test_folder_given_twice_and_files_mixed(tmp_path: Path, write: Write) -> None:
    root = tmp_path / "corpus"
    build_tree(root)
    single = write("single.txt", STORY)
    items = read_all(single, root)
    assert len(items) == 5
