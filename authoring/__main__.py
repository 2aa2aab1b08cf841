"""Write every module's instructor notebook from its content file, or check they are current.

    python -m authoring           # write modules/*/*.ipynb
    python -m authoring --check   # exit 1 if a notebook differs from its content file
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / "modules"


def content_modules() -> list:
    """Every module's ``MODULE`` object, in course order."""
    names = sorted(p.stem for p in Path(__file__).parent.glob("m[0-9][0-9]_*.py"))
    return [importlib.import_module(f"authoring.{name}").MODULE for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that the notebooks are current")
    args = parser.parse_args(argv)
    stale = []
    for module in content_modules():
        path = module.path(MODULES)
        text = module.text()
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)} (run python -m authoring)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
