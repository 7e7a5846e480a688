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
    r"|\btrue\s+or\s+false\b|\bfill\s+in\b|\bquiz\b|\bblanks?\b|\bworksheet\b|\bi\s+(?:wrote|marked|ticked)\b|\bmy\s+notes\b|\banswer\s+key\b"
    # what a trainer tells learners, or a handout says, set out to be checked ("I tell my students 一级 needs 3 years
    # after 二级, correct?", "我一直跟学生说…对吧")
    r"|跟(?:我的?)?(?:学生|学员)们?(?:都|一直)?(?:说|讲)|同(?:学生|学员)(?:讲|话)|\bi\s+(?:always\s+|usually\s+)?(?:tell|told|teach)\s+(?:my\s+|our\s+)?(?:students|learners|trainees|class)\b"
    r"|\b(?:faq|handout|brochure|flyer)\s+(?:says|said|states)\b|\bis\s+it\s+(?:right|true|correct)\s+that\b", re.I)
# Asked whether a rule stated is right ("四级是拿到五级证后满2年就能报，对吗？", "level 3 needs 5 years after level 4, right?"),
# with nothing of the asker's own in it (not "I have 2 years, is that right for level 4?")
_ASKS_IF_RIGHT = re.compile(r"是不是[^，,。？?]{0,20}(?:就能|就可以|就行|就够)|对吗|对吧|对不对|是不是这样|准吗|准不准|正确吗|没错吧|有没有错|係咪咁|啱唔啱|啱嘛|\b(?:right|correct|true)\s*\?|\bis\s+that\s+(?:right|correct|true)\b", re.I)
# (not whether a rule is confirmed: "level 5 needs 1 year of work right? is that actually confirmed?" asks its certainty)
_ASKS_IF_CONFIRMED = re.compile(r"\bconfirmed\b|\bverified\b|\bofficial(?:ly)?\b|确认了吗|已确认|是否确认|确定了吗|官方", re.I)
_OWN_WORDS = re.compile(r"我(?!们|們)|\bi\b|\bi'|\bmy\b|\bme\b", re.I)
_TRUE_MARKS = {"√", "✓", "✔", "对", "true"}
_FALSE_MARKS = {"×", "✗", "✘", "错", "false"}


def sets_out_a_rule(words: str) -> bool:
    """`words` set a rule out to be checked: a quiz item, a blank, a slide, what a trainer tells learners, or a rule
    stated and asked if right with nothing of the asker's own in it."""
    return bool(_SET_OUT.search(words)) or (bool(_ASKS_IF_RIGHT.search(words)) and not _OWN_WORDS.search(words)
                                            and not _ASKS_IF_CONFIRMED.search(words) and parse_claim(words) is not None)


def rule_check_reply(words: str, lang_code: str, rules: RuleSet, templates: Templates) -> str | None:
    """The checked rule's verdict, in `lang_code`'s template language; None when `words` sets out no rule of
    years and levels to check (the answer is then the full one)."""
    if not sets_out_a_rule(words):
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
        beside = _other_routes_said(claim, template, holds, rules, lang, w, status)
        if beside and not holds and not template.requires_formal_training and claim.years is not None:
            # ("一级 needs 3 years after 二级": so it does, with the training; without it, 4)
            lines = [w("rule_check_partly", years=years, clause=template.text(lang).rstrip("。."), id=template.id, status=status(template))]
        lines += beside
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



def _other_routes_said(claim, template, holds: bool, rules: RuleSet, lang: str, w, status) -> list[str]:
    """Beside the verdict on the route stated: the sibling route whose years the statement gave ("一级 needs 3 years
    after 二级": so it does, with the formal training), or, when the statement holds, the other routes to that level
    ("level 3 needs 5 years after level 4": one route of three)."""
    siblings = [c for c in rules.levels.get(claim.level, ()) if c is not template]
    if not holds and claim.years is not None:
        same = next((c for c in siblings if c.required_certificate_level == claim.held and not c.education
                     and bool(c.requires_formal_training) != claim.training and years_of(c) == claim.years), None)
        if same is not None:
            key = "rule_check_with_training" if same.requires_formal_training else "rule_check_without_training"
            return [w(key, years=plain_number(claim.years), clause=same.text(lang).rstrip("。."), id=same.id, status=status(same))]
        return []
    if holds and siblings:
        sep = "；" if lang == "zh" else "; "
        return [w("rule_check_other_routes", routes=sep.join(f"{c.text(lang).rstrip('。.')}（{c.id}）" if lang == "zh"
                                                                else f"{c.text(lang).rstrip('。.')} ({c.id})" for c in siblings))]
    return []
