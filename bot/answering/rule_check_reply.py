"""The reply to a rule of application set out to be checked (a quiz item, a slide, a note, a blank): the verdict first, then the clause and the newer conditions."""
from __future__ import annotations

import re

from bot.eligibility.rule_check import asks_which_is_not, check, marked_answer, options, parse_claim, years_of
from bot.eligibility.render import plain_number
from bot.eligibility.rules import RuleSet
from bot.texts import Templates

# The message sets a rule out to be checked: a quiz item, a blank, a slide, notes or an answer key, a choice made
# ("is that right?" alone is not enough: "I have 2 years, is that right for level 4?" is the asker's case)
_SET_OUT = re.compile(
    r"判断题|填空题|选择题|单选题|多选题|题目|这题|这道题|复习题|试题|考题|答案|[√×✓✗]|_{2,}|＿{2,}|（\s*）"
    r"|(?:ppt|课件|讲义|笔记|教材|课本|slides?)[^，,。]{0,10}(?:写|说|says?)|我(?:标|填|选|拣)(?:的|了)?"
    r"|\btrue\s+or\s+false\b|\bfill\s+in\b|\bquiz\b|\bblanks?\b|\bworksheet\b|\bi\s+(?:wrote|marked|ticked)\b|\bmy\s+notes\b|\banswer\s+key\b", re.I)
_TRUE_MARKS = {"√", "✓", "✔", "对", "true"}
_FALSE_MARKS = {"×", "✗", "✘", "错", "false"}


def rule_check_reply(words: str, lang_code: str, rules: RuleSet, templates: Templates) -> str | None:
    """The checked rule's verdict, in `lang_code`'s template language; None when `words` sets out no rule of
    years and levels to check (the answer is then the full one)."""
    if not _SET_OUT.search(words):
        return None
    w = lambda key, **values: templates.text(lang_code, "eligibility", key, **values)  # noqa: E731
    lang = "en" if lang_code == "en" else "zh"
    status = lambda c: w("status_confirmed" if c.confirmed else "status_unconfirmed")  # noqa: E731
    mark = marked_answer(words)
    choices = options(words)
    if choices:
        stem = words[:words.find(choices[0][0])]
        verdicts = []
        for letter, text in choices:
            claim = parse_claim(f"{stem} {text}") or parse_claim(text)
            if claim is None:
                return None
            verdicts.append((letter, check(claim, rules)))
        lines = [w("rule_check_option_holds", letter=letter, id=v.holds_template.id) if v.holds_template
                 else w("rule_check_option_wrong", letter=letter) for letter, v in verdicts]
        wanted = [letter for letter, v in verdicts if (v.holds_template is None) == asks_which_is_not(stem)]
        lines.append(w("rule_check_options_not" if asks_which_is_not(stem) else "rule_check_options_are", letters="、".join(wanted) if lang == "zh" else ", ".join(wanted)))
        if mark and mark.upper() in "ABCD":
            lines.insert(0, w("rule_check_your_answer_right" if set(mark.upper()) == set(wanted) else "rule_check_your_answer_wrong", mark=mark.upper()))
        if any(not v.holds_template.confirmed for _, v in verdicts if v.holds_template):
            lines.append(w("rule_check_template_caveat"))
        return "\n".join(lines)
    statement = words[:words.find(mark)] if mark and words.find(mark) > 0 else words
    claim = parse_claim(statement)
    if claim is None:
        return None
    verdict = check(claim, rules)
    template, newer = verdict.template, verdict.newer
    level = rules.level_name(claim.level, lang)
    if template is None:
        if claim.training or claim.preparatory or any(c.required_certificate_level == claim.held for c in rules.levels.get(claim.level, ())):
            return None  # a route this reading does not follow (school, training): the full answer
        lines = [w("rule_check_no_route", level=level)]
        holds = False
    else:
        years = plain_number(years_of(template))
        key = "rule_check_blank" if claim.years is None else "rule_check_holds" if verdict.holds_template else "rule_check_wrong"
        lines = [w(key, years=years, clause=template.text(lang).rstrip("。."), id=template.id, status=status(template))]
        holds = verdict.holds_template is not None
        if mark is not None:
            given = mark.lower()
            right = (given in _TRUE_MARKS and holds) or (given in _FALSE_MARKS and not holds) \
                or (claim.years is None and re.fullmatch(r"\d+(?:\.\d+)?", given) is not None and float(given) == years_of(template))
            if given in _TRUE_MARKS | _FALSE_MARKS or claim.years is None:
                lines.insert(0, w("rule_check_your_answer_right" if right else "rule_check_your_answer_wrong", mark=mark))
    if newer is not None and (template is None or years_of(newer) != years_of(template)):
        lines.append(w("rule_check_newer", newer=newer.get(f"text_{lang}") or newer.get("text_en"), id=newer.get("id")))
    if template is not None and not template.confirmed:
        lines.append(w("rule_check_template_caveat"))
    return "\n".join(lines)

