"""The answer-key proof: each instructor's copy, run top to bottom, is a perfect student.

nbval cannot prove a key (test cells carry the raises-exception tag, which nbval
honours), so this runs the notebook and requires every test cell to score its points.
"""

from __future__ import annotations

import pytest

import support


@pytest.mark.parametrize("slug", support.module_slugs())
def test_instructor_copy_scores_full_marks(slug, workdir):
    nb = support.run_notebook(support.copy_module(slug, workdir), workdir)
    cells = support.graded_cells(nb)
    assert len(cells) >= 5
    for cell in cells:
        grade_id = cell.metadata.nbgrader.grade_id
        errors = [o for o in cell.outputs if o.output_type == "error" or o.get("name") == "stderr"]
        assert not errors, f"{grade_id} failed or wrote to stderr: {errors}"
        assert float(support.last_value(cell)) == float(cell.metadata.nbgrader.points), grade_id
    for cell in nb.cells:
        if cell.cell_type == "code" and "raises-exception" not in cell.metadata.get("tags", []):
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source[:80]
