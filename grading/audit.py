"""Audit the submissions of an assignment: what an instructor should look at by hand.

Flags, per submission:

``notebook-missing`` / ``notebook-unreadable``
    a notebook of the assignment is not there, or is not a valid notebook.
``notebook-only``
    only notebooks were uploaded: no answer file and nothing else (typical of an LMS
    upload of the ``.ipynb`` alone). Widget answers can only come from saved widget state.
``answers-missing``
    other files came, but not the notebook's ``<stem>.answers.json``.
``answers-unreadable``
    the answer file is not a valid answer file, or the student's workbook had already set
    an unreadable one aside (``*.answers.unreadable-*.json``).
``cells-added``
    code cells that are not in the released notebook (matched by cell id).
``locked-cell-changed`` / ``test-cell-changed``
    a read-only or test cell differs from its release (nbgrader's checksums) or is gone.
``test-stderr``
    in the autograded notebook a test cell wrote to stderr. nbgrader scores such a cell 0,
    even when its checks pass, if the stderr output comes before the cell's result.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from powerwith.widgets._store import SCHEMA_VERSION, answer_file_name

from .course import Course, assignments_in_source
from .parallel import submitted_students

IGNORED_FILES = {"timestamp.txt", "submission_secret.txt"}  # written by nbgrader submit, collect, zip_collect


class AuditError(Exception):
    """The audit cannot run (a one-line message)."""


@dataclass
class Flag:
    """One thing to look at in a submission."""

    code: str
    detail: str


@dataclass
class SubmissionAudit:
    """The flags raised for one student's submission."""

    student: str
    assignment: str
    autograded: bool
    flags: list[Flag] = field(default_factory=list)

    def flag(self, code: str, detail: str) -> None:
        """Add a flag."""
        self.flags.append(Flag(code, detail))


def audit_assignment(course: Course, assignment: str) -> list[SubmissionAudit]:
    """Audit every submitted student's copy of ``assignment``, in student-id order."""
    if assignment not in assignments_in_source(course):
        known = ", ".join(assignments_in_source(course)) or "none"
        raise AuditError(f"unknown assignment {assignment!r} (assignments in source/: {known})")
    students = submitted_students(course, assignment)
    if not students:
        raise AuditError(f"no submissions of {assignment} to audit")
    references = _reference_notebooks(course, assignment)
    return [_audit_one(course, assignment, student, references) for student in students]


def as_data(audits: list[SubmissionAudit]) -> dict[str, Any]:
    """The audit as plain data (what ``--json`` prints)."""
    assignment = audits[0].assignment if audits else ""
    return {"assignment": assignment, "checked": len(audits), "flagged": sum(1 for a in audits if a.flags),
            "submissions": [asdict(a) for a in audits]}


def as_text(audits: list[SubmissionAudit]) -> str:
    """One line per flagged submission, then a count."""
    lines = []
    for audit in audits:
        if audit.flags:
            found = "; ".join(f"{flag.code} ({flag.detail})" for flag in audit.flags)
            lines.append(f"{audit.student}: {found}")
    flagged = sum(1 for a in audits if a.flags)
    assignment = audits[0].assignment if audits else ""
    lines.append(f"{assignment}: {flagged} of {len(audits)} submission(s) flagged.")
    return "\n".join(lines)


# --- the checks ---------------------------------------------------------------------------
def _reference_notebooks(course: Course, assignment: str) -> dict[str, nbformat.NotebookNode]:
    """The released notebooks (what students were given), by stem; the source if not released."""
    coursedir = course.coursedir
    release = Path(coursedir.format_path(coursedir.release_directory, ".", assignment))
    found = {}
    for source in course.source_notebooks(assignment):
        released = release / source.name
        found[source.stem] = nbformat.read(released if released.is_file() else source, as_version=4)
    return found


def _audit_one(course: Course, assignment: str, student: str,
               references: dict[str, nbformat.NotebookNode]) -> SubmissionAudit:
    coursedir = course.coursedir
    folder = Path(coursedir.format_path(coursedir.submitted_directory, student, assignment))
    graded = Path(coursedir.format_path(coursedir.autograded_directory, student, assignment))
    files = sorted(p.name for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    audit = SubmissionAudit(student=student, assignment=assignment,
                            autograded=all((graded / f"{stem}.ipynb").is_file() for stem in references))
    others = [name for name in files if not name.endswith(".ipynb") and name not in IGNORED_FILES]
    for stem, reference in references.items():
        _check_answers(audit, folder, stem, others)
        path = folder / f"{stem}.ipynb"
        if not path.is_file():
            audit.flag("notebook-missing", f"{path.name} was not submitted")
            continue
        try:
            submitted = nbformat.read(path, as_version=4)
        except Exception as error:
            audit.flag("notebook-unreadable", f"{path.name} is not a valid notebook: {_first_line(error)}")
            continue
        _check_cells(audit, submitted, reference)
        _check_stderr(audit, graded / f"{stem}.ipynb")
    return audit


def _check_answers(audit: SubmissionAudit, folder: Path, stem: str, others: list[str]) -> None:
    name = answer_file_name(stem)
    set_aside = [n for n in others if n.startswith(f"{stem}.answers.unreadable-")]
    if set_aside:
        audit.flag("answers-unreadable", f"the student's workbook set aside an unreadable answer file: {set_aside[0]}")
    if name not in others:
        if not others:
            audit.flag("notebook-only", f"only the notebook was uploaded; {name} is missing"
                                        + _saved_state_note(folder / f"{stem}.ipynb", stem))
        else:
            audit.flag("answers-missing", f"{name} is missing (other files: {', '.join(others[:3])})")
        return
    try:
        document = json.loads((folder / name).read_text(encoding="utf-8"))
        if not isinstance(document, dict) or not isinstance(document.get("answers"), dict):
            raise ValueError("it holds no answers table")
        if document.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"its schema is {document.get('schema')!r}")
    except (OSError, ValueError) as error:
        reason = "it is not valid JSON" if isinstance(error, json.JSONDecodeError) else _first_line(error)
        audit.flag("answers-unreadable", f"{name}: {reason}")


def _check_cells(audit: SubmissionAudit, submitted: nbformat.NotebookNode, reference: nbformat.NotebookNode) -> None:
    from nbgrader.utils import compute_checksum

    known_ids = {cell.get("id") for cell in reference.cells if cell.get("id")}
    known_sources = {cell.source for cell in reference.cells if cell.cell_type == "code"}
    added = [cell for cell in submitted.cells if cell.cell_type == "code"
             and (cell.get("id") not in known_ids if known_ids and cell.get("id") else cell.source not in known_sources)]
    if added:
        first = next((c.source.strip().splitlines()[0] for c in added if c.source.strip()), "(empty)")
        audit.flag("cells-added", f"{len(added)} code cell(s) not in the release, e.g. {first[:60]!r}")
    by_id = {cell.metadata.get("nbgrader", {}).get("grade_id"): cell for cell in submitted.cells
             if cell.metadata.get("nbgrader", {}).get("grade_id")}
    changed: dict[str, list[str]] = {"test-cell-changed": [], "locked-cell-changed": []}
    for cell in reference.cells:
        meta = cell.metadata.get("nbgrader", {})
        is_test = bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"
        if not (is_test or meta.get("locked")):
            continue
        code = "test-cell-changed" if is_test else "locked-cell-changed"
        expected = meta.get("checksum") or compute_checksum(cell)
        theirs = by_id.get(meta.get("grade_id"))
        if theirs is None:
            changed[code].append(f"{meta.get('grade_id')} deleted")
        elif compute_checksum(theirs) != expected:
            changed[code].append(str(meta.get("grade_id")))
    for code, cells in changed.items():
        if cells:
            audit.flag(code, ", ".join(cells))


def _check_stderr(audit: SubmissionAudit, graded: Path) -> None:
    if not graded.is_file():
        return
    try:
        nb = nbformat.read(graded, as_version=4)
    except Exception:
        return
    noisy = []
    for cell in nb.cells:
        if cell.cell_type != "code" or not cell.metadata.get("nbgrader", {}).get("grade"):
            continue
        kinds = [("stderr" if o.get("output_type") == "stream" and o.get("name") == "stderr" else o.get("output_type"))
                 for o in cell.get("outputs", [])]
        if "stderr" in kinds:
            # nbgrader reads outputs in order: stderr before the cell's result means 0 points
            costly = "execute_result" not in kinds[: kinds.index("stderr")]
            noisy.append(cell.metadata["nbgrader"]["grade_id"] + (" (so nbgrader scored it 0)" if costly else ""))
    if noisy:
        audit.flag("test-stderr", f"test cells wrote to stderr when autograded: {', '.join(noisy)}")


def _saved_state_note(notebook: Path, stem: str) -> str:
    """A note when the notebook carries answers in its saved widget state (autograde uses them)."""
    try:
        from powerwith.widgets._recover import saved_answers
    except ImportError:
        return ""
    try:
        count = sum(1 for value in saved_answers(notebook, module=stem.split("-", 1)[0]).values() if value is not None)
    except Exception:
        return ""
    return f" ({count} answer(s) are in its saved widget state, which autograde recovers)" if count else ""


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:120] if text else type(error).__name__
