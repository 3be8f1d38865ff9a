"""Fixtures for the courses tests live in tests/conftest.py; build_course in tests/factories.py."""

from tests.factories import build_course

__all__ = ["build_course"]
