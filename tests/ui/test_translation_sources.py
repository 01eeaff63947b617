"""Sentences are translated whole: no translated piece glued to another string, no f-string
or concatenation handed to the translator (lupdate cannot see it, and word order differs
between English, Norwegian, Finnish and Swedish). Separate items may be listed one per line
or with a middle dot ("2 unread · 3 waiting"): that is a list, not a sentence."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATE = {"tr", "translate"}
LIST_SEPARATORS = {"\n", " · "}


def _is_translation(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in TRANSLATE


def _text_argument(call: ast.Call) -> ast.AST | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    index = 1 if name == "translate" else 0
    return call.args[index] if len(call.args) > index else None


def _contains_translation(node: ast.AST) -> bool:
    if _is_translation(node):
        return True
    # A conditional expression choosing between two translations is still one piece.
    if isinstance(node, ast.IfExp):
        return _contains_translation(node.body) or _contains_translation(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # tr("...").format(...) / .upper() and the like: the piece is still translated text.
        return _contains_translation(node.func.value)
    return False


def violations(source: str, filename: str) -> list[str]:
    found = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            sides: tuple[ast.AST, ...] = (node.left, node.right)
            if isinstance(node.op, ast.Mod):
                right = node.right
                sides = tuple(right.elts) if isinstance(right, ast.Tuple) else (right,)
            if any(_contains_translation(side) for side in sides):
                found.append(f"{where}: translated text glued with '+' or '%'")
        elif isinstance(node, ast.JoinedStr):
            for value in node.values:
                if isinstance(value, ast.FormattedValue) and _contains_translation(value.value):
                    found.append(f"{where}: translated text inside an f-string")
        elif _is_translation(node):
            assert isinstance(node, ast.Call)
            text = _text_argument(node)
            if isinstance(text, ast.JoinedStr | ast.BinOp):
                found.append(f"{where}: the translator is handed a built string")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "join"
            and isinstance(node.func.value, ast.Constant)
            and node.func.value.value not in LIST_SEPARATORS
            and node.args
            and any(_contains_translation(e) for e in getattr(node.args[0], "elts", []))
        ):
            found.append(f"{where}: translated pieces joined into one text")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [f"{filename}:{line}: translated pieces joined into one text" for line in
                      _joined_pieces(node)]
    return found


def _joined_pieces(function: ast.AST) -> list[int]:
    """`parts.append(tr(...))` ... `", ".join(parts)`: a sentence assembled from pieces."""
    collected: set[str] = set()
    joins: list[tuple[str, int]] = []
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        if node.func.attr in ("append", "extend") and isinstance(owner, ast.Name):
            if any(_contains_translation(arg) or any(
                _contains_translation(e) for e in getattr(arg, "elts", [])
            ) for arg in node.args):
                collected.add(owner.id)
        elif (
            node.func.attr == "join"
            and isinstance(owner, ast.Constant)
            and owner.value not in LIST_SEPARATORS
            and node.args
        ):
            arg = node.args[0]
            if isinstance(arg, ast.Name):
                joins.append((arg.id, node.lineno))
    return [line for name, line in joins if name in collected]


def test_no_sentence_is_built_from_translated_pieces():
    files = sorted((ROOT / "chathost").rglob("*.py"))
    assert len(files) > 50, "the scan found too few files: the check itself is broken"
    found = []
    for path in files:
        found += violations(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_the_scan_catches_each_way_of_gluing():
    glued = [
        'label = self.tr("Waiting") + ": " + str(n)',
        'label = f"{self.tr(\'Waiting\')}: {n}"',
        'label = self.tr(f"Waiting {n}")',
        'label = QCoreApplication.translate("Queue", "Waiting " + unit)',
        'label = "%s %s" % (x, self.tr("min"))',
        'label = (self.tr("a") if x else self.tr("b")) + "!"',
        'label = self.tr("Waiting: {0}").format(n) + self.tr(" (paused)")',
        'def f():\n    parts = []\n    parts.append(self.tr("1 note"))\n'
        '    return ", ".join(parts)',
        'label = " ".join([self.tr("Waiting"), str(n)])',
    ]
    for line in glued:
        assert violations(line, "glued.py"), line
    whole = [
        'label = self.tr("Waiting: {0}").format(n)',
        'label = self.tr("%n waiting", "", n)',
        'label = QCoreApplication.translate("Risk", text)',
        'total = count + 1',
        'def f():\n    parts = [self.tr("1 unread")]\n    parts.append(self.tr("2 waiting"))\n'
        '    return " · ".join(parts)',
    ]
    for line in whole:
        assert violations(line, "whole.py") == [], line
