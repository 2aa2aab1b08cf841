"""The parent's side of parallel grading: start workers, hand out students, watch, stop.

See :mod:`powerwith.grading.parallel` for what it guarantees. Workers run
:func:`powerwith.grading._worker.serve`; each gets one student id at a time on its own
queue and answers on a queue shared by all.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable

from ._gradebook import zero_submission
from ._worker import FAILED, GRADED, SKIPPED, WorkerSettings, serve

GRACE = 30.0  # seconds past the time limit before a silent worker is killed


@dataclass
class _Slot:
    process: Any
    inbox: Any
    ready: bool = False
    student: str | None = None
    since: float = 0.0
    retiring: bool = False


class Interrupts:
    """Counts Ctrl-C presses while installed (main thread only), instead of raising."""

    def __init__(self) -> None:
        self.count = 0
        self._previous: Any = None

    def __enter__(self) -> "Interrupts":
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        self.count += 1

    def __exit__(self, *exc: Any) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class Pool:
    """The parent's side: hand out students, collect results, watch for hung workers."""

    def __init__(self, course: Any, settings: WorkerSettings, run: Any, todo: list[str],
                 on_result: Callable[[str, str, str], None], on_note: Callable[[str], None]) -> None:
        self.course = course
        self.settings = settings
        self.run_state = run
        self.pending = deque(todo)
        self.on_result = on_result
        self.on_note = on_note
        self.context = multiprocessing.get_context("spawn")
        self.outbox = self.context.Queue()
        self.slots: dict[int, _Slot] = {}
        self.next_slot = 0
        self.stopping = False
        self.ever_ready = False
        self.start_failures = 0

    # --- workers ---------------------------------------------------------------------
    def _launch(self) -> None:
        slot = self.next_slot
        self.next_slot += 1
        inbox = self.context.Queue()
        process = self.context.Process(target=serve, args=(self.settings, slot, inbox, self.outbox),
                                       name=f"powerwith-grader-{slot}", daemon=True)
        # A worker ignores Ctrl-C from birth (an ignored signal stays ignored in the new
        # process), so a Ctrl-C in the terminal reaches only the parent's handler.
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            process.start()
        finally:
            if main:
                signal.signal(signal.SIGINT, previous)
        self.slots[slot] = _Slot(process=process, inbox=inbox)

    def _dispatch(self, slot_id: int) -> None:
        slot = self.slots[slot_id]
        slot.ready = True
        if self.pending and not self.stopping:
            slot.student = self.pending.popleft()
            slot.since = time.monotonic()
            slot.inbox.put(slot.student)
        else:
            slot.student = None
            if not slot.retiring:
                slot.retiring = True
                slot.inbox.put(None)

    def _retire_finished(self) -> None:
        for slot_id, slot in list(self.slots.items()):
            if slot.retiring and slot.student is None and not slot.process.is_alive():
                slot.process.join(timeout=0)
                del self.slots[slot_id]

    # --- results -----------------------------------------------------------------------
    def _record(self, student: str, status: str, reason: str) -> None:
        run = self.run_state
        if status == GRADED:
            run.graded.append(student)
        elif status == SKIPPED:
            run.skipped.append(student)
        else:
            run.failed[student] = reason
        self.on_result(student, status, reason)

    def _handle(self, message: tuple) -> None:
        kind, slot_id = message[0], message[1]
        if slot_id not in self.slots:
            return  # from a worker already killed
        if kind == "ready":
            self.ever_ready = True
            self._dispatch(slot_id)
        elif kind == "done":
            _, _, student, status, reason, _seconds = message
            self._record(student, status, reason)
            self.slots[slot_id].student = None
            self._dispatch(slot_id)
        elif kind == "fatal":
            slot = self.slots.pop(slot_id)
            slot.process.join(timeout=5)
            if not self.ever_ready and not self.slots:
                raise RuntimeError(message[2])
            self.on_note(f"a grading worker could not start: {message[2]}")

    # --- the watchdog ------------------------------------------------------------------
    def _fail_in_flight(self, slot_id: int, reason: str) -> None:
        slot = self.slots.pop(slot_id)
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=10)
        if slot.student is not None:
            remove_autograded(self.course, self.settings.assignment, slot.student)
            zero_submission(self.settings.db_url, self.settings.course_id, self.settings.assignment, slot.student)
            self._record(slot.student, FAILED, reason)
        if self.pending and not self.stopping:
            self._launch()

    def _watch(self) -> None:
        hard_limit = self.settings.time_limit + GRACE
        now = time.monotonic()
        for slot_id, slot in list(self.slots.items()):
            if slot.student is not None and now - slot.since > hard_limit:
                self._fail_in_flight(slot_id, f"ran past the time limit of {self.settings.time_limit:g} s; "
                                              "its grading was stopped")
            elif not slot.process.is_alive() and (slot.student is not None or not slot.ready):
                if slot.student is None:
                    self.start_failures += 1
                    if self.start_failures > len(self.slots) + 2 or (not self.ever_ready and len(self.slots) == 1):
                        raise RuntimeError(f"grading workers stop while starting (exit code {slot.process.exitcode}); "
                                           f"see {self.settings.log_path}")
                self._fail_in_flight(slot_id, f"its grading worker stopped unexpectedly "
                                              f"(exit code {slot.process.exitcode})")

    # --- Ctrl-C --------------------------------------------------------------------------
    def _stop_handing_out(self) -> None:
        self.stopping = True
        self.run_state.interrupted = True
        self.run_state.not_graded.extend(self.pending)
        self.pending.clear()
        busy = sum(1 for slot in self.slots.values() if slot.student is not None)
        self.on_note(f"Interrupted: finishing the {busy} submission(s) in progress "
                     "(press Ctrl-C again to stop at once).")
        for slot_id, slot in self.slots.items():
            if slot.student is None and slot.ready:
                self._dispatch(slot_id)

    def _stop_now(self) -> None:
        for slot in list(self.slots.values()):
            if slot.process.is_alive():
                slot.process.kill()
        for slot in list(self.slots.values()):
            slot.process.join(timeout=10)
            if slot.student is not None:
                remove_autograded(self.course, self.settings.assignment, slot.student)
                self.run_state.not_graded.append(slot.student)
        self.slots.clear()

    # --- the loop --------------------------------------------------------------------------
    def run(self, jobs: int) -> None:
        with Interrupts() as interrupts:
            try:
                for _ in range(jobs):
                    self._launch()
                while self.slots:
                    if interrupts.count == 1 and not self.stopping:
                        self._stop_handing_out()
                    elif interrupts.count >= 2:
                        self._stop_now()
                        break
                    try:  # every message waiting, before the watchdog looks at the workers
                        self._handle(self.outbox.get(timeout=0.25))
                        while True:
                            self._handle(self.outbox.get_nowait())
                    except queue.Empty:
                        pass
                    self._watch()
                    self._retire_finished()
            finally:
                for slot in self.slots.values():
                    if slot.process.is_alive():
                        slot.process.kill()
                    slot.process.join(timeout=5)
        self.run_state.not_graded.sort()


def remove_autograded(course: Any, assignment: str, student: str) -> None:
    """Remove a half-written autograded folder, so the student counts as not yet graded."""
    from nbgrader.utils import rmtree

    folder = course.coursedir.format_path(course.coursedir.autograded_directory, student, assignment)
    if os.path.isdir(folder):
        rmtree(folder)
