"""Today's date for every reply: the system date, or the day the settings fix (ANSWER_DATE), so that the
tests and replays of dated evaluation sets count months from the same day whenever they run."""
from __future__ import annotations

from datetime import date

_fixed: date | None = None


def fix(day: date | None) -> None:
    """Count from `day` from now on (None: the system date again)."""
    global _fixed
    _fixed = day


def today() -> date:
    return _fixed or date.today()
