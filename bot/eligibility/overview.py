""""Which level can I take?" and "how do I get to the top?": every level of the job type evaluated,
the highest open now, the next one and exactly what it needs, and the newer generic conditions
(`unconfirmed_alternative` in the rules file) beside the 2021 template where they differ."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.eligibility.engine import CANNOT_TELL, ELIGIBLE, Decision, evaluate
from bot.eligibility.profile import Profile
from bot.eligibility.rules import RuleSet


@dataclass(frozen=True)
class Overview:
    profile: Profile
    decisions: dict[int, Decision]  # level -> decision, for the levels the job type offers
    highest_open: int | None  # the highest level open now (None: not even level 5 can be decided)
    next_level: int | None  # the level above it (None when the track ends there)
    top_level: int  # the track's highest level (3 for platform administrators, else 1)

    @property
    def next_decision(self) -> Decision | None:
        return self.decisions.get(self.next_level) if self.next_level is not None else None



def overview(profile: Profile, rules: RuleSet) -> Overview:
    levels = rules.job_type(profile.job_type).levels if profile.job_type else tuple(sorted(rules.levels, reverse=True))
    held = profile.certificate_level or 0
    if held:  # a level already held is no question: look at the levels above it
        above = tuple(level for level in levels if level < held)
        if not above:  # the track's top level is held already
            return Overview(profile, {}, None, None, min(levels))
        levels = above
    decisions = {}
    for level in sorted(levels, reverse=True):  # 5, 4, … upwards
        asked = Profile(**{**profile.__dict__, "target_level": level})
        decisions[level] = evaluate(asked, rules)
    open_levels = [level for level, d in decisions.items() if d.status == ELIGIBLE]
    highest = min(open_levels) if open_levels else None
    top = min(levels)
    next_level = None
    if highest is None:
        next_level = max(levels)
    elif highest > top:
        next_level = highest - 1
    return Overview(profile, decisions, highest, next_level, top)


@lru_cache(maxsize=4)
def alternative_conditions(rules_path: Path) -> dict[int, list[dict]]:
    """The newer generic conditions some evaluation bodies publish, per level (texts only: they are not
    verified for this occupation, so they are quoted, never decided on)."""
    data = yaml.safe_load(Path(rules_path).read_text(encoding="utf-8")) or {}
    out: dict[int, list[dict]] = {}
    for ruleset in data.get("alternative_rulesets") or []:
        for level, entry in (ruleset.get("levels") or {}).items():
            out.setdefault(int(level), []).extend(entry.get("conditions") or [])
    return out
