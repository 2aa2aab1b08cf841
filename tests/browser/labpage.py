"""Drive a notebook in JupyterLab as a student does: menus, clicks and the keyboard."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Callable

IDLE = "Python 3 (ipykernel) | Idle"
SERIOUS = {"serious", "critical"}


def wait_until(check: Callable[[], Any], what: Callable[[], str] | str, timeout: float = 20.0) -> Any:
    """Poll ``check`` until it returns something true; fail saying ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(what() if callable(what) else what)
        time.sleep(0.1)


def answers_in(path: Path) -> dict:
    """The answers in an answer file (empty when there is none)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))["answers"]
    except (OSError, ValueError, KeyError):
        return {}


class Notebook:
    """One notebook open in JupyterLab, with the answer file beside it."""

    def __init__(self, page, lab, path: str) -> None:
        self.page = page
        self.lab = lab
        self.relative = path
        self.path = lab.root / path
        self.answer_file = self.path.with_name(self.path.stem + ".answers.json")
        page.goto(lab.page_url(path))
        self.wait_idle(timeout=90)

    def reopen(self) -> None:
        """Close the tab and open the notebook again: the kernel, still running on the server,
        keeps the widgets it made, and JupyterLab shows them again."""
        self.page.goto(self.lab.page_url(self.relative))
        self.wait_idle(timeout=90)

    # --- the kernel and the menus -------------------------------------------------------
    def wait_idle(self, timeout: float = 60) -> None:
        """Wait until the kernel is idle, as the status bar says (the toolbar says so too early)."""
        self.page.get_by_text(IDLE, exact=True).wait_for(timeout=timeout * 1000)

    def menu(self, name: str, command: str) -> None:
        self.page.locator("#jp-MainMenu").get_by_role("menuitem", name=name, exact=True).click()
        self.page.locator(f"li[data-command='{command}']").click()

    def run_all(self, exercises: int) -> None:
        """Run > Run All Cells, then wait for every cell to finish."""
        self.menu("Run", "runmenu:run-all")
        wait_until(lambda: self.exercises().count() >= exercises,
                   lambda: f"only {self.exercises().count()} of {exercises} exercises appeared", timeout=90)
        self.page.wait_for_function(
            "() => ![...document.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('*'))",
            timeout=90_000)
        self.wait_idle()

    def restart_and_clear(self) -> None:
        """Kernel > Restart Kernel and Clear Outputs of All Cells, confirmed in the dialog."""
        self.menu("Kernel", "kernelmenu:restart-and-clear")
        self.page.locator(".jp-Dialog .jp-mod-accept").click()
        wait_until(lambda: self.exercises().count() == 0, "the outputs were not cleared")
        self.wait_idle()

    def save(self) -> None:
        self.menu("File", "docmanager:save")

    # --- exercises -----------------------------------------------------------------------
    def exercises(self):
        return self.page.locator(".powerwith-exercise")

    def exercise(self, exercise_id: str, kind: str):
        """The widget of one exercise, found by its id in the prompt and its CSS classes."""
        found = self.page.locator(f".powerwith-exercise.powerwith-{kind}").filter(
            has=self.page.locator(".powerwith-prompt", has_text=f"exercise {exercise_id}."))
        assert found.count() == 1, f"{exercise_id}: {found.count()} {kind} widgets on the page"
        return found

    def expect_answer(self, exercise_id: str, expected: Any, timeout: float = 20) -> None:
        """Wait until the answer file holds ``expected`` for an exercise."""
        wait_until(lambda: answers_in(self.answer_file).get(exercise_id) == expected,
                   lambda: f"{exercise_id}: the answer file holds {answers_in(self.answer_file).get(exercise_id)!r}, "
                           f"not {expected!r}", timeout=timeout)

    def axe(self) -> list[dict]:
        """Serious and critical axe-core violations inside the course's widgets (not JupyterLab's)."""
        from axe_playwright_python.sync_playwright import Axe

        results = Axe().run(self.page, context=".powerwith-exercise")
        return [violation for violation in results.response["violations"] if violation["impact"] in SERIOUS]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['html'][:160]}" for node in violation["nodes"][:5])
    return "\n".join(lines)


# --- answering, kind by kind, as a student does ------------------------------------------------
def choose(notebook: Notebook, widget, option: str) -> None:
    widget.get_by_role("radio", name=option, exact=True).check()


def tick(notebook: Notebook, widget, options: list[str]) -> None:
    for option in options:
        widget.get_by_role("checkbox", name=option, exact=True).check()


def categorize(notebook: Notebook, widget, placement: dict[str, str]) -> None:
    for item, category in placement.items():
        widget.get_by_label(item, exact=True).select_option(category)


def listed(widget) -> list[str]:
    """The order a rank widget shows."""
    return widget.locator("select").evaluate("s => [...s.options].map(o => o.value)")


def rank_by_keyboard(notebook: Notebook, widget, target: list[str]) -> None:
    """Reorder with the keyboard: the arrow keys pick an item by its place, Tab reaches *Move up*,
    Enter presses it."""
    place_field = widget.get_by_label("Place of the item to move", exact=True)
    for place, item in enumerate(target):
        where = listed(widget).index(item)
        if where == place:
            continue
        place_field.focus()
        current = int(place_field.input_value())
        for _ in range(abs(where + 1 - current)):
            place_field.press("ArrowUp" if where + 1 > current else "ArrowDown")
        wait_until(lambda: f"\u201c{item}\u201d, place {where + 1} " in widget.text_content(),
                   f"rank: {item!r} was not selected")
        notebook.page.keyboard.press("Tab")
        assert notebook.page.evaluate("document.activeElement.textContent") == "Move up"
        for step in range(where - place):
            notebook.page.keyboard.press("Enter")
            wait_until(lambda: listed(widget).index(item) == where - step - 1, f"rank: {item!r} did not move up")


def set_by_keyboard(notebook: Notebook, widget, values: dict[str, int], start: int) -> None:
    """Step each dimension's number field with the arrow keys to its value."""
    for name, value in values.items():
        field = widget.get_by_label(name, exact=True)
        field.focus()
        if value == start:  # no change would leave the dimension unset: step away and back
            field.press("ArrowUp")
            field.press("ArrowDown")
        for _ in range(abs(value - start)):
            field.press("ArrowUp" if value > start else "ArrowDown")
        wait_until(lambda: field.input_value() == str(value), lambda: f"power map: {name} is {field.input_value()}, not {value}")


def walk(notebook: Notebook, widget, steps: dict, path: list[list[str]]) -> None:
    """Take each decision of a branching scenario: pick the choice, press Decide."""
    for number, (step_id, choice_id) in enumerate(path, start=1):
        label = next(choice["label"] for choice in steps[step_id]["choices"] if choice["id"] == choice_id)
        widget.get_by_role("radio", name=label, exact=True).check()
        widget.get_by_role("button", name="Decide", exact=True).click()
        wait_until(lambda: widget.text_content().count("You chose:") == number,
                   f"scenario: decision {number} ({choice_id}) was not taken")


def type_rewrite(notebook: Notebook, widget, text: str) -> None:
    box = widget.get_by_role("textbox")
    box.click()
    box.fill(text)
    box.press("Tab")


def shows(widget, kind: str, fields: dict, answer: Any) -> list[str]:
    """What a widget fails to show of a saved answer (empty when it shows all of it)."""
    problems = []
    if kind == "choice":
        for option in fields["options"]:
            if widget.get_by_role("radio", name=option, exact=True).is_checked() != (option == answer):
                problems.append(f"option {option!r} is shown wrongly")
    elif kind == "select-all":
        for option in fields["options"]:
            if widget.get_by_role("checkbox", name=option, exact=True).is_checked() != (option in answer):
                problems.append(f"box {option!r} is shown wrongly")
    elif kind == "categorize":
        for item in fields["items"]:
            shown = widget.get_by_label(item, exact=True).input_value()
            if shown != answer.get(item, "(choose a category)"):
                problems.append(f"{item!r} shows {shown!r}")
    elif kind == "rank":
        if listed(widget) != answer:
            problems.append(f"the order shown is {listed(widget)!r}")
    elif kind == "power-map":
        for name, value in answer.items():
            if widget.get_by_label(name, exact=True).input_value() != str(value):
                problems.append(f"{name} shows {widget.get_by_label(name, exact=True).input_value()}")
    elif kind == "scenario":
        text = widget.text_content()
        for step_id, choice_id in answer:
            label = next(c["label"] for c in fields["steps"][step_id]["choices"] if c["id"] == choice_id)
            if f"You chose: {label}" not in " ".join(text.split()):
                problems.append(f"the decision {choice_id!r} is not shown")
    elif kind == "rewrite":
        if widget.get_by_role("textbox").input_value() != answer:
            problems.append("the text is not shown")
    feedback = widget.locator(".powerwith-feedback").text_content()
    if "Not answered yet" in feedback:
        problems.append("the feedback says it is not answered")
    return problems
