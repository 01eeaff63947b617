"""Build the console's translations into one Qt resource file for a shipped build: every
`translations/*.ts` compiled afresh by pyside6-lrelease, then packed by pyside6-rcc into a binary
`.rcc` that the console registers at start (see chathost.ui.i18n). A checkout runs from the
`.qm` files beside the code instead; a test keeps those up to date.

    python -m chathost.devtools.catalogues OUT.rcc [--ts-dir translations]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
# Where the catalogues appear in Qt's resource system (":/chathost/translations/...").
PREFIX = "/chathost/translations"


def tool(name: str) -> str:
    """A PySide6 tool from the Python that runs this, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing: install PySide6 (it comes with it)")
    return found


def build(out: Path, ts_dir: Path = ROOT / "translations") -> list[str]:
    """Compile every catalogue in `ts_dir` and pack them into `out`; the names packed."""
    sources = sorted(ts_dir.glob("chathost_*.ts"))
    if not sources:
        raise SystemExit(f"no chathost_*.ts in {ts_dir}")
    with tempfile.TemporaryDirectory(prefix="chathost-catalogues-") as work:
        folder = Path(work)
        names = []
        for source in sources:
            compiled = folder / f"{source.stem}.qm"
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)],
                check=True,
            )
            names.append(compiled.name)
        files = "\n".join(f"    <file>{escape(name)}</file>" for name in names)
        qrc = folder / "catalogues.qrc"
        qrc.write_text(
            f'<!DOCTYPE RCC>\n<RCC version="1.0">\n  <qresource prefix="{PREFIX}">\n'
            f"{files}\n  </qresource>\n</RCC>\n",
            encoding="utf-8",
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("pyside6-rcc"), "--binary", str(qrc), "-o", str(out)], check=True)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ts-dir", type=Path, default=ROOT / "translations")
    args = parser.parse_args(argv)
    names = build(args.out, args.ts_dir)
    print(f"{args.out}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
