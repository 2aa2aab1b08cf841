"""Synthetic students: answer files with a realistic spread, for the demo and the benchmark.

Each student has a profile. ``strong``, ``middling`` and ``weak`` students answer every
graded item of a module from its key with a chance of getting each part right (their
skill), so scores spread the way a real class's do; a weak student also leaves some
items unanswered. ``blank`` students answered nothing, ``corrupt`` students upload an
answer file cut off mid-write, and ``notebook-only`` students upload the notebook
without its answer file. Reflections are left as released: they are graded by hand.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from powerwith.widgets._store import SCHEMA_VERSION, answer_file_name

SKILL = {"strong": 0.92, "middling": 0.65, "weak": 0.35}
SPECIAL = ("blank", "corrupt", "notebook-only")

_FIRST = ["Amara", "Bao", "Camila", "Dev", "Elif", "Farah", "Gabriel", "Hana", "Ikaika", "Jamal", "Kiona",
          "Lucía", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Samir", "Talia", "Uma", "Víctor",
          "Wanjiru", "Xin", "Yara", "Zoe"]
_LAST = ["Abebe", "Begay", "Chen", "Diallo", "Esposito", "Fernández", "García", "Haddad", "Ibrahim", "Jensen",
         "Kowalski", "Lee", "Mensah", "Nguyen", "Okafor", "Patel", "Quispe", "Rahman", "Santos", "Tanaka",
         "Usman", "Vargas", "Williams", "Yilmaz", "Zhou"]


@dataclass(frozen=True)
class SyntheticStudent:
    """One made-up student: an id, a name and a profile."""

    id: str
    first_name: str
    last_name: str
    profile: str


def roster(count: int, *, seed: int = 2024) -> list[SyntheticStudent]:
    """A class of ``count`` students: one corrupt answer file, one notebook-only upload,
    a few blank submissions, and strong, middling and weak students in about 3:4:3.

    With fewer than six students, the special cases come after one of each skill level.
    """
    rng = random.Random(seed)
    special = ["corrupt", "notebook-only"] + ["blank"] * max(1, count // 20)
    skills = max(count - len(special), 0)
    strong, weak = round(skills * 0.3), round(skills * 0.3)
    profiles = ["strong"] * strong + ["weak"] * weak + ["middling"] * (skills - strong - weak)
    rng.shuffle(profiles)
    if count < 6:
        profiles = (["strong", "middling", "weak", "blank", "corrupt"] + profiles)[:count]
    else:
        profiles = profiles + special
        rng.shuffle(profiles)
    students = []
    for number, profile in enumerate(profiles, start=1):
        students.append(SyntheticStudent(id=f"s{number:03d}", first_name=rng.choice(_FIRST),
                                         last_name=rng.choice(_LAST), profile=profile))
    return students


def answers_for(items: list[dict], profile: str, rng: random.Random) -> dict[str, Any]:
    """Answers to a module's graded items (from :func:`powerwith.grading._keys.graded_items`)."""
    if profile not in SKILL:
        return {}
    skill = SKILL[profile]
    answers = {}
    for item in items:
        if rng.random() < (1 - skill) * 0.25:
            continue  # left unanswered
        value = _answer(item, skill, rng)
        if value is not None:
            answers[item["id"]] = value
    return answers


def answer_document(answers: dict[str, Any]) -> str:
    """The text of an answer file holding ``answers``."""
    return json.dumps({"schema": SCHEMA_VERSION, "answers": answers}, indent=1, sort_keys=True, ensure_ascii=False)


_REFLECTIONS = [
    "In this case the worker holds most of the power: the worker knows the system, controls the services "
    "and writes the record, while the client needs what the agency offers. I would say plainly what I must "
    "report, explain each form, and ask what the family needs first.",
    "Reading the case, I noticed how much power comes from small things, like who decides the order of the "
    "questions. Next time I would offer choices where the rules allow them and check that the client "
    "understood what the notes are for.",
    "I used to think sharing power meant being friendly. The case showed me it means being honest about my "
    "role and giving the client real choices. I would explain the rules and ask what would make them hard "
    "to follow.",
]


def write_submission(folder: Path, notebook: Path, student: SyntheticStudent, items: list[dict],
                     rng: random.Random) -> None:
    """Write one student's submission into ``folder``: the released notebook (with a short
    reflection, unless the student is blank) and, unless the profile says otherwise, its
    answer file."""
    folder.mkdir(parents=True, exist_ok=True)
    if student.profile == "blank":
        shutil.copy(notebook, folder / notebook.name)
    else:
        _write_with_reflection(notebook, folder / notebook.name, rng.choice(_REFLECTIONS))
    target = folder / answer_file_name(notebook.stem)
    if student.profile == "notebook-only":
        return
    if student.profile == "corrupt":
        text = answer_document(answers_for(items, "middling", rng))
        target.write_text(text[: max(10, len(text) // 3)], encoding="utf-8")  # cut off mid-write
        return
    target.write_text(answer_document(answers_for(items, student.profile, rng)), encoding="utf-8")


# --- one answer per kind ---------------------------------------------------------------
def _answer(item: dict, skill: float, rng: random.Random) -> Any:
    kind, key, fields = item["kind"], item["key"], item.get("fields", {})
    model = item.get("answer")
    if kind == "choice":
        wrong = [o for o in fields.get("options", []) if o != key]
        return key if rng.random() < skill or not wrong else rng.choice(wrong)
    if kind == "select-all":
        chosen = [o for o in fields.get("options", key) if
                  (o in key and rng.random() > (1 - skill) * 0.6) or (o not in key and rng.random() < (1 - skill) * 0.5)]
        return chosen or [rng.choice(fields.get("options", key))]
    if kind == "categorize":
        categories = fields.get("categories", sorted(set(key.values())))
        placed = {}
        for item_text, right in key.items():
            if rng.random() < skill:
                placed[item_text] = right
            elif rng.random() < 0.85:
                placed[item_text] = rng.choice([c for c in categories if c != right] or [right])
        return placed or None
    if kind == "rank":
        order = list(model or key)
        for index in range(len(order) - 1):
            if rng.random() < (1 - skill) * 0.7:
                order[index], order[index + 1] = order[index + 1], order[index]
        return order
    if kind == "power-map":
        low, high = fields.get("low", 0), fields.get("high", 10)
        values = {}
        for name, (lo, hi) in key.items():
            outside = [v for v in range(low, high + 1) if not lo <= v <= hi]
            values[name] = rng.randint(lo, hi) if rng.random() < skill or not outside else rng.choice(outside)
        return values
    if kind == "scenario":
        return _scenario_path(fields.get("steps", {}), key, skill, rng)
    if kind == "rewrite":
        return model if model and rng.random() < skill else fields.get("original") or model
    return model


def _scenario_path(steps: dict, key: dict, skill: float, rng: random.Random) -> list[list[str]] | None:
    here, path = "start", []
    while here in steps and steps[here].get("choices") and len(path) < 50:
        choices = steps[here]["choices"]
        ids = [c["id"] for c in choices]
        best = key.get(here)
        picked = best if best in ids and rng.random() < skill else rng.choice(ids)
        path.append([here, picked])
        here = next(c for c in choices if c["id"] == picked)["next"]
    return path or None


def _write_with_reflection(notebook: Path, target: Path, text: str) -> None:
    """Copy a released notebook with ``text`` in its manually graded answer cells."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and meta.get("grade") and meta.get("solution"):
            cell.source = text
    nbformat.write(nb, target)
