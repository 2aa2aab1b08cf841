"""The answer file: one JSON file beside the notebook that holds every answer.

The file is ``<notebook stem>.answers.json`` in the kernel's working directory (the
notebook's folder in JupyterLab, nbclient and nbgrader). It is written atomically on
every change and read back whenever a workbook is opened, so answers survive re-runs,
kernel restarts and submission.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
SUFFIX = ".answers.json"


def answer_file_name(stem: str) -> str:
    """The answer file's name for a notebook stem (``m01-foundations``)."""
    return f"{stem}{SUFFIX}"


class AnswerStore:
    """Reads and writes one notebook's answer file.

    A file that cannot be read as an answer file is moved aside under a timestamped
    name and :attr:`problem` says what happened; the store then starts empty, so no
    work stops and nothing is lost.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.problem: str | None = None
        self._answers: dict[str, Any] = self._load()

    def get(self, exercise_id: str) -> Any:
        """The stored answer for an exercise, or ``None``."""
        return self._answers.get(exercise_id)

    def set(self, exercise_id: str, value: Any) -> None:
        """Store an answer (``None`` removes it) and write the file at once."""
        if value is None:
            self._answers.pop(exercise_id, None)
        else:
            self._answers[exercise_id] = value
        self._write()

    def answers(self) -> dict[str, Any]:
        """A copy of every stored answer, by exercise id."""
        return dict(self._answers)

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
                raise ValueError("it does not hold an answers table")
            if data.get("schema") != SCHEMA_VERSION:
                raise ValueError(f"its schema version is {data.get('schema')!r}, not {SCHEMA_VERSION}")
            return dict(data["answers"])
        except (OSError, ValueError) as error:
            kept = self._move_aside()
            self.problem = (
                f"Your saved answers in {self.path.name} could not be read ({_reason(error)}). "
                f"The file was kept as {kept.name}; your instructor can recover it. "
                "You can go on: new answers are saved in a fresh file."
            )
            return {}

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base = self.path.name[: -len(SUFFIX)] if self.path.name.endswith(SUFFIX) else self.path.stem
        kept = self.path.with_name(f"{base}.answers.unreadable-{stamp}.json")
        counter = 1
        while kept.exists():
            kept = self.path.with_name(f"{base}.answers.unreadable-{stamp}-{counter}.json")
            counter += 1
        os.replace(self.path, kept)
        return kept

    def _write(self) -> None:
        document = {"schema": SCHEMA_VERSION, "answers": self._answers}
        text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return "it is not valid JSON"
    if isinstance(error, UnicodeDecodeError):
        return "it is not text"
    return str(error)
