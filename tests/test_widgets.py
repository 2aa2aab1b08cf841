"""Each exercise kind, driven by the messages a browser sends, read back from the answer file."""

from __future__ import annotations

import json
import subprocess
import sys

import ipywidgets as w
import pytest

from browser_messages import click, controls, sync
from powerwith.widgets import Workbook
from powerwith.widgets._slider import Slider

LABELLED = (w.RadioButtons, w.Checkbox, w.Dropdown, w.Select, w.BoundedIntText, Slider, w.Textarea, w.Button)
STEPS = {
    "start": {"text": "Ms. Reyes arrives.", "choices": [
        {"id": "greet", "label": "Greet her by name", "consequence": "She relaxes.", "next": "forms"},
        {"id": "forms", "label": "Hand her the forms", "consequence": "She goes quiet.", "next": "end-cold"}]},
    "forms": {"text": "The forms come next.", "choices": [
        {"id": "explain", "label": "Explain each form", "consequence": "She asks questions.", "next": "end-warm"},
        {"id": "rush", "label": "Ask her to sign quickly", "consequence": "She signs.", "next": "end-cold"}]},
    "end-warm": {"text": "She plans with you."},
    "end-cold": {"text": "She says little."},
}


def saved(folder, exercise_id):
    return json.loads((folder / "m01-t.answers.json").read_text())["answers"].get(exercise_id)


@pytest.fixture
def book(tmp_path):
    return Workbook("m01-t", folder=tmp_path)


def reopen(tmp_path):
    """A kernel restart: a fresh workbook over the same folder."""
    return Workbook("m01-t", folder=tmp_path)


def test_choice_records_restores_and_explains(book, tmp_path):
    q = book.choice("m01.q1", "Which base of power?", ["Expert", "Reward", "Referent"])
    assert not q.answered and "Not answered" in q._feedback.value
    sync(q._radio, index=1)
    assert saved(tmp_path, "m01.q1") == "Reward" and q.value == "Reward"
    assert "Saved" in q._feedback.value and "Correct" not in q._feedback.value
    again = reopen(tmp_path).choice("m01.q1", "Which base of power?", ["Expert", "Reward", "Referent"])
    assert again._radio.value == "Reward"
    p = book.choice("m01.p1", "Practice.", ["A", "B"], practice=True, key="A",
                    feedback={"A": "Because of the role.", "B": "B confuses two ideas."})
    sync(p._radio, index=1)
    assert "\u2718 Not quite." in p._feedback.value and "B confuses two ideas." in p._feedback.value
    sync(p._radio, index=0)
    assert "\u2714 Correct." in p._feedback.value and "Because of the role." in p._feedback.value


def test_graded_exercises_refuse_a_key_or_feedback(book):
    with pytest.raises(ValueError, match="must not carry"):
        book.choice("m01.q1", "Pick.", ["A", "B"], key="A")
    with pytest.raises(ValueError, match="must start with"):
        book.choice("m02.q1", "Pick.", ["A", "B"])


def test_select_all_ticks_and_unticks(book, tmp_path):
    q = book.select_all("m01.q2", "Which apply?", ["a", "b", "c"])
    sync(q._boxes[2], value=True)
    sync(q._boxes[0], value=True)
    assert saved(tmp_path, "m01.q2") == ["a", "c"]
    sync(q._boxes[0], value=False)
    sync(q._boxes[2], value=False)
    assert saved(tmp_path, "m01.q2") is None and not q.answered
    sync(q._boxes[1], value=True)
    restored = reopen(tmp_path).select_all("m01.q2", "Which apply?", ["a", "b", "c"])
    assert [box.value for box in restored._boxes] == [False, True, False]


def test_categorize_places_items(book, tmp_path):
    q = book.categorize("m01.q3", "Sort.", ["form", "bed"], ["Knowledge", "Resources"])
    sync(q._menus["bed"], index=2)
    assert saved(tmp_path, "m01.q3") == {"bed": "Resources"}
    sync(q._menus["form"], index=1)
    assert q.value == {"form": "Knowledge", "bed": "Resources"}
    restored = reopen(tmp_path).categorize("m01.q3", "Sort.", ["form", "bed"], ["Knowledge", "Resources"])
    assert restored._menus["form"].value == "Knowledge"


def test_rank_by_keyboard(book, tmp_path):
    q = book.rank("m01.q4", "Order.", ["a", "b", "c"])
    assert not q.answered, "the starting order is not an answer"
    sync(q._list, index=2)          # arrow keys select "c"
    click(q._up)                    # Enter on "Move up"
    click(q._up)                    # again: "c" stays selected and keeps moving
    assert saved(tmp_path, "m01.q4") == ["c", "a", "b"]
    assert q._list.value == "c" and "place 1 of 3" in q._position.value
    click(q._down)
    assert q.value == ["a", "c", "b"]
    restored = reopen(tmp_path).rank("m01.q4", "Order.", ["a", "b", "c"])
    assert list(restored._list.options) == ["a", "c", "b"]


def test_rank_keep_order_counts_as_an_answer(book, tmp_path):
    q = book.rank("m01.q4", "Order.", ["a", "b"])
    click(q._keep)
    assert saved(tmp_path, "m01.q4") == ["a", "b"]


def test_power_map_records_moved_sliders_and_redraws(book, tmp_path):
    q = book.power_map("m01.q5", "Map it.", ["Knowledge", "Resources"], case="Intake")
    assert not q.answered
    before = q._chart.value
    sync(q._sliders["Knowledge"], value=9)
    assert saved(tmp_path, "m01.q5") == {"Knowledge": 9}
    assert bytes(q._chart.value) != bytes(before) and bytes(q._chart.value).startswith(b"\x89PNG")
    assert "Knowledge: 9, the worker holds more" in q._words.value and "Resources: not set" in q._words.value
    click(q._keep)
    assert saved(tmp_path, "m01.q5") == {"Knowledge": 9, "Resources": 5}
    restored = reopen(tmp_path).power_map("m01.q5", "Map it.", ["Knowledge", "Resources"], case="Intake")
    assert restored._sliders["Knowledge"].value == 9 and restored.value == {"Knowledge": 9, "Resources": 5}


def test_power_map_practice_feedback(book):
    q = book.power_map("m01.p5", "Map it.", ["Knowledge"], practice=True, key={"Knowledge": (7, 10)},
                       feedback={"Knowledge": "She has never seen these forms."})
    sync(q._sliders["Knowledge"], value=2)
    assert "Not quite" in q._feedback.value and "7 to 10" in q._feedback.value


def test_scenario_walk_restart_and_restore(book, tmp_path):
    q = book.scenario("m01.q6", "Walk it.", STEPS)
    sync(q._options, index=0)
    click(q._decide)
    assert saved(tmp_path, "m01.q6") == [["start", "greet"]]
    assert "She relaxes." in q._story.value and "The forms come next." in q._story.value
    sync(q._options, index=0)
    click(q._decide)
    assert q.value == [["start", "greet"], ["forms", "explain"]]
    assert "The end." in q._story.value and q._decide.disabled
    restored = reopen(tmp_path).scenario("m01.q6", "Walk it.", STEPS)
    assert "She plans with you." in restored._story.value
    click(restored._restart)
    assert saved(tmp_path, "m01.q6") is None and "Ms. Reyes arrives." in restored._story.value


def test_scenario_rejects_a_path_that_does_not_follow_the_story(book, tmp_path):
    book.store.set("m01.q6", [["start", "greet"], ["end-cold", "explain"]])
    assert book.scenario("m01.q6", "Walk it.", STEPS).value is None


def test_rewrite_saves_text(book, tmp_path):
    q = book.rewrite("m01.q7", "Rewrite it.", "Client is non-compliant with the ISP.")
    sync(q._text, value="You missed two meetings. Let us plan together.")
    assert saved(tmp_path, "m01.q7") == "You missed two meetings. Let us plan together."
    sync(q._text, value="   ")
    assert not q.answered
    p = book.rewrite("m01.p7", "Rewrite.", "Non-compliant.", practice=True,
                     key={"include": [["missed"]], "avoid": ["non-compliant"], "max_sentence_words": 12},
                     feedback={"model": "You missed two meetings."})
    sync(p._text, value="You are non-compliant and you missed meetings.")
    assert "Avoids jargon (still uses: non-compliant)" in p._feedback.value and "\u2714" in p._feedback.value
    assert "One plain version:" in p._feedback.value and "You missed two meetings." in p._feedback.value


def test_a_stored_value_of_the_wrong_type_is_unanswered_for_that_exercise_only(tmp_path):
    (tmp_path / "m01-t.answers.json").write_text(json.dumps(
        {"schema": 1, "answers": {"m01.q1": 7, "m01.q2": ["a"], "m01.q5": {"Knowledge": "high"}}}))
    book = Workbook("m01-t", folder=tmp_path)
    assert book.choice("m01.q1", "Pick.", ["a", "b"]).value is None
    assert book.select_all("m01.q2", "Pick.", ["a", "b"]).value == ["a"]
    assert book.power_map("m01.q5", "Map.", ["Knowledge"]).value is None
    assert book.store.problem is None


def test_answer_sets_the_model_answer_and_rejects_invalid_ones(book):
    q = book.categorize("m01.q3", "Sort.", ["x"], ["K", "L"])
    q.answer({"x": "L"})
    assert q._menus["x"].value == "L" and q.value == {"x": "L"}
    with pytest.raises(ValueError, match="not a valid answer"):
        q.answer({"x": "Z"})


def test_every_control_has_a_visible_label_and_feedback_uses_words(book):
    made = [
        book.choice("m01.a", "P.", ["a", "b"]),
        book.select_all("m01.b", "P.", ["a", "b"]),
        book.categorize("m01.c", "P.", ["a"], ["x", "y"]),
        book.rank("m01.d", "P.", ["a", "b"]),
        book.power_map("m01.e", "P.", ["a"]),
        book.scenario("m01.f", "P.", STEPS),
        book.rewrite("m01.g", "P.", "Text."),
    ]
    for exercise in made:
        labelled = [c for c in controls(exercise) if isinstance(c, LABELLED)]
        assert labelled, exercise
        for control in labelled:
            assert control.description.strip(), f"{exercise.exercise_id}: {type(control).__name__} has no label"
        assert exercise.exercise_id in exercise._heading.value


def test_importing_the_widgets_does_not_import_matplotlib():
    code = "import sys, powerwith.widgets; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
