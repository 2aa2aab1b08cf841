"""A plain-text progress bar on a stream, with lines printed above it."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """``[#####-----] 12/40  1 failed  0:23`` redrawn in place on a terminal.

    On a stream that is not a terminal (a log, CI) it prints a plain line at every
    tenth of the way instead, so logs stay readable.
    """

    def __init__(self, total: int, *, label: str = "graded", stream: TextIO | None = None, width: int = 30) -> None:
        self.total = max(total, 0)
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_step = -1
        self._drawn = False

    def advance(self, *, failed: bool = False) -> None:
        """Count one more student done (and failed, if so), then redraw."""
        self.done += 1
        self.failed += int(failed)
        self._draw()

    def note(self, line: str) -> None:
        """Print a line above the bar."""
        self._clear()
        print(line, file=self.stream, flush=True)
        self._draw(force=True)

    def close(self) -> None:
        """Finish the bar's line."""
        if self._tty and self._drawn:
            print(file=self.stream, flush=True)
            self._drawn = False

    def text(self) -> str:
        """The bar as text."""
        filled = int(self.width * self.done / self.total) if self.total else self.width
        elapsed = int(time.monotonic() - self.started)
        failed = f"  {self.failed} failed" if self.failed else ""
        return (f"[{'#' * filled}{'-' * (self.width - filled)}] {self.done}/{self.total} {self.label}"
                f"{failed}  {elapsed // 60}:{elapsed % 60:02d}")

    def _clear(self) -> None:
        if self._tty and self._drawn:
            self.stream.write("\r\033[K")

    def _draw(self, force: bool = False) -> None:
        if self._tty:
            self.stream.write("\r\033[K" + self.text())
            self.stream.flush()
            self._drawn = True
            return
        step = (10 * self.done) // self.total if self.total else 10
        if step != self._last_step and not force:
            self._last_step = step
            print(self.text(), file=self.stream, flush=True)
