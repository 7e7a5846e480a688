"""The reply to a rule of application set out to be checked (a quiz item, a slide, a note, a blank): the verdict first, then the clause and the newer conditions."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.eligibility.overview import alternative_conditions
from bot.eligibility.condition_claims import check_condition_claim, parse_condition_claim, puts_a_lower_level_first
from bot.eligibility.rule_check import asks_which_is_not, check, marked_answer, options, parse_claim, said_without_certificate, years_of
from bot.eligibility.render import plain_number
from bot.eligibility.rules import RuleSet
from bot.texts import Templates

# What a trainer tells learners ("我一直跟学生说…", "I tell grads with the 预备技师 certificate…"): never their own case
_TO_LEARNERS = (r"跟(?:我的?)?(?:学生|学员)们?(?:都|一直)?(?:说|讲)|同(?:学生|学员)(?:讲|话)"
                # ("上次有学员问三级 我跟他说要五年"): what a learner asked, and what the asker said back
                r"|(?:学员|学生)[^，,。？?]{0,8}问[^。？?]{0,16}(?:我|我就)(?:跟|同|对)(?:他|她|佢|ta|TA)(?:们|哋)?(?:说|讲|话)"
                r"|\bi\s+(?:always\s+|usually\s+)?(?:tell|told|teach)\s+(?:my\s+|our\s+|the\s+)?(?:students|learners|trainees|class|grads|graduates)\b")
# The message sets a rule out to be checked: a quiz item, a blank, a slide, notes or an answer key, a choice made
# ("is that right?" alone is not enough: "I have 2 years, is that right for level 4?" is the asker's case)
_SET_OUT = re.compile(
    r"判断题|填空题|选择题|单选题|多选题|题目|这题|这道题|复习题|试题|考题|答案|[√×✓✗]|_{2,}|＿{2,}|（\s*）"
    r"|(?:ppt|课件|讲义|笔记|教材|课本|slides?)[^，,。]{0,10}(?:写|说|says?)|我(?:标|填|选(?!品)|拣)(?:的|了)?"
    r"|\btrue\s+or\s+false\b|\bfill\s+in\b|\bquiz\b|\bblanks?\b|\bworksheet\b|\bi\s+(?:wrote|marked|ticked)\b|\bmy\s+notes\b|\banswer\s+key\b"
    # what a trainer tells learners, or a handout says, set out to be checked ("I tell my students 一级 needs 3 years
    # after 二级, correct?", "我一直跟学生说…对吧")
    r"|" + _TO_LEARNERS +
    r"|\b(?:faq|handout|brochure|flyer)\s+(?:says|said|states)\b|\bis\s+it\s+(?:right|true|correct)\s+that\b", re.I)
# Asked whether a rule stated is right ("四级是拿到五级证后满2年就能报，对吗？", "level 3 needs 5 years after level 4, right?"),
# with nothing of the asker's own in it (not "I have 2 years, is that right for level 4?")
_ASKS_IF_RIGHT = re.compile(r"是不是[^，,。？?]{0,20}(?:就能|就可以|就行|就够)|对吗|真的假的|真定假|真唔真|是真的吗|系咪真|对吧|对不对|是不是这样|准吗|准不准|正确吗|没错吧|有没有错|係咪咁|啱唔啱|啱嘛|\b(?:right|correct|true)\s*\?|\bis\s+that\s+(?:right|correct|true)\b", re.I)
# (not whether a rule is confirmed: "level 5 needs 1 year of work right? is that actually confirmed?" asks its certainty)
# Someone else's word on the conditions, doubted ("可是我们老师说大专毕业就能直接考三级啊 你确定吗？", "but my school said
# any diploma is fine, are you sure?"): checked even beside the asker's own case
_HEARSAY_DOUBTED = re.compile(r"(?:老师|老師|学校|學校|机构|機構|培训班|中心|朋友|同学|網上|网上|人家|别人|HR|\bthey\b|\bteachers?\b|\bschool\b|\bfriends?\b|\bcent(?:re|er)\b)"
                              r"[^，,。？?]{0,8}(?:说|讲|話|话|\bsays?\b|\bsaid\b|\btold\b)[^。]{0,60}?(?:你(?:确定|肯定|確定)|\bare\s+you\s+sure\b|对吗|对不对|啱唔啱|係咪真|是真的吗|真的吗|\bis\s+that\s+(?:right|true)\b)", re.I)
# A claim put to the asker by a teacher, a school or a training centre ("my teacher says we have to pass level 5 first
# tho", "机构说要先考五级"): checked as a claim, whatever the asker's own case (their case is answered beside it)
_HEARSAY_CLAIM = re.compile(r"(?:老师|老師|学校|學校|机构|機構|培训班|培训机构|中心|\bteachers?\b|\bschool\b|\btrainers?\b|\b(?:training\s+)?cent(?:re|er)\b)"
                            r"[^，,。？?]{0,8}(?:说|讲|話|话|\bsays?\b|\bsaid\b|\btold\s+(?:me|us)\b)", re.I)
HEARSAY_REACH = 40  # characters after "my teacher says" in which the lower level put first must be said, in its clause
_CLAUSE_END = re.compile(r"[，,。？?！!；;]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_ASKS_IF_CONFIRMED = re.compile(r"\bconfirmed\b|\bverified\b|\bofficial(?:ly)?\b|确认了吗|已确认|是否确认|确定了吗|官方", re.I)
# (not someone the asker knows, who said it: "我朋友話唔使證都考到二級…", "my friend says")
_OWN_WORDS = re.compile(r"我(?!们|們|(?:的)?(?:朋友|同事|同学|老师|师傅|老板|表[哥姐弟妹]|堂[哥姐弟妹]|[哥姐弟妹]|老公|老婆)(?:话|話|说|說|讲|講))|\bi\b|\bi'|\bmy\b(?!\s+(?:friend|colleague|boss|teacher|cousin|sister|brother)\s+(?:says|said|told))|\bme\b", re.I)
_TRUE_MARKS = {"√", "✓", "✔", "对", "true"}
_FALSE_MARKS = {"×", "✗", "✘", "错", "false"}


# What the asker says they answered or wrote ("我一直这么说的", "我话佢一定要…", "I said it's…", "our handbook says"): a
# claim of theirs set out to be checked (read only for a claim about a level's conditions, see `condition_check_reply`)
_SAID_SO = re.compile(r"我(?:一直|都|也|平时)?(?:是)?(?:这么|这样|咁|噉)(?:说|讲|话|教|答|回答|写)|我(?:一直|都)?(?:跟|同|和|对)(?:他|她|佢|他们|她们|佢哋|学员|学生|员工|同事|客户)(?:们)?(?:都)?(?:说|讲|话|答)"
                      r"|我(?:说|话|答|回答|写)(?:的|了|咗)?(?:是|系|係)?\s*(?:可以|唔得|不可以|不行|必须|一定要|要|得|能|冇|没|对)|(?:手册|简章|话术|讲义|课件|ppt|宣传|招生|传单|海报|广告)[^，,。？?]{0,10}(?:写|说|讲)"
                      # "我一般这么回：'…'", "想喺宣傳單寫：「…」": an answer given, or a line to be printed
                      r"|我(?:一般|通常|平时|都)?(?:是)?(?:这么|这样|咁|噉)(?:回|答)|(?:想|要|准备|打算)[^，,。？?]{0,8}写\s*[:：]"
                      r"|\bi\s+(?:said|told\s+(?:him|her|them))\b|\bi(?:'ve|\s+have)\s+been\s+telling\b|\b(?:handbook|brochure|sales\s+team|textbook|manual|slides?)\b[^.?!]{0,20}\b(?:says?|said|states?)\b", re.I)
# Asked whether what was just said is right ("我这样回答对不对", "啱唔啱？", "is that accurate?", "is that how the standard
# works or can people skip?"), with no level or figure of its own
_RIGHT_ALONE = re.compile(r"合适不合适|合不合适|妥不妥|妥当吗|(?:可以|能)这样(?:写|说|讲)吗|对不对|对吗|对吧|有没有错|有错吗|没错吧|没说错吧|说错了吗|啱唔啱|有冇错|准不准|是这样吗|系咪咁|是不是这样|有问题吗|有没有问题|可以继续这样写"
                          r"|\bis\s+(?:that|this|it)\s+(?:right|correct|accurate|true)\b|\bam\s+i\s+right\b|\bwas\s+i\s+(?:right|wrong)\b|\bdid\s+i\s+get\s+it\s+right\b"
                          r"|\bis\s+(?:that|this)\s+how\b[^.?!]{0,30}\b(?:works?|says?)\b|^\W*right\W*$"
                          # (between the answer and what someone else said: "so who's right", "到底谁对")
                          r"|\bwho'?s\s+right\b|\bwho\s+is\s+right\b|谁对|谁说得对|边个啱|边个先啱|哪个对|哪个才对", re.I)
RIGHT_ALONE_MAX = 70


def sets_out_a_rule(words: str) -> bool:
    """`words` set a rule out to be checked: a quiz item, a blank, a slide, what a trainer tells learners, or a rule
    stated and asked if right with nothing of the asker's own in it."""
    return bool(_SET_OUT.search(words)) or (bool(_ASKS_IF_RIGHT.search(words)) and not _OWN_WORDS.search(words)
                                            and not _ASKS_IF_CONFIRMED.search(words) and parse_claim(words) is not None)


def tells_learners(words: str) -> bool:
    """`words` say what the asker tells learners: a rule to check, whatever the asker's own case."""
    return bool(re.search(_TO_LEARNERS, words, re.I))


def asks_if_right_alone(words: str) -> bool:
    """`words` only ask whether what was said before is right ("我这样回答对不对", "is that accurate?"): no level or
    figure of their own."""
    return len(words) <= RIGHT_ALONE_MAX and bool(_RIGHT_ALONE.search(words)) and not re.search(r"\d|[一二三四五]\s*级|\blevel\b", words, re.I)


def makes_a_condition_claim(words: str) -> bool:
    """`words` claim something of a level's conditions other than years ("三级要本科学历", "无学历也能考五级")."""
    return parse_condition_claim(words) is not None


def _told_others(words: str) -> bool:
    """`words` say what the asker told others or wrote down, or set a rule out (a quiz, a slide, a handbook)."""
    return bool(_SET_OUT.search(words) or _SAID_SO.search(words))


def sets_out_a_condition_claim(words: str) -> bool:
    """`words` set out a claim about a level's conditions other than years, as said to others or written down
    ("我们HR培训手册里写着 考三级要本科学历")."""
    return _told_others(words) and makes_a_condition_claim(words)


def condition_check_reply(words: str, lang_code: str, rules: RuleSet, templates: Templates, own_case: bool = False) -> str | None:
    """The verdict on a claim about a level's conditions other than years ("大专毕业可以直接报三级对吧", "I tell
    learners any 大专 counts", "our sales team says you MUST hold 五级 first"), set out to be checked or asked if
    right, with the clauses that decide it; None when `words` make no such claim. With the asker's `own_case` told,
    only what they say they tell others, or a quiz or a slide, is checked ("大专毕业可以直接报三级吗" then is their case)."""
    claim = parse_condition_claim(words)
    # (a teacher's or a school's word is checked only when it puts a lower level first: "学校话要毕业班先得" is a
    # school's rule for its own class, answered with the asker's case)
    heard = claim is not None and claim.kind == "lower_first" \
        and any(puts_a_lower_level_first(_CLAUSE_END.split(words[m.end():m.end() + HEARSAY_REACH])[0]) for m in _HEARSAY_CLAIM.finditer(words))
    if not (_told_others(words) or (_ASKS_IF_RIGHT.search(words) and not own_case) or _HEARSAY_DOUBTED.search(words) or heard) \
            or _ASKS_IF_CONFIRMED.search(words):
        return None
    if claim is None:
        return None
    verdict = check_condition_claim(claim, rules)
    w = lambda key, **values: templates.text(lang_code, "eligibility", key, **values)  # noqa: E731
    lang = "en" if lang_code == "en" else "zh"
    level = rules.level_name(claim.level, lang) if claim.level else ""
    held = rules.level_name(min(claim.level + 1, 5), lang) if claim.level else ""
    kind = {"apprenticeship_not_enough": "apprenticeship"}.get(claim.kind, claim.kind)
    if claim.kind == "training_required" and claim.level:
        kind = "training_required_level" if not verdict.holds else kind
    outcome = "partly" if verdict.holds is None else "true" if verdict.holds else "false"
    if outcome == "partly" and not verdict.newer:
        return None
    values = {"level": level, "held": held}
    if outcome == "partly":
        values |= {"newer": verdict.newer[0].get(f"text_{lang}") or verdict.newer[0].get("text_en"), "id": verdict.newer[0].get("id")}
    lines = [w(f"claim_{kind}_{outcome}", **values)]
    lines += [w("claim_route", clause=c.text(lang).rstrip("。."), id=c.id,
                status=w("status_confirmed" if c.confirmed else "status_unconfirmed")) for c in verdict.routes]
    if any(not c.confirmed for c in verdict.routes):
        lines.append(w("rule_check_template_caveat"))
    return "\n".join(lines)


def rule_check_reply(words: str, lang_code: str, rules: RuleSet, templates: Templates) -> str | None:
    """The checked rule's verdict, in `lang_code`'s template language; None when `words` sets out no rule of
    years and levels to check (the answer is then the full one)."""
    table = _table_reply(words, lang_code, rules, templates)
    if table is not None:
        return table
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
    return _claim_reply(parse_claim(statement), mark, lang_code, rules, templates, words=statement)


TABLE_ROWS_MIN = 3  # a quick-reference table: at least this many levels, each with its years


def _table_reply(words: str, lang_code: str, rules: RuleSet, templates: Templates) -> str | None:
    """A table of levels and years set out to be checked ("'五级：工作满1年；四级：五级后满4年；…' 有问题吗"): each row's
    verdict, then one note on the newer conditions and the caveat; None when `words` hold no such table."""
    rows = [row.strip(" '\"‘’“”「」") for row in re.split(r"[；;\n|｜]|(?<=年)\s*[，,/／]\s*", words)]
    claims = [(row, claim) for row in rows if (claim := parse_claim(row)) is not None and claim.years is not None]
    if len(claims) < TABLE_ROWS_MIN or len({claim.level for _, claim in claims}) < len(claims):
        return None
    w = lambda key, **values: templates.text(lang_code, "eligibility", key, **values)  # noqa: E731
    newer_opens = templates.opening(lang_code, "eligibility", "rule_check_newer")
    lines = []
    for row, claim in claims:
        checked = _claim_reply(claim, None, lang_code, rules, templates, caveat=False, words=row) or ""
        said = [line for line in checked.splitlines() if line and not line.startswith(newer_opens)]
        said = said[:1] if check(claim, rules).holds_template is not None else said[:2]  # (a row right: its clause; wrong: and the route with its years)
        row = re.sub(r"['\"‘’“”「」].*$", "", re.sub(r"^[^\w\u4e00-\u9fff]+", "", row)).strip()  # (the row, without what follows its quote)
        lines.append(w("rule_check_table_row", row=row, verdict=" ".join(said)))
    lines += [w("rule_check_table_newer"), w("rule_check_template_caveat")]
    return "\n".join(lines)


_HEARD = re.compile(r"说|讲|话|听闻|\bi\s+heard\b|\b(?:said|says|told)\b", re.I)  # ("听说", "听人讲": someone said it)


def heard_figure_reply(words: str, level: int, lang_code: str, rules: RuleSet, templates: Templates) -> str | None:
    """The verdict on a figure of years someone else gave for `level`, the level just judged for the asker ("they said 3
    years after 三级 is enough", "我聽人講五級後三年就得"); None when `words` relay no such figure."""
    if not _HEARD.search(words):
        return None
    # (the one who said it is no part of the figure: "the training centre told me" names no training)
    heard = re.sub(r"\btraining\s+(?:cent(?:re|er)|school|institut\w*|provider|compan\w*|org\w*|agenc\w*)|培训(?:机构|中心|学校|班|老师)", " ", words, flags=re.I)
    # (a date is no figure of a rule: "我2022年5月拿的直播销售员五级" beside a notice names no "5 years")
    heard = re.sub(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b",
                   " ", heard, flags=re.I)
    claim = parse_claim(f"{'一二三四五'[level - 1]}级 {heard}")
    if claim is None or claim.level != level or claim.years is None or claim.held is None:
        return None
    verdict = check(claim, rules)
    if verdict.holds_template is not None:
        return None  # (a figure that holds: the asker's case, given next, says all that matters)
    newer = verdict.newer
    if newer is not None and years_of(newer) == claim.years and newer.get("required_certificate_level") == claim.held:
        # "聽說現在有些機構改成五級後3年就能考四級": the newer generic conditions some bodies use, not a mistake
        w = lambda key, **values: templates.text(lang_code, "eligibility", key, **values)  # noqa: E731
        lang = "en" if lang_code == "en" else "zh"
        template = verdict.template
        return w("heard_figure_newer", newer=newer.get(f"text_{lang}") or newer.get("text_en"), id=newer.get("id"),
                 years=plain_number(years_of(template)) if template is not None else "", template_id=template.id if template is not None else "")
    return _claim_reply(claim, None, lang_code, rules, templates, caveat=False)


def _claim_reply(claim, mark: str | None, lang_code: str, rules: RuleSet, templates: Templates, caveat: bool = True,
                 words: str = "") -> str | None:
    """A claim of years and levels, checked: the verdict, the routes beside it, the newer conditions, the caveat."""
    if claim is None:
        return None
    w = lambda key, **values: templates.text(lang_code, "eligibility", key, **values)  # noqa: E731
    lang = "en" if lang_code == "en" else "zh"
    status = lambda c: w("status_confirmed" if c.confirmed else "status_unconfirmed")  # noqa: E731
    verdict = check(claim, rules)
    template, newer = verdict.template, verdict.newer
    level = rules.level_name(claim.level, lang)
    after = _route_after_a_certificate(claim, rules) if template is None and not said_without_certificate(words) else None
    if after is not None:
        # ("我跟学员说三级要五年 对吗"): the years are those after the certificate below it, not from the start
        lines = [w("rule_check_after_which_certificate", years=plain_number(claim.years), held=rules.level_name(after.required_certificate_level, lang),
                   clause=after.text(lang).rstrip("。."), id=after.id, status=status(after))]
        lines += _other_routes_said(claim, after, True, rules, lang, w, status)
        template, newer = after, check(replace(claim, held=after.required_certificate_level), rules).newer
    elif template is None:
        # (not a route that starts from a preparatory-technician certificate and a school: "唔使證都考到二級 只要做夠十年"
        # has no route, whatever the school's)
        if claim.training or claim.preparatory or not said_without_certificate(words) \
                or any(c.required_certificate_level == claim.held and not c.requires_preparatory_technician_certificate
                       for c in rules.levels.get(claim.level, ())):
            return None  # a route this reading does not follow (school, training): the full answer
        # ("没证干满十年就能考二级 对吗": no; the routes there are, and the newer conditions' for that level)
        sep = "；" if lang == "zh" else "; "
        lines = [w("rule_check_no_route", level=level),
                 w("rule_check_routes_are", level=level,
                   routes=sep.join(f"{c.text(lang).rstrip('。.')}（{c.id}）" if lang == "zh" else f"{c.text(lang).rstrip('。.')} ({c.id})"
                                   for c in rules.levels.get(claim.level, ())))]
        newer_routes = alternative_conditions(rules.path).get(claim.level) or []
        if newer is None and newer_routes:
            lines.append(w("rule_check_newer_routes", level=level,
                           routes=sep.join((a.get(f"text_{lang}") or a.get("text_en") or "").rstrip("。.") for a in newer_routes)))
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
    unconfirmed = not template.confirmed if template is not None else any(not c.confirmed for c in rules.levels.get(claim.level, ()))
    if unconfirmed and caveat:  # (beside the asker's case, its caveat says it)
        lines.append(w("rule_check_template_caveat"))
    return "\n".join(lines)



def _route_after_a_certificate(claim, rules: RuleSet):
    """The route to the claim's level whose years after a certificate are the claim's, when the claim names no
    certificate ("三级要五年": five years after level 4); None when none or the claim says more."""
    if claim.held is not None or claim.years is None or claim.training or claim.preparatory:
        return None
    return next((c for c in rules.levels.get(claim.level, ()) if c.required_certificate_level is not None and not c.education
                 and not c.requires_formal_training and not c.requires_preparatory_technician_certificate
                 and years_of(c) == claim.years), None)


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
