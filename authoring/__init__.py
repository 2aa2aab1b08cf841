"""Authoring tools: each module's content lives in ``authoring/mNN_*.py``; ``python -m authoring``
writes the instructor's notebooks into ``modules/``. Not part of the installed package."""
