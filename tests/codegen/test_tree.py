from __future__ import annotations

from pathlib import Path

from codegen.tree import compare, read_tree, write_tree


def test_compare_reports_missing_extra_and_different_files() -> None:
    diff = compare(
        {"same.py": b"x\n", "old.py": b"1\n", "changed.py": b"a\nb\n"},
        {"same.py": b"x\n", "new.py": b"2\n", "changed.py": b"a\nc\nd\n"},
    )
    assert diff.missing == ["new.py"]
    assert diff.extra == ["old.py"]
    assert diff.different == {"changed.py": (2, 1)}
    assert not diff.clean


def test_the_summary_names_every_stale_file_and_the_fix() -> None:
    summary = compare({"a.py": b"1\n"}, {"b.py": b"2\n"}).summary("generated")
    assert "missing    b.py" in summary
    assert "extra      a.py" in summary
    assert "make generate" in summary


def test_write_tree_removes_stale_files_and_empty_directories(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pkg/a.py": b"a", "pkg/sub/b.py": b"b"})
    write_tree(tmp_path, {"pkg/a.py": b"A"})
    assert read_tree(tmp_path) == {"pkg/a.py": b"A"}
    assert not (tmp_path / "pkg" / "sub").exists()


def test_read_tree_skips_caches(tmp_path: Path) -> None:
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"")
    (tmp_path / "a.py").write_text("a")
    assert read_tree(tmp_path) == {"a.py": b"a"}
