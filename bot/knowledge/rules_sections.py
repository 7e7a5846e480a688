"""The application-conditions YAML rendered as searchable text, one section per level and language.

The engine in `bot.eligibility` decides with the data; this text only lets retrieval find and cite
the clauses (e.g. "what does L3-C say?").
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.knowledge import KnowledgeFileError, Section

_STATUS = {
    "zh": {"confirmed": "已确认（标准原文）", "unconfirmed_template": "通用模板，待向评价机构确认"},
    "en": {"confirmed": "confirmed text of the standard", "unconfirmed_template": "usual template, to be confirmed with the evaluation body"},
}


def rules_sections(data: dict[str, Any], path: Path) -> list[Section]:
    sections: list[Section] = []
    names = data.get("level_names") or {}
    hours = data.get("reference_training_hours") or {}
    levels = data.get("levels")
    if not isinstance(levels, dict):
        raise KnowledgeFileError(path, "'levels' must be a mapping of level -> conditions")
    for level in sorted(levels, reverse=True):
        spec = levels[level] or {}
        conditions = spec.get("conditions")
        if not isinstance(conditions, list):
            raise KnowledgeFileError(path, f"level {level}: 'conditions' must be a list")
        for lang in ("zh", "en"):
            name = (names.get(level) or {}).get(lang, str(level))
            lines = []
            for cond in conditions:
                if "id" not in cond or f"text_{lang}" not in cond:
                    raise KnowledgeFileError(path, f"level {level}: a condition lacks 'id' or 'text_{lang}'")
                status = _STATUS[lang].get(cond.get("status", ""), cond.get("status", ""))
                lines.append(f"{cond['id']} ({status}): {cond[f'text_{lang}']}")
            if lang == "zh":
                heading = f"{name} 申报条件"
                intro = f"申报{name}，具备以下条件之一即可（培训参考学时 {hours.get(level, '?')} 标准学时）："
            else:
                heading = f"{name}: application conditions"
                intro = f"To apply for {name}, meeting any ONE of these is enough (reference training: {hours.get(level, '?')} standard hours):"
            sections.append(Section(heading, intro + "\n" + "\n".join(lines), language=lang))
    return sections
