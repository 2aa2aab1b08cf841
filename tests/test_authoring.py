"""The module builder: notebooks match their content files, and the builder guards the key."""

from __future__ import annotations

import subprocess
import sys

import pytest

import support
from authoring._builder import exercise, reflection


def test_every_notebook_matches_its_content_file():
    result = subprocess.run([sys.executable, "-m", "authoring", "--check"], cwd=support.ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_graded_exercise_keeps_the_key_in_hidden_tests_only():
    widget, test = exercise("choice", "m09.q1", points=2, prompt="P", options=["a", "b"], key="b", answer="b")
    assert "key" not in widget.source and "'b'" in widget.source.split("### BEGIN SOLUTION")[1]
    hidden = test.source.split("### BEGIN HIDDEN TESTS")[1]
    assert "key='b'" in hidden and "points=2" in hidden
    assert test.metadata["tags"] == ["raises-exception"]
    assert test.metadata["nbgrader"]["locked"] and test.metadata["nbgrader"]["points"] == 2
    assert test.metadata["powerwith"] == {"exercise": "m09.q1", "kind": "choice"}


def test_graded_exercise_refuses_feedback():
    with pytest.raises(ValueError, match="feedback"):
        exercise("choice", "m09.q1", points=2, prompt="P", options=["a", "b"], key="b", answer="b",
                 feedback={"a": "no"})


def test_reflection_rubric_must_hold_five_points_in_three_or_four_criteria():
    with pytest.raises(ValueError):
        reflection("m09-reflection", "## Reflection", [("a", 3, "x"), ("b", 3, "y"), ("c", 1, "z")], "m")
    with pytest.raises(ValueError):
        reflection("m09-reflection", "## Reflection", [("a", 3, "x"), ("b", 2, "y")], "m")
    prompt, answer = reflection("m09-reflection", "## Reflection", [("a", 2, "x"), ("b", 2, "y"), ("c", 1, "z")],
                                "model")
    assert answer.source.startswith("### BEGIN SOLUTION") and answer.source.endswith("### END SOLUTION")
    assert "rubric" not in str(answer.metadata).lower(), "the student's copy keeps metadata: no rubric there"


def test_model_answer_follows_the_key_when_none_is_given():
    from test_widgets import STEPS

    widget, _ = exercise("scenario", "m09.q2", points=2, prompt="P", steps=STEPS,
                         key={"start": "greet", "forms": "explain"})
    assert "q2.answer([['start', 'greet'], ['forms', 'explain']])" in widget.source
    widget, _ = exercise("power-map", "m09.q3", points=2, prompt="P", dimensions=["a"], key={"a": (6, 8)})
    assert "q3.answer({'a': 7})" in widget.source
    with pytest.raises(ValueError, match="model answer"):
        exercise("rewrite", "m09.q4", points=2, prompt="P", original="t", key={"avoid": ["x"]})
