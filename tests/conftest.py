"""Shared fixtures: a real index built once per test session from the real knowledge/ folder.

Nothing here touches the user's data/ folder: settings point at pytest's temporary directories.
"""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from datetime import date  # noqa: E402

from bot import clock  # noqa: E402
from bot.settings import PROJECT_ROOT, Settings  # noqa: E402

# Replies count months from today ("about June 2027"): the tests count from one fixed day, so that a
# verdict written for it holds whatever day they run (the code's own clock: bot/clock.py).
TEST_DAY = date(2026, 11, 30)
clock.fix(TEST_DAY)


def make_settings(tmp_path, **overrides) -> Settings:
    """Settings isolated from .env and the environment, rooted in tmp_path."""
    values = dict(
        knowledge_dir=PROJECT_ROOT / "knowledge",
        prompts_dir=PROJECT_ROOT / "prompts",
        chroma_path=tmp_path / "index",
        state_path=tmp_path / "state.sqlite3",
        chroma_host=None,
        llm_base_url=None,
        llm_model=None,
        llm_api_key=None,
        telegram_bot_token=None,
        answer_date=TEST_DAY,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("session")


@pytest.fixture(scope="session")
def test_settings(session_dir) -> Settings:
    return make_settings(session_dir)


@pytest.fixture(scope="session")
def built_index(test_settings):
    """Ingest the real knowledge/ folder once; returns the ingest report."""
    from bot.index.ingest import ingest

    return ingest(test_settings)


@pytest.fixture(scope="session")
def advisor(test_settings, built_index):
    from bot.answering.advisor import Advisor

    return Advisor.from_settings(test_settings)
