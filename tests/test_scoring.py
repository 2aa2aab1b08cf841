"""Scoring for hidden tests: exact partial credit, clamped, silent."""

from __future__ import annotations

import warnings

import pytest

from powerwith.widgets import Workbook, score
from powerwith.widgets.scoring import clamp, pairwise_agreement


@pytest.fixture
def book(tmp_path):
    return Workbook("m01-s", folder=tmp_path)


def test_clamp_keeps_scores_inside_the_points():
    assert clamp(2.0000000001, 2) == 2.0
    assert clamp(-0.5, 2) == 0.0
    assert clamp(2 / 3, 2) == 0.667


def test_blank_answers_score_zero_for_every_kind(book):
    assert score(book.choice("m01.a", "P", ["x", "y"]), "x", 2) == 0
    assert score(book.select_all("m01.b", "P", ["x", "y"]), ["x"], 2) == 0
    assert score(book.categorize("m01.c", "P", ["x"], ["K", "L"]), {"x": "K"}, 2) == 0
    assert score(book.rank("m01.d", "P", ["x", "y"]), ["x", "y"], 2) == 0
    assert score(book.power_map("m01.e", "P", ["x"]), {"x": (4, 6)}, 2) == 0
    assert score(book.rewrite("m01.g", "P", "t"), {"avoid": ["jargon"]}, 2) == 0


def test_select_all_is_right_minus_wrong(book):
    q = book.select_all("m01.b", "P", ["a", "b", "c", "d"])
    q.answer(["a"])
    assert score(q, ["a", "b"], 2) == 1.0
    q.answer(["a", "b", "c"])
    assert score(q, ["a", "b"], 2) == 1.0
    q.answer(["c", "d"])
    assert score(q, ["a", "b"], 2) == 0.0
    q.answer(["a", "b", "c", "d"])
    assert score(q, ["a", "b"], 2) == 0.0


def test_categorize_counts_items_in_their_key_category(book):
    q = book.categorize("m01.c", "P", ["x", "y", "z"], ["K", "L"])
    q.answer({"x": "K", "y": "K"})
    assert score(q, {"x": "K", "y": "L", "z": "L"}, 3) == 1.0


def test_rank_is_pairwise_agreement(book):
    assert pairwise_agreement(["a", "b", "c"], ["a", "b", "c"]) == 1
    assert pairwise_agreement(["c", "b", "a"], ["a", "b", "c"]) == 0
    q = book.rank("m01.d", "P", ["a", "b", "c", "d"])
    q.answer(["b", "a", "c", "d"])
    assert score(q, ["a", "b", "c", "d"], 1.5) == 1.25


def test_power_map_counts_dimensions_in_range(book):
    q = book.power_map("m01.e", "P", ["k", "r", "d"])
    q.answer({"k": 8, "r": 3})
    assert score(q, {"k": (7, 9), "r": (6, 8), "d": (6, 8)}, 3) == 1.0


def test_scenario_counts_best_choices_along_the_key(book):
    from test_widgets import STEPS

    q = book.scenario("m01.f", "P", STEPS)
    q.answer([["start", "greet"], ["forms", "rush"]])
    assert score(q, {"start": "greet", "forms": "explain"}, 2) == 1.0
    q.answer([["start", "forms"]])
    assert score(q, {"start": "greet", "forms": "explain"}, 2) == 0.0


def test_rewrite_counts_checks(book):
    q = book.rewrite("m01.g", "P", "t")
    key = {"include": [["missed", "did not come"], ["together"]], "avoid": ["non-compliant"], "max_sentence_words": 10}
    q.answer("You did not come to two meetings. Can we find a better time?")
    assert score(q, key, 2) == 1.5
    q.answer("short")
    assert score(q, key, 2) == 0.0


def test_scoring_never_warns_or_writes_to_stderr(book, capsys):
    q = book.choice("m01.a", "P", ["x", "y"])
    q.answer("y")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert score(q, "y", 2) == 2.0
    assert capsys.readouterr().err == ""
