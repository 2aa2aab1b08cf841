"""Module 1 (draft skeleton; content to be written)."""

from ._builder import Module, exercise, md, reflection, setup

SLUG = "m01-foundations"

MODULE = Module(
    slug=SLUG,
    title="Foundations: what power imbalance is",
    minutes=60,
    cswe=[1, 6],
    nasw=["1.01", "1.02"],
    cells=[
        md("# Module 1"),
        setup(SLUG),
        exercise("choice", "m01.p1", prompt="Practice?", options=["A", "B"], key="A",
                 feedback={"A": "Yes because.", "B": "No because."}),
        exercise("choice", "m01.q1", points=2, prompt="Which?", options=["A", "B", "C"], key="B", answer="B"),
        exercise("select-all", "m01.q2", points=2, prompt="Which apply?", options=["A", "B", "C", "D"],
                 key=["A", "C"], answer=["A", "C"]),
        exercise("categorize", "m01.q3", points=2, prompt="Sort", items=["x", "y", "z"], categories=["K", "L"],
                 key={"x": "K", "y": "L", "z": "L"}, answer={"x": "K", "y": "L", "z": "L"}),
        exercise("rank", "m01.q4", points=1, prompt="Order", items=["a", "b", "c"], key=["c", "a", "b"],
                 answer=["c", "a", "b"]),
        exercise("power-map", "m01.q5", points=2, prompt="Map", dimensions=["Knowledge", "Resources"],
                 case="Test", key={"Knowledge": (7, 10), "Resources": (6, 9)}, answer={"Knowledge": 8, "Resources": 7}),
        exercise("scenario", "m01.q6", points=1, prompt="Walk", steps={
            "start": {"text": "Begin.", "choices": [
                {"id": "a", "label": "Good", "consequence": "Fine.", "next": "s2"},
                {"id": "b", "label": "Bad", "consequence": "Oops.", "next": "end"}]},
            "s2": {"text": "Next.", "choices": [
                {"id": "c", "label": "Good2", "consequence": "Fine.", "next": "end"},
                {"id": "d", "label": "Bad2", "consequence": "Oops.", "next": "end"}]},
            "end": {"text": "Done."}},
            key={"start": "a", "s2": "c"}, answer=[["start", "a"], ["s2", "c"]]),
        reflection("m01-reflection", "## Reflection\nWrite.", [("A", 2, "a"), ("B", 2, "b"), ("C", 1, "c")], "Model."),
    ],
)
