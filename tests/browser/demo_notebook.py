"""A small demo notebook with one practice exercise of each kind (for the screenshots) and a
graded rewrite (the one graded kind module 1 lacks). Content is fictional."""

from __future__ import annotations

import nbformat

STEM = "m00-demo"
VISIT = "Ms. Okafor's first home visit"
REWRITE_NOTE = ("Client presented as noncompliant with the service plan and was advised that continued "
                "nonattendance may result in case closure.")
REWRITE_KEY = {"include": [["missed", "did not come", "could not come"], ["close", "closed", "end"]],
               "avoid": ["noncompliant", "presented", "nonattendance"], "max_sentence_words": 15}

CHOICE = dict(
    prompt="Ms. Okafor asks why her caseworker is writing during the visit. Which reply shares power?",
    options=['"These notes go to the housing team. Shall we read them together before I send them?"',
             '"Don\'t worry, it\'s just routine."',
             '"I\'ll stop writing, so you can relax."'],
)
SELECT_ALL = dict(
    prompt="Which of these give Ms. Okafor more say in her support plan?",
    options=["Ask what she wants to work on first", "Offer two times for the next visit",
             "Fill in her goals before the meeting, to save time", "Tell her how to complain about a decision"],
)
CATEGORIZE = dict(
    prompt="Sort each moment by the source of the worker's power.",
    items=["The worker knows how the housing list works.", "The worker can approve a bus pass.",
           "The worker decides when the case closes."],
    categories=["Knowledge", "Resources", "Decision authority"],
)
RANK = dict(
    prompt="Order these ways of starting a first visit, from most power-with to most power-over.",
    items=["Hand her the forms to sign", "Ask what she hopes the visit will do for her",
           "Explain who you are and what you can and cannot decide", "Say you need to see every room"],
    top="most power-with", bottom="most power-over",
)
POWER_MAP = dict(
    prompt="Map where power sits at Ms. Okafor's first home visit.",
    dimensions=["Knowledge of the service system", "Control of resources", "Knowledge of her own family",
                "Freedom to end the visit"],
    case=VISIT,
)
STEPS = {
    "start": {"text": "Ms. Okafor's son has missed a week of school. You visit. How do you begin?", "choices": [
        {"id": "ask", "label": "Ask how the week has been for the family.",
         "consequence": "She tells you her son has been ill and she lost a shift.", "next": "plan"},
        {"id": "warn", "label": "Say that missed school is a safeguarding concern.",
         "consequence": "She answers in single words and watches the door.", "next": "plan"}]},
    "plan": {"text": "You need a plan for school. What do you do?", "choices": [
        {"id": "together", "label": "Ask what would help him go back, and write her ideas down first.",
         "consequence": "She suggests a note for the school nurse.", "next": "end-good"},
        {"id": "tell", "label": "Give her the school's attendance rules to sign.",
         "consequence": "She signs without reading.", "next": "end-poor"}]},
    "end-good": {"text": "She calls you the next week to say he is back at school."},
    "end-poor": {"text": "The next week the school calls you, not her."},
}
SCENARIO = dict(prompt="You are the caseworker. Play the visit, one decision at a time.", steps=STEPS)

EXERCISES = [
    ("m00.p1", "choice", "choice", CHOICE, dict(key=CHOICE["options"][0], feedback={
        CHOICE["options"][0]: "It says who will read the notes and lets her check them.",
        CHOICE["options"][1]: "It asks for trust without giving her any information.",
        CHOICE["options"][2]: "Kind, but the notes still get written later, out of her sight."})),
    ("m00.p2", "select-all", "select_all", SELECT_ALL, dict(
        key=[SELECT_ALL["options"][i] for i in (0, 1, 3)], feedback={
            SELECT_ALL["options"][0]: "Her priorities set the agenda.",
            SELECT_ALL["options"][1]: "A real choice, however small.",
            SELECT_ALL["options"][2]: "Efficient, but the goals become yours.",
            SELECT_ALL["options"][3]: "Knowing how to challenge a decision is power."})),
    ("m00.p3", "categorize", "categorize", CATEGORIZE, dict(
        key=dict(zip(CATEGORIZE["items"], CATEGORIZE["categories"])), feedback={
            CATEGORIZE["items"][0]: "Knowing the system is expertise she lacks.",
            CATEGORIZE["items"][1]: "The worker controls a resource she needs.",
            CATEGORIZE["items"][2]: "Closing a case is a decision only the agency makes."})),
    ("m00.p4", "rank", "rank", RANK, dict(key=[RANK["items"][i] for i in (1, 2, 0, 3)])),
    ("m00.p5", "power-map", "power_map", POWER_MAP, dict(key={
        "Knowledge of the service system": (7, 10), "Control of resources": (7, 10),
        "Knowledge of her own family": (0, 3), "Freedom to end the visit": (2, 5)}, feedback={
        "Freedom to end the visit": "She can ask you to leave, but she may fear what refusing would mean."})),
    ("m00.p6", "scenario", "scenario", SCENARIO, dict(key={"start": "ask", "plan": "together"}, feedback={
        "ask": "Starting from her week lets her set the frame.",
        "warn": "Leading with risk puts your power first.",
        "together": "Her ideas come first in the plan.",
        "tell": "Signing rules is not the same as agreeing a plan."})),
    ("m00.p7", "rewrite", "rewrite", dict(prompt="Rewrite the note so that Ms. Okafor can read it.",
                                          original=REWRITE_NOTE), dict(key=REWRITE_KEY)),
    ("m00.q1", "rewrite", "rewrite", dict(prompt="Rewrite the note for the client (graded).",
                                          original=REWRITE_NOTE), {}),
]


def notebook() -> nbformat.NotebookNode:
    """The demo notebook: a setup cell, then one cell per exercise."""
    cells = [nbformat.v4.new_markdown_cell("# Power With: one exercise of each kind"),
             nbformat.v4.new_code_cell(f"from powerwith.widgets import Workbook\nbook = Workbook({STEM!r})")]
    for exercise_id, _kind, method, fields, practice in EXERCISES:
        arguments = {**fields, **({"practice": True, **practice} if practice else {})}
        source = f"book.{method}({exercise_id!r}, **{arguments!r})"
        cells.append(nbformat.v4.new_code_cell(source))
    return nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}})
