"""The course's ten modules, shipped as package data: one nbgrader assignment per folder."""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def module_folders() -> list[Path]:
    """Every module folder (``m01-foundations`` ...), in course order."""
    return sorted(p for p in FOLDER.iterdir() if p.is_dir() and p.name[:1] == "m" and p.name[1:3].isdigit())
