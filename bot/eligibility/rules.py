"""The standard's application conditions, loaded from `knowledge/rules/eligibility.yaml` and checked.

The engine decides people's applications from this file, so a typo must stop the bot at start-up
rather than silently drop a requirement: every condition must spell out every field (null when it
does not apply), unknown keys are refused, and errors name the file, the YAML line and the clause.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml

STATUSES = ("confirmed", "unconfirmed_template", "unconfirmed_alternative")
CONDITION_KEYS = (
    "id", "status", "required_certificate_level", "min_years_after_certificate",
    "min_years_total_experience", "requires_formal_training", "requires_apprenticeship_completed",
    "requires_preparatory_technician_certificate", "education", "text_zh", "text_en", "sources",
)
_TOP_KEYS = ("standard", "level_names", "job_types", "reference_training_hours", "education_codes", "levels")


class RulesError(ValueError):
    """The rules file cannot be trusted: unreadable, not YAML, or not the expected shape."""


@dataclass(frozen=True)
class Education:
    any_of: tuple[str, ...]
    includes_final_year_students: bool


@dataclass(frozen=True)
class Condition:
    """One alternative route (具备以下条件之一) to apply for a level."""

    id: str
    level: int
    status: str
    required_certificate_level: int | None
    min_years_after_certificate: float | None
    min_years_total_experience: float | None
    requires_formal_training: bool
    requires_apprenticeship_completed: bool
    requires_preparatory_technician_certificate: bool
    education: Education | None
    text_zh: str
    text_en: str
    sources: tuple[str, ...]

    @property
    def confirmed(self) -> bool:
        return self.status == "confirmed"

    def text(self, lang_code: str) -> str:
        return self.text_zh if lang_code == "zh" else self.text_en


@dataclass(frozen=True)
class JobType:
    code: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    levels: tuple[int, ...]

    def name(self, lang_code: str) -> str:
        return self.zh if lang_code == "zh" else self.en


@dataclass(frozen=True)
class RuleSet:
    path: Path
    standard_name_zh: str
    standard_name_en: str
    standard_sources: tuple[str, ...]
    level_names: Mapping[int, Mapping[str, str]]
    job_types: tuple[JobType, ...]
    training_hours: Mapping[int, int]
    education_names: Mapping[str, Mapping[str, str]]
    levels: Mapping[int, tuple[Condition, ...]]
    alternative_sources: tuple[str, ...] = ()

    def level_name(self, level: int, lang_code: str) -> str:
        return self.level_names[level]["zh" if lang_code == "zh" else "en"]

    def standard_name(self, lang_code: str) -> str:
        return self.standard_name_zh if lang_code == "zh" else self.standard_name_en

    def job_type(self, code: str) -> JobType:
        for job in self.job_types:
            if job.code == code:
                return job
        raise KeyError(f"unknown job type {code!r}")

    def job_types_without(self, level: int) -> tuple[JobType, ...]:
        return tuple(job for job in self.job_types if level not in job.levels)

    def education_name(self, code: str, lang_code: str) -> str:
        return self.education_names[code]["zh" if lang_code == "zh" else "en"]


class _LineDict(dict):
    """A YAML mapping that remembers its line, so that errors can point at it."""

    line: int = 0


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_line_dict(loader: _LineLoader, node: yaml.MappingNode):
    data = _LineDict()
    data.line = node.start_mark.line + 1
    yield data
    data.update(loader.construct_mapping(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_line_dict)


class _Checker:
    """Reads values out of the parsed YAML, raising RulesError with file, line and place."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, problem: str, node: Any = None) -> RulesError:
        line = f"line {node.line}: " if isinstance(node, _LineDict) and node.line else ""
        return RulesError(f"{self.path}: {line}{where}: {problem}")

    def mapping(self, value: Any, where: str, parent: Any = None) -> _LineDict:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a mapping, got {type(value).__name__}", parent)
        return value

    def key(self, node: dict, key: Any, where: str) -> Any:
        if key not in node:
            raise self.fail(where, f"missing key {key!r}", node)
        return node[key]

    def value(self, node: dict, key: str, where: str, valid, expected: str) -> Any:
        value = self.key(node, key, where)
        if not valid(value):
            raise self.fail(where, f"{key!r} must be {expected}, got {value!r}", node)
        return value

    def text(self, node: dict, key: str, where: str) -> str:
        return self.value(node, key, where, lambda v: isinstance(v, str) and v.strip(), "a non-empty string")

    def flag(self, node: dict, key: str, where: str) -> bool:
        return self.value(node, key, where, lambda v: isinstance(v, bool), "true or false")

    def years(self, node: dict, key: str, where: str) -> float | None:
        def valid(v):
            return v is None or (not isinstance(v, bool) and isinstance(v, (int, float)) and v >= 0)

        return self.value(node, key, where, valid, "a non-negative number or null")

    def level(self, value: Any, levels: Mapping[int, Any], where: str, node: Any) -> int:
        if isinstance(value, bool) or value not in levels:
            raise self.fail(where, f"unknown level {value!r} (levels are {sorted(levels)})", node)
        return value

    def strings(self, node: dict, key: str, where: str) -> tuple[str, ...]:
        def valid(v):
            return isinstance(v, list) and v and all(isinstance(item, str) for item in v)

        return tuple(self.value(node, key, where, valid, "a non-empty list of strings"))


def load_rules(path: Path | str) -> RuleSet:
    """Load and validate the eligibility rules; raises RulesError naming the file and the problem."""
    path = Path(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except OSError as exc:
        raise RulesError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulesError(f"{path}: {where}invalid YAML: {problem}") from exc
    check = _Checker(path)
    root = check.mapping(raw, "top level")
    for key in _TOP_KEYS:
        check.key(root, key, "top level")
    level_names = _bilingual_names(check, root, "level_names")
    for level in level_names:
        if isinstance(level, bool) or not isinstance(level, int):
            raise check.fail("level_names", f"level {level!r} must be an integer", root["level_names"])
    job_types = _job_types(check, root, level_names)
    education_names = _bilingual_names(check, root, "education_codes")
    hours = check.mapping(root["reference_training_hours"], "reference_training_hours", root)
    for level in level_names:
        check.value(hours, level, "reference_training_hours", lambda v: type(v) is int and v > 0, "a positive integer")
    standard = check.mapping(root["standard"], "standard", root)
    return RuleSet(
        path=path,
        standard_name_zh=check.text(standard, "name_zh", "standard"),
        standard_name_en=check.text(standard, "name_en", "standard"),
        standard_sources=check.strings(standard, "sources", "standard"),
        level_names=MappingProxyType(level_names),
        job_types=job_types,
        training_hours=MappingProxyType({level: hours[level] for level in level_names}),
        education_names=MappingProxyType(education_names),
        levels=MappingProxyType(_levels(check, root, level_names, job_types, education_names)),
        alternative_sources=_alternative_sources(root),
    )


def _bilingual_names(check: _Checker, root: dict, key: str) -> dict[Any, Mapping[str, str]]:
    """`level_names` and `education_codes`: each entry has a Chinese and an English name."""
    node = check.mapping(root[key], key, root)
    names: dict[Any, Mapping[str, str]] = {}
    for name, entry in node.items():
        where = f"{key} -> {name}"
        entry = check.mapping(entry, where, node)
        names[name] = MappingProxyType({"zh": check.text(entry, "zh", where), "en": check.text(entry, "en", where)})
    return names


def _job_types(check: _Checker, root: dict, level_names: Mapping[int, Any]) -> tuple[JobType, ...]:
    entries = root["job_types"]
    if not isinstance(entries, list) or not entries:
        raise check.fail("job_types", "must be a non-empty list", root)
    jobs = []
    for index, entry in enumerate(entries):
        entry = check.mapping(entry, f"job_types[{index}]", root)
        where = f"job_types -> {entry.get('code', index)}"
        levels = check.key(entry, "levels", where)
        if not isinstance(levels, list) or not levels:
            raise check.fail(where, "'levels' must be a non-empty list", entry)
        aliases = entry.get("zh_alias") or ()
        jobs.append(JobType(
            code=check.text(entry, "code", where),
            zh=check.text(entry, "zh", where),
            en=check.text(entry, "en", where),
            aliases=(aliases,) if isinstance(aliases, str) else tuple(aliases),
            levels=tuple(check.level(level, level_names, where, entry) for level in levels),
        ))
    return tuple(jobs)


def _levels(check, root, level_names, job_types, education_names) -> dict[int, tuple[Condition, ...]]:
    node = check.mapping(root["levels"], "levels", root)
    seen_ids: set[str] = set()
    levels = {}
    for level in level_names:
        entry = check.mapping(check.key(node, level, "levels"), f"levels -> {level}", node)
        _check_job_types_agree(check, entry, level, job_types)
        raw_conditions = check.key(entry, "conditions", f"levels -> {level}")
        if not isinstance(raw_conditions, list) or not raw_conditions:
            raise check.fail(f"levels -> {level}", "'conditions' must be a non-empty list", entry)
        conditions = []
        for index, raw in enumerate(raw_conditions):
            condition = _condition(check, raw, level, index, level_names, education_names, entry)
            if condition.id in seen_ids:
                raise check.fail(f"levels -> {level}", f"duplicate condition id {condition.id!r}", raw)
            seen_ids.add(condition.id)
            conditions.append(condition)
        levels[level] = tuple(conditions)
    for level in node:
        if level not in level_names:
            raise check.fail("levels", f"level {level!r} has no entry in level_names", node)
    return levels


def _check_job_types_agree(check: _Checker, entry: dict, level: int, job_types: tuple[JobType, ...]) -> None:
    """`applies_to_job_types` restates `job_types[].levels`; a disagreement means one of them is wrong."""
    listed = entry.get("applies_to_job_types")
    if listed is None:
        return
    offered = {job.code for job in job_types if level in job.levels}
    if set(listed) != offered:
        raise check.fail(
            f"levels -> {level}",
            f"applies_to_job_types {sorted(listed)} disagrees with job_types offering level {level}: {sorted(offered)}",
            entry,
        )


def _condition(check, raw, level, index, level_names, education_names, parent) -> Condition:
    raw = check.mapping(raw, f"levels -> {level} -> conditions[{index}]", parent)
    where = f"levels -> {level} -> condition {raw.get('id', f'#{index + 1}')}"
    for key in CONDITION_KEYS:
        check.key(raw, key, where)
    unknown = sorted(set(raw) - set(CONDITION_KEYS))
    if unknown:
        raise check.fail(where, f"unknown key(s) {unknown} (a misspelt requirement would be ignored)", raw)
    status = raw["status"]
    if status not in STATUSES:
        raise check.fail(where, f"status {status!r} is not one of {list(STATUSES)}", raw)
    certificate = raw["required_certificate_level"]
    condition = Condition(
        id=check.text(raw, "id", where),
        level=level,
        status=status,
        required_certificate_level=None if certificate is None else check.level(certificate, level_names, where, raw),
        min_years_after_certificate=check.years(raw, "min_years_after_certificate", where),
        min_years_total_experience=check.years(raw, "min_years_total_experience", where),
        requires_formal_training=check.flag(raw, "requires_formal_training", where),
        requires_apprenticeship_completed=check.flag(raw, "requires_apprenticeship_completed", where),
        requires_preparatory_technician_certificate=check.flag(raw, "requires_preparatory_technician_certificate", where),
        education=_education(check, raw, where, education_names),
        text_zh=check.text(raw, "text_zh", where),
        text_en=check.text(raw, "text_en", where),
        sources=check.strings(raw, "sources", where),
    )
    if condition.min_years_after_certificate is not None and condition.required_certificate_level is None:
        raise check.fail(where, "years after a certificate need required_certificate_level", raw)
    if not _requires_anything(condition):
        raise check.fail(where, "the condition requires nothing, so everyone would meet it", raw)
    return condition


def _education(check: _Checker, raw: dict, where: str, education_names: Mapping[str, Any]) -> Education | None:
    node = raw["education"]
    if node is None:
        return None
    node = check.mapping(node, f"{where} -> education", raw)
    codes = check.strings(node, "any_of", f"{where} -> education")
    for code in codes:
        if code not in education_names:
            raise check.fail(f"{where} -> education", f"unknown education code {code!r}", node)
    return Education(codes, check.flag(node, "includes_final_year_students", f"{where} -> education"))


def _requires_anything(c: Condition) -> bool:
    limits = (c.required_certificate_level, c.min_years_after_certificate, c.min_years_total_experience, c.education)
    flags = (c.requires_formal_training, c.requires_apprenticeship_completed, c.requires_preparatory_technician_certificate)
    return any(limit is not None for limit in limits) or any(flags)


def _alternative_sources(root: dict) -> tuple[str, ...]:
    """Sources of the newer generic conditions: only mentioned to users, never used to decide."""
    sources: list[str] = []
    for ruleset in root.get("alternative_rulesets") or ():
        if isinstance(ruleset, dict):
            sources.extend(s for s in ruleset.get("sources") or () if isinstance(s, str))
    return tuple(dict.fromkeys(sources))
