"""Side-by-side overviews a trainer asks for as a list or a table: the four job types (what each does, how high it
goes) and the five levels (names in both languages, reference training hours), put together from the rules and
the FAQ entries, so each line says what its entry says.

"帮我列个表：四个工种分别叫什么 各自干啥 最高能考到几级", "please write for him in English: the 4 job types and the
max level of each, 4 bullet points", "level | name | training hours. all 5 levels".
"""
from __future__ import annotations

import re

# Asked as a table or a list ("帮我列个表", "put it in a table", "4 bullet points", "for a flyer", "level | name | hours")
_AS_A_TABLE = re.compile(r"表格|列(?:个|一个)?表|列一下|列出|列个|列表|一览|对照表|\btable\b|\blist\b|bullets?|bullet\s+points?|flyer|handout|\bslides?\b|\bppt\b|\||[1-5四五]\s*(?:点|条)", re.I)
# The four job types (not one of them: "选品员日常做啲乜" is its own entry)
_ALL_JOB_TYPES = r"(?:四|4|全部|所有|各个|每个|哪几个|哪些)\s*(?:个|種|种)?\s*工种|工种(?:分别|各自|一览|列表)|\b(?:the\s+|all\s+)?(?:4|four)\s+(?:job\s+types?|工种|tracks)\b|\beach\s+job\s+type\b|\ball\s+(?:the\s+)?job\s+types\b"
_DUTIES = re.compile(r"干啥|干什么|做什么|做啥|做啲乜|职责|负责|\bdoes\b|\bdo\b|\bduties\b|\brole", re.I)
_TOP = re.compile(r"最高|几级|哪一级|\bmax\w*|\bhighest\b|\btop\b|how\s+high", re.I)
_NAMES = re.compile(r"名称|名字|叫什么|叫啥|英文|\bnames?\b|english", re.I)
# (not which one pays or is done most: "四個工種入面 邊個最多人做？人工幾多？")
_NOT_AN_OVERVIEW = re.compile(r"人工|工资|薪|收入|最多人|哪个好|哪个适合|\bpay\b|salar|\bearn|most\s+people|suit", re.I)
# The five levels, with their names or hours
_ALL_LEVELS = r"(?:五|5)\s*个?\s*等级|各(?:个)?等级|每个等级|五级到一级|五级至一级|五级/初级工\s*(?:到|至|through|to)|\b(?:all\s+)?(?:5|five)\s+levels\b|\ball\s+(?:the\s+)?levels\b|\beach\s+level\b"
_HOURS = re.compile(r"学时|课时|\bhours\b", re.I)
# A level's name asked beside the job types' ("English names for 五级/初级工 through 一级/高级技师 and the 4 工种")
_LEVEL_NAMES_TOO = re.compile(r"五级/初级工|一级/高级技师|等级(?:的)?(?:名称|名字|叫法)|\blevel\s+names\b|\bnames\s+of\s+(?:the\s+)?levels\b|五个等级|\b(?:5|five)\s+levels\b", re.I)

_ROLE_ENTRIES = {"product_selector": "role-product-selector", "live_streaming_salesperson": "role-live-streaming-salesperson",
                 "video_creator_promoter": "role-video-creator-promoter", "platform_administrator": "role-platform-administrator"}
# (the entry's first clause: what the job type does, before the note on where it comes from)
_FIRST_CLAUSE = re.compile(r"^(.+?)(?:；|。|\.\s+(?=This\b|The\s))")


def tables_asked(text: str) -> tuple[bool, bool]:
    """(job types, levels) asked side by side in `text` (Simplified, Mandarin words): asked as a table or a list, or
    the job types' duties and top levels asked together."""
    if _NOT_AN_OVERVIEW.search(text):
        return False, False
    table = bool(_AS_A_TABLE.search(text))
    job_types = bool(re.search(_ALL_JOB_TYPES, text, re.I)) and (
        (table and bool(_DUTIES.search(text) or _TOP.search(text) or _NAMES.search(text))) or bool(_DUTIES.search(text) and _TOP.search(text)))
    levels = table and bool(re.search(_ALL_LEVELS, text, re.I) or _LEVEL_NAMES_TOO.search(text)) and bool(_HOURS.search(text) or _NAMES.search(text))
    return job_types, levels


def job_types_lines(rules, lang_code: str, entry_text, templates) -> list[str]:
    """One line per job type: its name (and the other language's), its top level, what it does (the entry's first
    clause); `entry_text(entry_id)` gives an entry's answer in the reply's language."""
    other = "en" if lang_code == "zh" else "zh"
    lines = []
    for job in rules.job_types:
        text = entry_text(_ROLE_ENTRIES.get(job.code, "")) or ""
        first = _FIRST_CLAUSE.match(text.strip())
        lines.append(templates.text(lang_code, "answers", "table_job_type_line", name=job.name(lang_code), other=job.name(other),
                                    top=rules.level_name(min(job.levels), lang_code), does=(first.group(1) if first else text).strip()))
    return lines + [templates.text(lang_code, "answers", "table_job_types_note")]


def levels_lines(rules, lang_code: str, templates) -> list[str]:
    """One line per level, from the lowest: its names in both languages and its reference training hours."""
    other = "en" if lang_code == "zh" else "zh"
    lines = [templates.text(lang_code, "answers", "table_level_line", name=rules.level_name(level, lang_code),
                            other=rules.level_name(level, other), hours=rules.training_hours[level])
             for level in sorted(rules.level_names, reverse=True)]
    return lines + [templates.text(lang_code, "answers", "table_levels_note")]
