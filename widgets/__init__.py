"""Exercise widgets for the Power With course, and the answer file they share.

A notebook opens its workbook once, then makes its exercises from it::

    book = Workbook("m01-foundations")
    q1 = book.choice("m01.q1", "Which base of power is at work?", ["Expert", "Reward"])

Hidden tests score a recorded answer with :func:`score`.
"""

from ._base import Exercise
from ._check import check
from ._store import AnswerStore, answer_file_name
from .categorize import Categorize
from .choice import Choice
from .power_map import PowerMap
from .rank import Rank
from .rewrite import Rewrite
from .scenario import Scenario
from .scoring import score
from .select_all import SelectAll
from .workbook import Workbook

__all__ = [
    "AnswerStore",
    "Categorize",
    "Choice",
    "Exercise",
    "PowerMap",
    "Rank",
    "Rewrite",
    "Scenario",
    "SelectAll",
    "Workbook",
    "answer_file_name",
    "check",
    "score",
]
