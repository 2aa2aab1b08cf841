"""What every module must hold (CURRICULUM.md), checked on the instructor's copy."""

from __future__ import annotations

import re

import pytest
import textstat

import support

SLUGS = support.module_slugs()
KINDS = {"choice", "select-all", "categorize", "rank", "power-map", "scenario", "rewrite"}
VERBS = {"identify", "distinguish", "explain", "apply", "analyze", "analyse", "evaluate", "plan", "compare",
         "describe", "recognize", "map", "assess", "use", "practise", "practice", "name", "define", "trace",
         "critique", "design", "demonstrate", "reflect", "rewrite", "judge", "choose", "weigh"}
HEADINGS = ["## Learning objectives", "## Competencies", "## How to work through this module", "## Case",
            "## Reflection", "## Key points", "## References"]


def notebook(slug):
    return support.read(support.instructor_copy(slug))


def markdown(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "markdown" and not support.nbgrader_meta(c).get("solution")]


def reading(nb) -> str:
    """The running prose: markdown cells before the references, without markup."""
    text = []
    for source in markdown(nb):
        if source.startswith("## References"):
            break
        lines = [line for line in source.splitlines() if not line.lstrip().startswith(("#", "|"))]
        text.append("\n".join(lines))
    plain = "\n".join(text)
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain)
    return re.sub(r"[*_`>]", "", plain)


def section(nb, heading: str) -> str:
    return next(s for s in markdown(nb) if s.startswith(heading))


@pytest.mark.parametrize("slug", SLUGS)
def test_metadata(slug):
    meta = notebook(slug).metadata["powerwith"]
    assert meta["module"] == int(slug[1:3])
    assert meta["title"]
    assert 45 <= meta["minutes"] <= 75
    assert meta["cswe"] and set(meta["cswe"]) <= set(range(1, 10))
    assert meta["nasw"] and all(re.fullmatch(r"1\.(0[1-9]|1[0-7])", n) for n in meta["nasw"])


@pytest.mark.parametrize("slug", SLUGS)
def test_required_sections(slug):
    sources = markdown(notebook(slug))
    for heading in HEADINGS:
        assert any(s.startswith(heading) for s in sources), f"missing {heading!r}"


@pytest.mark.parametrize("slug", SLUGS)
def test_objectives_are_measurable(slug):
    bullets = re.findall(r"^- (.+)$", section(notebook(slug), "## Learning objectives"), re.M)
    assert 3 <= len(bullets) <= 5
    for bullet in bullets:
        assert bullet.split()[0].lower().strip("*") in VERBS, bullet


@pytest.mark.parametrize("slug", SLUGS)
def test_competency_box_matches_metadata(slug):
    nb = notebook(slug)
    box = section(nb, "## Competencies")
    for number in nb.metadata["powerwith"]["cswe"]:
        assert re.search(rf"\b{number}\b", box), f"CSWE {number} is in the metadata but not the box"
    for standard in nb.metadata["powerwith"]["nasw"]:
        assert standard in box, f"NASW {standard} is in the metadata but not the box"


@pytest.mark.parametrize("slug", SLUGS)
def test_reading_length_and_readability(slug):
    text = reading(notebook(slug))
    words = len(re.findall(r"[A-Za-z][A-Za-z'’-]*", text))
    assert 1500 <= words <= 3000, f"{words} words of reading"
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= 12, f"Flesch-Kincaid grade {grade}"


@pytest.mark.parametrize("slug", SLUGS)
def test_graded_items(slug):
    nb = notebook(slug)
    items = support.graded_items(nb)
    assert len(items) >= 5
    assert len({item["kind"] for item in items}) >= 3
    assert {item["kind"] for item in items} <= KINDS
    assert sum(item["points"] for item in items) == 10
    ids = [c.metadata["powerwith"]["exercise"] for c in nb.cells if "powerwith" in c.metadata]
    assert len(ids) == len(set(ids)), "exercise ids must be unique in a module"
    assert all(i.startswith(slug[:3] + ".") or i.startswith(slug[:3] + "-") for i in ids)


@pytest.mark.parametrize("slug", SLUGS)
def test_practice_exercises_explain_every_option(slug):
    practice = [c for c in notebook(slug).cells if c.metadata.get("powerwith", {}).get("practice")]
    assert len(practice) >= 3
    for cell in practice:
        assert "feedback=" in cell.source, f"{cell.metadata.powerwith.exercise} has no feedback"


@pytest.mark.parametrize("slug", SLUGS)
def test_reflection_with_rubric(slug):
    nb = notebook(slug)
    manual = [c for c in nb.cells if support.nbgrader_meta(c).get("grade") and c.cell_type == "markdown"]
    assert len(manual) == 1 and manual[0].metadata.nbgrader.points == 5
    rubric = re.findall(r"^\| (?!Criterion)[^|]+\| (\d+) \|", manual[0].source, re.M)
    assert 3 <= len(rubric) <= 4 and sum(map(int, rubric)) == 5


@pytest.mark.parametrize("slug", SLUGS)
def test_references_come_from_the_list(slug):
    refs = section(notebook(slug), "## References")
    allowed = (support.ROOT.parent / "shared" / "REFERENCES.md").read_text()
    entries = re.findall(r"^- (.+)$", refs, re.M)
    assert entries, "no references listed"
    for entry in entries:
        author = re.match(r"[^,(]+", entry.strip("* ")).group(0).strip()
        year = re.search(r"\((\d{4})", entry)
        assert author in allowed and year and year.group(1) in allowed, entry


@pytest.mark.parametrize("slug", SLUGS)
def test_no_answer_file_in_module_folder(slug):
    assert not list((support.MODULES / slug).glob("*.json")), "module folders ship only notebooks"
