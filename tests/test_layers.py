"""Nothing below app/ui/ imports Qt (STYLE.md, habit 1)."""

import ast
from pathlib import Path

from tests.conftest import REPOSITORY

QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pytestqt")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_below_the_ui_layer() -> None:
    offenders = []
    for path in (REPOSITORY / "app").rglob("*.py"):
        if "ui" in path.relative_to(REPOSITORY / "app").parts[:1]:
            continue
        qt = {m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES}
        if qt:
            offenders.append(f"{path.relative_to(REPOSITORY)}: {sorted(qt)}")

    assert offenders == []


def test_the_check_itself_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport numpy\n")

    assert "PySide6.QtCore" in imported_modules(sample)
