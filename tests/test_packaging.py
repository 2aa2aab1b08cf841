"""The package installs as users get it: a wheel in a fresh environment, and the dependency lists agree."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import support


def requirement_names(lines: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[ ;]", line.strip(), maxsplit=1)[0].lower().replace("_", "-") for line in lines}


def pyproject_names() -> set[str]:
    import tomllib

    project = tomllib.loads((support.ROOT / "pyproject.toml").read_text())["project"]
    return requirement_names(project["dependencies"] + project["optional-dependencies"]["test"])


def environment_names() -> set[str]:
    names = []
    text = (support.ROOT / "environment.yml").read_text()
    for line in text.split("dependencies:", 1)[1].splitlines():
        match = re.match(r"\s+- ([A-Za-z][\w.-]*)", line)
        if match and match.group(1) not in {"python", "pip"}:
            names.append(match.group(1))
    return requirement_names(names)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is in the standard library from 3.11")
def test_environment_yml_lists_the_same_packages_as_pyproject():
    assert environment_names() == pyproject_names()


def test_no_generic_top_level_packages_are_importable_from_outside_the_checkout(tmp_path):
    code = ("import importlib.util as u, powerwith.widgets, powerwith.grading;"
            "print(u.find_spec('widgets') is None and u.find_spec('grading') is None)")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_environment(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(support.ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    wheel = next(dist.glob("powerwith-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stderr[-2000:]
    code = (
        "import powerwith.widgets, powerwith.grading, importlib.util as u, site;"
        "from powerwith.grading import installed_modules;"
        "print(installed_modules() / 'm01-foundations' / 'm01-foundations.ipynb');"
        "print(u.find_spec('widgets'), u.find_spec('grading'), u.find_spec('modules'))"
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    result = subprocess.run([str(python), "-c", code], cwd=outside, capture_output=True, text=True, check=True)
    notebook, specs = result.stdout.strip().splitlines()
    assert Path(notebook).is_file() and str(env_dir) in notebook
    assert specs == "None None None"
    assert not Path(notebook).parent.joinpath("m01-foundations.answers.json").exists()
