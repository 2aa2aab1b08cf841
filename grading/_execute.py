"""nbgrader's Execute preprocessor with a time limit for the whole notebook.

nbgrader bounds each cell (``Execute.timeout``) and, when a cell runs over, interrupts
the kernel and goes on; a kernel that ignores the interrupt makes every later cell wait
out its own timeout. :class:`DeadlineExecute` also bounds the whole run: when the time
is up it kills the kernel's process group, nbclient sees a dead kernel, and nbgrader
records the notebook as failed. Everything else is nbgrader's own code.
"""

from __future__ import annotations

import os
import signal
import threading
from typing import Any

from nbgrader.preprocessors import Execute
from traitlets import Any as AnyTrait
from traitlets import Float


class DeadlineExecute(Execute):
    """Run a notebook as nbgrader does, but kill its kernel after ``time_limit`` seconds."""

    time_limit = Float(0.0, help="Seconds the whole notebook may run; 0 means no limit.").tag(config=True)
    on_expire = AnyTrait(None, allow_none=True,
                         help="Called with no arguments when the time limit stops a notebook.").tag(config=True)

    def preprocess(self, nb: Any, resources: Any = None, km: Any = None) -> tuple[Any, Any]:
        """Execute the notebook; a timer stops the kernel if the time limit passes."""
        timer = None
        if self.time_limit and self.time_limit > 0:
            timer = threading.Timer(self.time_limit, self._expire)
            timer.daemon = True
            timer.start()
        try:
            return super().preprocess(nb, resources, km)
        finally:
            if timer is not None:
                timer.cancel()

    def _expire(self) -> None:
        pid = _kernel_pid(self.km)
        if pid is None:
            return
        if self.on_expire is not None:
            self.on_expire()
        self.log.error("The notebook ran past its time limit of %s s: stopping its kernel", self.time_limit)
        _kill_group(pid)


def _kernel_pid(km: Any) -> int | None:
    provisioner = getattr(km, "provisioner", None)
    process = getattr(provisioner, "process", None)
    pid = getattr(process, "pid", None) or getattr(provisioner, "pid", None)
    return int(pid) if pid else None


def _kill_group(pid: int) -> None:
    """Kill a kernel and anything it started (jupyter_client starts it in its own session)."""
    try:
        if hasattr(os, "killpg"):
            os.killpg(pid, signal.SIGKILL)
        else:  # Windows
            os.kill(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass
