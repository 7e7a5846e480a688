"""Helpers for tests/test_reliability_*.py: a private copy of the session index and knowledge, and the
real `python -m bot.cli` run against it in a subprocess."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.settings import Settings
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parent.parent


def private_copy(test_settings: Settings, tmp_path: Path, **overrides) -> Settings:
    """Settings over copies of the session's index, retriever cache and knowledge/ folder, so a test
    may re-ingest, change files or damage the index without touching the shared ones."""
    shutil.copytree(test_settings.chroma_path, tmp_path / "index")
    if test_settings.cache_dir.is_dir():
        shutil.copytree(test_settings.cache_dir, tmp_path / "cache")
    shutil.copytree(test_settings.knowledge_dir, tmp_path / "knowledge")
    return make_settings(tmp_path, knowledge_dir=tmp_path / "knowledge", **overrides)


def cli_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment of a CLI run on `settings`: the bot's own variables removed, then set."""
    names = {name.upper() for name in Settings.model_fields}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(CHROMA_PATH=str(settings.chroma_path), KNOWLEDGE_DIR=str(settings.knowledge_dir),
               STATE_PATH=str(settings.state_path), HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    env.update(extra)
    return env


def cli(settings: Settings, *args: str, stdin: str | None = None, timeout: float = 120, cwd: Path | None = None,
        **env: str) -> subprocess.CompletedProcess:
    """`python -m bot.cli ARGS` run from a scratch directory (no .env is read)."""
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=cwd or settings.chroma_path.parent,
                          env={**cli_env(settings, **env), "PYTHONPATH": str(ROOT)}, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


def cli_process(settings: Settings, *args: str, **env: str) -> subprocess.Popen:
    """A long-running `python -m bot.cli ARGS` with pipes (e.g. an `ask --jsonl` stream)."""
    return subprocess.Popen([sys.executable, "-m", "bot.cli", *args], cwd=settings.chroma_path.parent,
                            env={**cli_env(settings, **env), "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)


def change_knowledge(settings: Settings, number: int) -> None:
    """A small, real change to knowledge/: one more document, so the next ingest flips the index."""
    (settings.knowledge_dir / "standard" / f"zz-extra-{number}.md").write_text(
        f"# Extra note {number}\n\nA trainer's note number {number}: live-stream sellers rehearse scripts before going live.\n",
        encoding="utf-8")
