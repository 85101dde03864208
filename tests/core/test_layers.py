import ast
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "app.ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    names |= {
        n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
    }
    return names


@pytest.mark.parametrize(
    "path",
    sorted((APP / "core").rglob("*.py")) + sorted((APP / "export").rglob("*.py")),
    ids=lambda p: str(p.relative_to(APP)),
)
def test_review_core_and_exports_never_import_qt(path: Path) -> None:
    imported = _imports(path)

    assert not [name for name in imported if name.startswith(FORBIDDEN)]
