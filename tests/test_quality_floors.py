"""The quality figures the README states are floors: a change that answers fewer of these questions
right fails here instead of quietly making the README untrue."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation import load_cases, run_cases
from bot.settings import PROJECT_ROOT

SHARED_DEV = PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl"

# (case file, passes the README states) — update both together.
FLOORS = [
    (PROJECT_ROOT / "tests" / "data" / "heldout.jsonl", 120),
    (PROJECT_ROOT / "bench" / "data" / "heldout2.jsonl", 79),
    (SHARED_DEV, 30),
]


@pytest.mark.parametrize("path, floor", FLOORS, ids=lambda v: Path(v).name if isinstance(v, Path) else str(v))
def test_pass_rate_stays_at_the_readme_figure(advisor, path: Path, floor: int):
    assert path.exists(), f"{path} is missing (the shared folder must sit beside the project: ../shared)"
    results = run_cases(advisor, load_cases(str(path)))
    failures = [f"{r.case['id']}: {'; '.join(r.failures)}" for r in results if r.failures]
    passed = len(results) - len(failures)
    assert passed >= floor, f"{passed}/{len(results)} passed, the README states {floor}:\n" + "\n".join(failures)
