"""Grading for the Power With course: nbgrader configuration and the ``powerwith`` command."""

from .nbgrader_setup import configure, installed_modules

__all__ = ["configure", "installed_modules"]
