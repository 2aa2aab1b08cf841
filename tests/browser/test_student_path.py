"""The student's path in a real browser: JupyterLab, Debian's Chromium, Playwright.

* Module 1's student copy (made by nbgrader in a temporary course): run all, answer every
  graded exercise as a student does (clicks, ticks, menus, the keyboard), check the answer
  file after each; restart and clear, run all, check every widget shows its answer; save;
  autograde the folder, and the notebook alone without its answer file: both earn the score
  the chosen answers should.
* A demo notebook with one practice exercise of each kind, and a graded rewrite (the kind
  module 1 lacks): answer, screenshot each kind into docs/images/, save, delete the answer
  file, restart, run all: every answer comes back from the widget state saved in the notebook.
* axe-core scans the course's widgets (``.powerwith-exercise``; JupyterLab's own interface is
  out of scope) unanswered, answered and with practice feedback: no serious or critical
  violations.
"""

from __future__ import annotations

import json
import shutil
import time

import nbformat
import pytest

import demo_notebook
import support
from labpage import (Notebook, answers_in, categorize, choose, describe, rank_by_keyboard, set_by_keyboard, shows,
                     tick, type_rewrite, wait_until, walk)
from powerwith.widgets import Workbook, score
from powerwith.widgets._recover import WIDGET_STATE, saved_answers

pytestmark = pytest.mark.browser

IMAGES = support.ROOT / "docs" / "images"
SLUG = "m01-foundations"
METHOD = {"choice": "choice", "select-all": "select_all", "categorize": "categorize", "rank": "rank",
          "power-map": "power_map", "scenario": "scenario", "rewrite": "rewrite"}
MODULE_1_KINDS = {"choice", "select-all", "categorize", "rank", "power-map", "scenario"}


def test_the_course_settings_override_turns_save_state_on(lab):
    status, settings = lab.api("GET", "/lab/api/settings/@jupyter-widgets/jupyterlab-manager:plugin")
    assert status == 200
    # The stock default is false; the override (installed with the package) makes it true.
    assert settings["schema"]["properties"]["saveState"]["default"] is True, f"override from {lab.override_source}"
    assert "saveState" not in settings.get("settings", {})


# --- the demo: every kind, screenshots, recovery from saved state ---------------------------------------
def test_every_kind_shows_feedback_passes_axe_and_recovers_from_saved_state(lab, page):
    folder = lab.root / "demo"
    folder.mkdir()
    nbformat.write(demo_notebook.notebook(), folder / f"{demo_notebook.STEM}.ipynb")
    notebook = Notebook(page, lab, f"demo/{demo_notebook.STEM}.ipynb")
    notebook.run_all(exercises=len(demo_notebook.EXERCISES))
    violations = notebook.axe()
    assert not violations, "unanswered:\n" + describe(violations)

    d = demo_notebook
    given = {}

    def answer(exercise_id, kind, act, value):
        act(notebook, notebook.exercise(exercise_id, kind), value)
        notebook.expect_answer(exercise_id, expected(exercise_id, value))
        given[exercise_id] = expected(exercise_id, value)

    def expected(exercise_id, value):
        if exercise_id == "m00.p2":  # the answer lists ticked options in the order offered
            return [option for option in d.SELECT_ALL["options"] if option in value]
        return value

    answer("m00.p1", "choice", choose, d.CHOICE["options"][0])
    answer("m00.p2", "select-all", tick, [d.SELECT_ALL["options"][0], d.SELECT_ALL["options"][2]])
    items, categories = d.CATEGORIZE["items"], d.CATEGORIZE["categories"]
    answer("m00.p3", "categorize", categorize, {items[0]: categories[0], items[1]: categories[1], items[2]: categories[1]})
    ranked = d.RANK["items"]
    answer("m00.p4", "rank", rank_by_keyboard, [ranked[1], ranked[0], ranked[2], ranked[3]])
    dimensions = d.POWER_MAP["dimensions"]
    answer("m00.p5", "power-map", lambda n, w, v: set_by_keyboard(n, w, v, start=5),
           dict(zip(dimensions, [9, 8, 2, 7])))
    answer("m00.p6", "scenario", lambda n, w, v: walk(n, w, d.STEPS, v), [["start", "ask"], ["plan", "tell"]])
    answer("m00.p7", "rewrite", type_rewrite,
           "Ms. Okafor missed two meetings because her shift changed. We talked about when the case could close.")
    answer("m00.q1", "rewrite", type_rewrite, "She could not come on Tuesday, because her bus was late.")

    violations = notebook.axe()
    assert not violations, "with practice feedback:\n" + describe(violations)
    IMAGES.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1200, "height": 1400})  # the tallest widget fits between the bars
    for exercise_id, kind, *_ in d.EXERCISES:
        if exercise_id.startswith("m00.p"):
            widget = notebook.exercise(exercise_id, kind)
            feedback = widget.locator(".powerwith-feedback").text_content()
            assert "\u2714" in feedback or "\u2718" in feedback, f"{exercise_id} shows no practice feedback"
            widget.screenshot(path=IMAGES / f"{kind}.png", animations="disabled")

    # Save, lose the answer file, restart: every kind comes back from the saved widget state.
    notebook.save()
    wait_until(lambda: saved_answers(notebook.path, "m00") == given,
               lambda: f"the saved notebook holds {saved_answers(notebook.path, 'm00')!r}")
    notebook.answer_file.unlink()
    notebook.restart_and_clear()
    notebook.run_all(exercises=len(d.EXERCISES))
    assert "Recovered" in page.locator(".jp-OutputArea-output").first.text_content()
    for exercise_id, kind, _method, fields, _practice in d.EXERCISES:
        problems = shows(notebook.exercise(exercise_id, kind), kind, fields, given[exercise_id])
        assert not problems, f"{exercise_id} after recovery: {problems}"
    assert answers_in(notebook.answer_file) == given


# --- module 1, from the student's copy to the gradebook -----------------------------------------------
def planned_answer(item: dict) -> object:
    """An answer that earns part of the credit on some items, so the score check means something."""
    kind, key, fields = item["kind"], item["key"], item["fields"]
    if kind == "choice":
        return key  # changed to a wrong option on a later day
    if kind == "select-all":
        wrong = [option for option in fields["options"] if option not in key][:1]
        chosen = set(key[:-1]) | set(wrong)
        return [option for option in fields["options"] if option in chosen]
    if kind == "categorize":
        first = fields["items"][0]
        other = next(category for category in fields["categories"] if category != key[first])
        return {item_: (other if item_ == first else key[item_]) for item_ in fields["items"]}
    if kind == "rank":
        return [*key[:-2], key[-1], key[-2]]
    if kind == "power-map":
        low, high = fields.get("low", 0), fields.get("high", 10)
        values = {}
        for index, name in enumerate(fields["dimensions"]):
            lowest, highest = key[name]
            if index == 0:
                values[name] = lowest - 1 if lowest > low else highest + 1
            else:
                values[name] = lowest
            assert low <= values[name] <= high
        return values
    if kind == "scenario":
        return scenario_path(fields["steps"], key)
    raise AssertionError(f"no plan for {kind}")


def scenario_path(steps: dict, key: dict) -> list[list[str]]:
    """The key's path, leaving it at the last decision that offers another choice."""
    def follow(here: str, path: list[list[str]]) -> list[list[str]]:
        while steps[here].get("choices") and len(path) < 50:
            choice = key.get(here, steps[here]["choices"][0]["id"])
            path.append([here, choice])
            here = next(c["next"] for c in steps[here]["choices"] if c["id"] == choice)
        return path

    best = follow("start", [])
    for index in reversed(range(len(best))):
        step_id, chosen = best[index]
        others = [c for c in steps[step_id]["choices"] if c["id"] != chosen]
        if others:
            return follow(others[0]["next"], [*best[:index], [step_id, others[0]["id"]]])
    return best


def act(notebook: Notebook, item: dict, value: object) -> None:
    widget = notebook.exercise(item["id"], item["kind"])
    fields = item["fields"]
    if item["kind"] == "choice":
        choose(notebook, widget, value)
    elif item["kind"] == "select-all":
        tick(notebook, widget, value)
    elif item["kind"] == "categorize":
        categorize(notebook, widget, value)
    elif item["kind"] == "rank":
        rank_by_keyboard(notebook, widget, value)
    elif item["kind"] == "power-map":
        set_by_keyboard(notebook, widget, value, start=(fields.get("low", 0) + fields.get("high", 10)) // 2)
    elif item["kind"] == "scenario":
        walk(notebook, widget, fields["steps"], value)


def expected_scores(items: list[dict], answers: dict, scratch) -> dict[str, float]:
    """Each grade cell's score for these answers, by the course's scoring rules."""
    scratch.mkdir()
    (scratch / f"{SLUG}.answers.json").write_text(json.dumps({"schema": 1, "answers": answers}))
    book = Workbook(SLUG, folder=scratch)
    return {item["grade_id"]: score(getattr(book, METHOD[item["kind"]])(item["id"], **item["fields"]),
                                    item["key"], item["points"]) for item in items}


def test_module_1_from_the_student_copy_to_the_gradebook(lab, page, course, tmp_path):
    started = time.monotonic()
    source = course / "source" / SLUG / f"{SLUG}.ipynb"
    items = support.graded_items(support.read(source))
    assert MODULE_1_KINDS <= {item["kind"] for item in items}, "module 1 no longer has every kind this test drives"
    shutil.copytree(course / "release" / SLUG, lab.root / SLUG)
    notebook = Notebook(page, lab, f"{SLUG}/{SLUG}.ipynb")
    notebook.run_all(exercises=len(items))
    violations = notebook.axe()
    assert not violations, "module 1, unanswered:\n" + describe(violations)

    chosen = {}
    for item in items:
        value = planned_answer(item)
        act(notebook, item, value)
        notebook.expect_answer(item["id"], value)
        chosen[item["id"]] = value
    violations = notebook.axe()
    assert not violations, "module 1, answered:\n" + describe(violations)

    notebook.restart_and_clear()
    notebook.run_all(exercises=len(items))
    for item in items:
        problems = shows(notebook.exercise(item["id"], item["kind"]), item["kind"], item["fields"], chosen[item["id"]])
        assert not problems, f"{item['id']} after a restart: {problems}"

    notebook.save()
    wait_until(lambda: all(saved_answers(notebook.path, "m01").get(i) == v for i, v in chosen.items()),
               "the saved notebook does not hold every answer in its widget state")

    # Later: close the tab, open the notebook again (the kernel kept running), run all, change
    # one answer, save. The saved state now holds the old widget too, with the old answer, and
    # the one the outputs show must count.
    notebook.reopen()
    notebook.run_all(exercises=len(items))
    choice = next(item for item in items if item["kind"] == "choice")
    changed = next(option for option in choice["fields"]["options"] if option != chosen[choice["id"]])
    act(notebook, choice, changed)
    notebook.expect_answer(choice["id"], changed)
    chosen[choice["id"]] = changed
    notebook.save()
    wait_until(lambda: all(saved_answers(notebook.path, "m01").get(i) == v for i, v in chosen.items()),
               lambda: f"after reopening, the saved state gives {saved_answers(notebook.path, 'm01')!r}")
    saved = json.loads(notebook.path.read_text())["metadata"]["widgets"][WIDGET_STATE]["state"]
    kept = {model["state"]["saved_answer"] for model in saved.values()
            if model["state"].get("exercise_id") == choice["id"]}
    assert len(kept) == 2, f"expected the old and the new answer of {choice['id']} in the saved state, got {kept}"
    answers_text = notebook.answer_file.read_text()
    expected = expected_scores(items, json.loads(answers_text)["answers"], tmp_path / "scratch")
    full = sum(item["points"] for item in items)
    assert 0 < sum(expected.values()) < full, expected

    support.submit(course, SLUG, "folder", answers_text, notebook=notebook.path)
    notebook.answer_file.unlink()  # the LMS kept only the notebook
    support.submit(course, SLUG, "notebookonly", None, notebook=notebook.path)
    support.nbgrader(course, "autograde", SLUG, "--force")
    scores = support.scores(course, SLUG)
    for student in ("folder", "notebookonly"):
        got = {grade_id: scores[student][grade_id] for grade_id in expected}
        assert got == pytest.approx(expected, abs=1e-3), f"{student}: {got} != {expected}"
    print(f"\nmodule 1 in the browser, to the gradebook: {time.monotonic() - started:.1f} s")
