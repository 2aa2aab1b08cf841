"""Fixtures for the browser tests: one JupyterLab server and one Chromium for the whole session.

Debian's ``chromium`` is driven by the Python ``playwright`` package through
``executable_path``; nothing downloads a browser (never run ``playwright install``). Without
Chromium the tests skip and say why, except under ``CI=true``, where a missing browser fails.

JupyterLab runs on 127.0.0.1 with its own temporary config, data, runtime, user-settings and
workspace folders. The course's settings override (``saveState`` on) is the one installed
with the package, in ``<app dir>/settings/overrides.d``; an editable install does not place
that file (setuptools installs no data files in editable mode), so then the server gets a
temporary application settings folder holding the checkout's copy of it.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import support

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
OVERRIDE_NAME = "powerwith.json"
CHECKOUT_OVERRIDE = support.ROOT / "jupyter-config" / "overrides.d" / OVERRIDE_NAME
SLUG = "m01-foundations"


def _missing(reason: str) -> None:
    """Skip with a clear reason, or fail under CI, where the browser tests must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        _missing("Debian's chromium is not installed (apt-get install chromium): the browser tests need it")
    for module in ("playwright.sync_api", "axe_playwright_python.sync_playwright"):
        try:
            __import__(module)
        except ImportError:
            _missing(f"the Python package {module.split('.')[0]} is missing (pip install -e '.[test]')")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def installed_override() -> Path:
    """Where ``pip install`` puts the course's settings override for this interpreter."""
    from jupyterlab.commands import get_app_dir

    return Path(get_app_dir()) / "settings" / "overrides.d" / OVERRIDE_NAME


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Lab:
    """A running JupyterLab server serving ``root``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder / "student"
        self.root.mkdir()
        self.token = secrets.token_hex(16)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "jupyterlab.log"
        self.override_source = "installed"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        folders = {name: self.folder / name for name in ("config", "data", "runtime", "settings", "workspaces")}
        for path in folders.values():
            path.mkdir()
        notification = folders["settings"] / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
        notification.parent.mkdir(parents=True)
        notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
        arguments = []
        if not installed_override().is_file():
            self.override_source = "checkout (editable install)"
            app_settings = self.folder / "app-settings"
            (app_settings / "overrides.d").mkdir(parents=True)
            shutil.copy(CHECKOUT_OVERRIDE, app_settings / "overrides.d" / OVERRIDE_NAME)
            arguments.append(f"--LabApp.app_settings_dir={app_settings}")
        environment = support.env()
        environment.update(JUPYTER_CONFIG_DIR=str(folders["config"]), JUPYTER_DATA_DIR=str(folders["data"]),
                           JUPYTER_RUNTIME_DIR=str(folders["runtime"]),
                           JUPYTERLAB_SETTINGS_DIR=str(folders["settings"]),
                           JUPYTERLAB_WORKSPACES_DIR=str(folders["workspaces"]))
        command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ip=127.0.0.1",
                   f"--port={self.port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.token}",
                   f"--ServerApp.root_dir={self.root}", *arguments]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=self.root, env=environment, stdout=log,
                                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited at start:\n{self.log.read_text()[-3000:]}")
            try:
                if self.api("GET", "/api/status")[0] == 200:
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        raise RuntimeError(f"JupyterLab did not answer in 90 s:\n{self.log.read_text()[-3000:]}")

    def api(self, method: str, path: str) -> tuple[int, dict]:
        request = urllib.request.Request(self.url + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
            return response.status, (json.loads(body) if body.strip() else {})

    def page_url(self, path: str) -> str:
        """The URL that opens a notebook (path relative to the served folder) in a fresh workspace."""
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.api("POST", "/api/shutdown")
            self.process.wait(timeout=20)
        except Exception:  # noqa: BLE001 (shut down however we can)
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def lab(chromium_path, tmp_path_factory):
    server = Lab(tmp_path_factory.mktemp("jupyterlab"))
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def course(tmp_path_factory) -> Path:
    """A temporary nbgrader course holding module 1, with its student copy generated."""
    from powerwith.grading.course import init_course

    root = init_course(tmp_path_factory.mktemp("browser-course") / "course", modules=[SLUG])
    support.nbgrader(root, "generate_assignment", SLUG, "--force")
    return root


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(30_000)
    opened = context.new_page()
    yield opened
    context.close()
