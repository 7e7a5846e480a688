"""Eligibility replies from a understood Request and the kept profile: a decision for one level, the
overview for "which level can I take / how do I get to the top", or a question for exactly the facts
that decide it. The engine decides; nothing here guesses a fact the person did not give."""
from __future__ import annotations

import re
from datetime import date
from dataclasses import replace

from bot import clock
from bot.answering.conversation import Conversation
from bot.answering.people import is_asker, part_about
from bot.answering.understanding import ADD_UP_ASKED, ADULT_AGE, AGE_AWAITED, LIVE_SELLING_AGE, TO_LEVEL, asks_which_level, job_types_in, levels_between_asked, Request, age_stated, ages_in_digits, asks_if_training_is_needed, asks_training_hours, without_hours_asked, corrects_itself, levels_named, other_certificate_in, other_work_in
import bot.eligibility.vocabulary as vocab
from bot.eligibility.profile import counted_month, has_dated_stretch, levels_held, months_later
from bot.eligibility.engine import Decision
from bot.eligibility import NO_CERTIFICATE, Profile, evaluate, parse_profile, render_decision, render_question, render_requirements
from bot.eligibility.overview import alternative_conditions, alternative_open, newer_after_certificate, newer_routes_to, overview
from bot.eligibility.supposed import openings
from bot.eligibility.timeline import dated_profile
from bot.eligibility.render import _Writer, dated_routes, earliest_date, earliest_route, just_under, plain_number, shut_through
from bot.eligibility.render_overview import newer_level5_if_16, render_newer_conditions, render_overview
from bot.language import mandarin_words, to_simplified
from bot.texts import Templates
from bot.types import Source

OVERVIEW_ACTS = ("eligibility_highest", "eligibility_route", "statement")


# How high the asker can go ("能考几级", "最高能考到", "whats the highest i can get")
# Whether something was a must at all, asked ("是不是一定要…", "必须…吗", "do I have to")
_MUST_IT_BE = re.compile(r"一定要|一定得|必须|非得|是不是要|使唔使|\bhave\s+to\b|\bmust\b|\brequired\b", re.I)
# Whether the years in another job type of this occupation still count, asked ("換咗工種之前嘅年期仲計唔計", "转了工种以前的
# 年限还算吗", "do my years as a host count now that I'm a selector")
_YEARS_ACROSS_JOB_TYPES = re.compile(r"(?:换|转|改)(?:了|咗|过)?(?:个)?工种[^。？?]{0,12}(?:年限|年期|年资|经验|工作年)[^。？?]{0,4}(?:还|仲|也)?(?:算|计|有效)"
                                     r"|\b(?:years?|time)\b[^.?]{0,30}\b(?:other|another|previous|old)\s+job\s+type\b[^.?]{0,12}\bcount", re.I)
_HOW_HIGH_ASKED = re.compile(r"(?:能|可以)?考(?:到)?几级|最高(?:能|可以)?(?:考|报)?(?:到)?(?:几级|哪级|哪一级|多少级)?|\bhighest\b|\bhow (?:high|far)\b|\btop level\b")
# Work told as going on since the certificate ("后来一直做电话销售", "been in sales ever since"), and this occupation's own
# work named in it ("platform admin work")
_BACK_AFTER = re.compile(r"回来|返来|返嚟|重新|又(?:开始|回|做|干|播)|\bback\b|\breturned\b", re.I)
_WORK_SINCE = re.compile(r"一直|之后|之後|后来|後來|\bsince\b|\bever since\b|\bthe whole time\b", re.I)
_THIS_WORK = re.compile(r"平台管理|platform\s+admin|选品员|直播销售员|视频创推员|\bteacher\b.{0,20}\btold\b", re.I)


class EligibilityReplies:
    def __init__(self, rules, templates: Templates):
        self.rules = rules
        self.templates = templates

    def reply(self, request: Request, conversation: Conversation, lang_code: str) -> tuple[str, list[Source], object]:
        """(text, sources, decision-or-None); updates the conversation's profile with the stated facts.
        Notes on the certificate named (another occupation's, an association's) come first."""
        facts, notes = self._certificate_notes(request, conversation, lang_code)
        if request.supposed is not None:
            self.remember(request, conversation)
            text, sources, decision = self._after_supposed_certificate(request, conversation, lang_code)
        else:
            text, sources, decision = self._reply(request, facts, conversation, lang_code)
        known = conversation.profile
        dated_apart = bool(conversation.other_work) and any(
            conversation.other_work in said and vocab.DATE_RANGE.search(said) for said in (to_simplified(q) for q, _ in conversation.history))
        if conversation.other_work and known is not None and known.years_total_from_date \
                and (known.break_taken_out or ((known.stretches_added or dated_apart) and known.years_since_certificate is None)):
            # ("March 2019 – Feb 2021 …, then 2 yrs in a bakery, then back … from Jan 2024", "2020年做过半年主播 后来进厂了
            # 今年5月又回来播", "2020年1月到2021年12月喺淘寶做客服" then "2022年6月開始做直播": the other work is taken out)
            other = self.templates.text(lang_code, "eligibility", "note_other_work", work=conversation.other_work)
            notes = [note for note in notes if note != other]
        if conversation.third_party:  # "按你说的学员的情况", never "你持有…" about someone else
            text = text.replace(self.templates.text(lang_code, "eligibility", "understood", facts="").rstrip("。."),
                                self.templates.text(lang_code, "eligibility", "understood_third_party",
                                                    who=_who_in(conversation.third_party, lang_code)), 1)
            text = _about_them(text, lang_code)
        if known is not None and (required := self._short_training(known)):
            trained_for = self.rules.level_name(known.formal_training_level, "en" if lang_code == "en" else "zh")
            if trained_for in text:  # (a reply on that level)
                notes.append(self.templates.text(lang_code, "eligibility", "note_training_hours_short",
                                                 hours=known.training_hours, required=required, level=trained_for))
        if request.more_years:
            notes.append(self.templates.text(lang_code, "eligibility", "note_more_years", years=plain_number(request.more_years)))
            # (a date counted from today means nothing under "after two more years": none is said)
            for key in ("overview_from_about", "overview_from_year"):
                dated = re.escape(self.templates.text(lang_code, "eligibility", key, year="YYYY", month="MM").strip())
                text = re.sub(r"\s*" + dated.replace("YYYY", r"\d{4}").replace("MM", r"\d{1,2}"), "", text)
        if known is not None and known.certificate_day is not None:
            text = _to_the_day(text, known.certificate_day, clock.today(), lang_code)
        if _FASTER_ASKED.search(mandarin_words(request.question).lower()) and (faster := self._faster_route(decision, lang_code)):
            notes.insert(0, faster)  # "which route gets me to level 3 faster": the routes, soonest first
        job = known.job_type if known is not None else None
        if job is not None and request.act == "eligibility_highest" and _HOW_HIGH_ASKED.search(mandarin_words(request.question).lower()) \
                and min(self.rules.job_type(job).levels) > 1:
            # ("平台管理员能考几级", "whats the highest i can get"): where the job type ends, beside the case
            ceiling = self.ceiling_text(self.rules.job_type(job), lang_code)
            if ceiling[:12] not in text:
                text += "\n" + ceiling
        lead, _, rest = text.partition("\n")
        if notes and lead.startswith(self.templates.opening(lang_code, "eligibility", "verdict_certificate_first")):
            # ("我做咗十幾年銷售" then "有冇得直接考一級㗎？": no route without that certificate, said first; the notes
            # on the work and the certificate after it)
            return "\n".join([lead, *notes, rest] if rest else [lead, *notes]), sources, decision
        return "\n".join([*notes, text]), sources, decision

    def _faster_route(self, decision, lang_code: str) -> str | None:
        """The routes the figures given decide, soonest first, when two or more are dated ("L3-C met now; L3-A about
        1/2027"); None otherwise."""
        if not isinstance(decision, Decision):
            return None
        routes = dated_routes(decision)
        if len(routes) < 2:
            return None
        today = clock.today()

        def when(at) -> str:
            if at <= today:
                return self.templates.text(lang_code, "eligibility", "faster_route_now")
            return self.templates.text(lang_code, "eligibility", "faster_route_at", year=at.year, month=at.month)
        others = ("; " if lang_code == "en" else "；").join(f"{route} {when(at)}" for at, route in routes[1:])
        return self.templates.text(lang_code, "eligibility", "faster_route", first=routes[0][1], when=when(routes[0][0]), others=others)

    def _short_training(self, profile: Profile) -> int | None:
        """The reference hours of the level trained for, when the course said had fewer ("60-hour" for level 1's 72)."""
        level = profile.formal_training_level
        if not profile.formal_training or profile.training_hours is None or level not in self.rules.training_hours:
            return None
        required = self.rules.training_hours[level]
        return required if profile.training_hours < required else None

    def ceiling_text(self, job, lang_code: str) -> str:
        """"平台管理员工种最高可以考到三级/高级工（…）", and, below the top level, where the levels above it are."""
        code = "zh" if lang_code != "en" else "en"
        joiner = "、" if code == "zh" else ", "
        top = min(job.levels)
        text = self.templates.text(lang_code, "answers", "track_top", job=job.name(code), top=self.rules.level_name(top, code),
                                   levels=joiner.join(self.rules.level_name(level, code) for level in sorted(job.levels, reverse=True)))
        if top > 1:  # (the platform administrator: the job types that go higher)
            others = [j.name(code) for j in self.rules.job_types if min(j.levels) < top]
            text += self.templates.text(lang_code, "answers", "track_top_switch", others=joiner.join(others))
        return text

    def _after_supposed_certificate(self, request: Request, conversation: Conversation, lang_code: str):
        """"如果我今年考到五级，几时可以考四级？": each route to the level asked, dated from that certificate
        (and from the years said, where those open it sooner), the newer conditions beside, who decides."""
        held, months = request.supposed
        asked = [level for level in request.levels if level != held]
        target = asked[0] if asked else held - 1
        profile = conversation.profile or Profile()
        w = _Writer(self.rules, lang_code, self.templates)
        today = clock.today()
        obtained = months_later(today, months)
        found = openings(self.rules, held, target, obtained, profile, today) if target >= 1 else []
        # ("平台管理员可唔可以一路考上一级" then "佢考完三级之后仲有咩路行"): a job type without the level has no date for it
        named = job_types_in(request.question + " " + (conversation.last_question or ""))
        job = profile.job_type or (next(iter(named)) if len(named) == 1 else None)
        if job is not None and target >= 1 and target not in self.rules.job_type(job).levels:
            return self.ceiling_text(self.rules.job_type(job), lang_code), [], None
        if not found:
            return self._reply(request, replace(request.facts, target_level=target), conversation, lang_code)
        first = next((o for o in found if o.condition is not None and o.condition.education is None), found[0])
        # (the newer conditions sooner than the template's years-only route: the head says which one it dates, not
        # "at the earliest" above an earlier date; a diploma's route is said as needing it, below)
        sooner = any(o.when < first.when and o.condition is None for o in found)
        lines = [w.t("supposed_head_years_only" if sooner else "supposed_head", held=w.level(held), target=w.level(target), year=obtained.year, month=obtained.month,
                     first_year=first.when.year, first_month=first.when.month)]
        for opening in found:
            key = ("supposed_newer" if opening.from_certificate else "supposed_newer_years_said") if opening.condition is None \
                else "supposed_years_said" if not opening.from_certificate \
                else "supposed_with_diploma" if opening.condition.education is not None else "supposed_route"
            condition = opening.condition
            lines.append(w.t(key, year=opening.when.year, month=opening.when.month,
                             id=condition.id if condition is not None else opening.newer["id"],
                             summary=w.summary(condition) if condition is not None else "",
                             years=w.years(float(opening.newer.get("min_years_after_certificate")
                                                 or opening.newer.get("min_years_total_experience"))) if opening.newer else ""))
        facts_line = w.facts(profile)
        if facts_line:
            lines.append(facts_line)
        lines.append(w.t("overview_caveat"))
        sources = [w.source(o.condition) for o in found if o.condition is not None][:2]
        conversation.last_level = target
        return "\n".join(lines), sources, None

    def for_each(self, people, request: Request, lang_code: str, named: list[str] | None = None,
                 told: tuple[str, ...] = ()) -> tuple[str, list[Source]]:
        """"A：五级证书2022年11月…B：没有任何证书…两位都想考四级": each person's case decided apart, under their label;
        a level asked for one of the people named is asked for that one ("can Lily go for 三级, and Tom for 二级?").
        `told`: the messages the people were told in, for what each person's own part says (another occupation's
        certificate: "staff 2: 电子商务师 level 4 from 2021" is counted as related, which the evaluation body decides)."""
        labels = [label for label, _ in people]
        common = request.level or request.facts.target_level
        understood = self.templates.text(lang_code, "eligibility", "understood", facts="").rstrip("。.")
        blocks, sources = [], []
        for label, facts in people:
            part = part_about(label, request.question, named) if named and len(named) > 1 else ""
            own = levels_named(part) if part else ()
            # ("A能考几级 B能不能考三级": A's own part asks which level, so A gets every level, not B's level 3)
            target = own[0] if len(own) == 1 else None if part and not own and asks_which_level(part) else common
            if target is not None:
                decision = evaluate(replace(facts, target_level=target), self.rules)
                text, found = render_decision(decision, self.rules, lang_code, self.templates)
                if decision.status == "not_yet" and facts.has_personal_facts:
                    # ("阿B 冇任何證 做咗7年" asked about level 3: level 4 is open now, said beside the "not yet")
                    text = self._with_what_is_open(text, decision, facts, lang_code)
                if named and len(named) == 1 and decision.status in ("not_yet", "cannot_tell"):
                    # (the one asked about, not open yet on the template: the newer conditions where they differ, as
                    # for the asker)
                    text = self._with_newer_route(text, decision, lang_code)
            else:
                text, found = render_overview(overview(replace(facts, target_level=None), self.rules), self.rules,
                                              lang_code, self.templates)
            other = next((name for message in told if (name := other_certificate_in(part_about(label, message, labels)))), None)
            if other and facts.certificate_level not in (None, NO_CERTIFICATE):
                text = self.templates.text(lang_code, "eligibility", "note_related_certificate", certificate=other) + "\n" + text
            parts = [part_about(label, message, labels) for message in told]
            work = next((work for part in parts if (work := other_work_in(part))), None)
            # (not other work done between two stretches of this work, taken out as a break: "又去送外卖半年，现在回来又干了8个月")
            between = any(work and work in part and _BACK_AFTER.search(part[part.index(work):]) for part in parts)
            if work and facts.years_total and not between:
                # ("A 做了7年淘宝客服 没证"): whether that work counts as related is the evaluation body's, as for the asker
                text = self.templates.text(lang_code, "eligibility", "note_other_work", work=work) + "\n" + text
            # ("我对象" said by the asker is "你对象" said back; "my cousin", "your cousin")
            label = re.sub(r"^我(?=\S)", "你", re.sub(r"^my\b", "your", label, flags=re.I)) if not is_asker(label) else label
            who = self.templates.text(lang_code, "eligibility", "person_you") if is_asker(label) else label
            if not is_asker(label):
                text = _about_them(text.replace(understood, self.templates.text(
                    lang_code, "eligibility", "understood_third_party", who=label), 1), lang_code)
            blocks.append(self.templates.text(lang_code, "eligibility", "person_heading", who=who) + "\n" + text)
            sources += [s for s in found if s not in sources]
        return "\n\n".join(blocks), sources

    def remember(self, request: Request, conversation: Conversation) -> None:
        """Keep the facts a message states even when its reply is not an eligibility one ("I only finished
        初中 but I'm L2 since Aug 2022: is there a minimum education for level 1?")."""
        said = request.facts if request.facts.has_personal_facts else request.stated
        earlier = conversation.profile
        if earlier is not None and earlier.certificate_level not in (None, NO_CERTIFICATE) and earlier.job_type \
                and said.job_type not in (None, earlier.job_type) and said.certificate_level is None and said.target_level is None \
                and request.level is None and not request.switch_job_type:
            # "我二级证书是直播销售员" then "这两年主要在公司做平台管理员": work in another job type of the same
            # occupation; the certificate's job type is the one its next level is judged in (a level asked in the
            # other job type names that one)
            said = replace(said, job_type=earlier.job_type)
        # "唔係 等等 係2022年3月先攞到張證": a date that corrects the certificate's, after one was said
        redated = said.certificate_age is not None and conversation.profile is not None \
            and conversation.profile.certificate_age is not None and corrects_itself(request.question)
        # (the school a student attends too, and its year: "唔係應屆，仲有兩年先畢業")
        if said.has_personal_facts or redated or said.studying_at or said.final_year is not None:
            facts = self._years_over_turns(replace(said, target_level=None), conversation, request.question,
                                           request.other_work)
            conversation.profile = _merged(conversation.profile, facts, request.question)
            # (dated stretches said in a message answered as a question of fact are counted as in any other)
            conversation.profile = self._dated_timeline(conversation.profile, conversation, request.question)

    @staticmethod
    def _years_over_turns(facts: Profile, conversation: Conversation, question: str, other_work: str | None = None) -> Profile:
        """The years a message states, read against the years said before (see _with_earlier_years);
        a larger earlier figure the new one may be part of is kept as the other reading."""
        earlier = conversation.profile
        if earlier is not None and earlier.break_taken_out and earlier.years_total_from_date and earlier.years_total is not None \
                and facts.years_total_from_date and facts.years_total is not None and facts.years_total < earlier.years_total \
                and _RESTARTED.search(question) and not corrects_itself(question):
            # "2019年开始…" then "2021年中断了一年" then "2022年返来做到现在": the restart lies inside the years
            # already counted from the first start, less the break; it neither replaces nor adds to them
            return replace(facts, years_total=earlier.years_total, years_total_from_date=True, break_taken_out=True,
                           years_total_at_most=earlier.years_total_at_most)
        if facts.break_years and earlier is not None and earlier.years_total is not None and not earlier.years_total_from_date \
                and _AFTER_THAT.search(question) and not _BETWEEN.search(question) and facts.years_total is None \
                and ((dated_before := any(has_dated_stretch(to_simplified(q)) for q, _ in conversation.history))
                     or not (earlier.break_taken_out or earlier.stretches_added or earlier.years_total_before)):
            # "2019年到2021年底在快手做直播" then "然后停了两年多在家带娃": the break came after the stretch, not inside it;
            # so too after a stretch said as a figure ("2019年喺淘寶直播做咗一年半" then "之後返鄉下湊仔停咗兩年"), and work
            # dated after a return is added to it ("2023年3月再開始喺視頻號播 到而家")
            # (a stretch between dates is added to a return as before; one said as a figure, through `stopped_after`)
            facts = replace(facts, break_years=None, stopped_after=None if dated_before else True)
        if facts.break_years and earlier is not None and earlier.years_total is not None and not earlier.years_total_from_date \
                and (_NOT_CONTINUOUS.search(question) or any(_TOTAL_CUE.search(to_simplified(q)) for q, _ in conversation.history[-3:])):
            # "没证 做电商运营加直播 加起来六年整" then "中间断过一年 不是连续的": a total of the years worked, the
            # break already outside it (a figure said as a span, "since 2019", still loses it)
            facts = replace(facts, break_years=None)
        if facts.break_years and _BETWEEN.search(question) and any(_ADDED_CUE.search(q) for q, _ in conversation.history) \
                and not (earlier is not None and earlier.years_total_from_date and not earlier.stretches_added):
            # (not inside one span counted from its start: "20年11月进的MCN…后来慢慢也自己拍带货视频" then "22年中间有3个月没上班")
            # "兩年客服…跟住做直播三年" then "中間有半年冇做嘢": the break lies between the stretches, which were
            # added up; it takes nothing out of either
            facts = replace(facts, break_years=None)
        if earlier is not None and earlier.other_years and not earlier.years_total and facts.years_total is not None \
                and abs(facts.years_total - earlier.other_years) < 0.01 and not _FIELD_WORK.search(question) \
                and not corrects_itself(question):
            # ("做咗廚師十年，而家想轉行做直播" then "可唔可以因為有十年工作經驗直接考高級工？"): the other work's years said
            # again, not years of this work
            return replace(facts, years_total=earlier.years_total, other_years=earlier.other_years)
        if other_work and facts.years_total is not None and earlier is not None and earlier.years_total is not None \
                and not _FIELD_WORK.search(_without_employer(question, other_work)) and not corrects_itself(question):
            # "做咗八个月直播" then "之前喺商场做咗两年售货员": the later years are other work, said beside
            return replace(facts, years_total=earlier.years_total, other_years=facts.years_total,
                           years_total_from_date=earlier.years_total_from_date)
        if conversation.other_work and not other_work and facts.years_total is not None and facts.years_total_from_date \
                and earlier is not None and earlier.years_total is not None and earlier.other_years is None \
                and _FIELD_WORK.search(question) and not corrects_itself(question):
            # "在电子厂干了三年质检，跟直播不沾边" then "2023年10月才转行去视频号带货，干到现在": the earlier years were
            # the other work, set apart; the years since the date are this work (a stretch said as a figure,
            # "跟住转咗做直播，做咗三年", is added to them as before, with the note on the other work)
            if earlier.years_total_from_date and earlier.years_total > facts.years_total and re.search(vocab.JOB_CHANGE, question):
                # "我18年開始做微商" then "20年轉做抖音直播": the other work ran from its start to the switch
                return replace(facts, other_years=round(earlier.years_total - facts.years_total, 4))
            return replace(facts, other_years=earlier.years_total)
        # a past stretch of this work ("之前喺深圳做咗兩年直播"), not other work left behind ("以前在商场做了5年导购")
        # or a stretch between two dates ("did live selling for a Shopee brand 2022–2024"); read only when a
        # stretch now is said after earlier years
        said_before = earlier is not None and earlier.years_total is not None and bool(_NOW_AGAIN.search(question)) and any(
            (_PAST_WORK.search(said) or has_dated_stretch(said)) and re.search(vocab.FIELD_WORK, said.lower())
            and not re.search(vocab.OTHER_WORK, said) for said in (to_simplified(q) for q, _ in conversation.history))
        now_said_before = any(_WORK_NOW_AT.search(to_simplified(q)) for q, _ in conversation.history[-2:])
        result = _with_earlier_years(facts, earlier, question, said_before, now_said_before)
        if result.years_total != facts.years_total and (result.back_after_break or result.years_total_before):
            # (added to the earlier years here: not once more in the merge)
            result = replace(result, back_after_break=None, years_total_before=None)
        if facts.years_total is not None and earlier is not None and earlier.years_total is not None:
            replaced = result.years_total == facts.years_total and earlier.years_total > facts.years_total
            corrected = corrects_itself(question)
            # ("之前在实体店卖手机干了5年", "后来转做直播卖手机 一年半了", then "加起来6年多 能直接报四级吗"): the sum
            # said again, rounded down, is the same years, not a second figure beside them
            restated = bool(_ADDED_UP_SAID.search(to_simplified(question))) and bool(_ROUNDED_DOWN.search(to_simplified(question))) \
                and earlier.years_total - facts.years_total < 1
            conversation.earlier_years = earlier.years_total if replaced and not corrected and not restated else None
        return result

    @staticmethod
    def _dated_timeline(profile: Profile, conversation: Conversation, question: str) -> Profile:
        """Dates across the messages that show a stretch out of this work ("2020年9月入行" … "2022年3月到
        2023年9月轉咗去酒樓" … "之後返嚟做到而家"): the years of this work are the stretches around it. Not
        when a message corrects an earlier one or states a total itself."""
        said = [to_simplified(q) for q, _ in conversation.history] + [to_simplified(question)]
        if conversation.third_party and conversation.own_case is not None:
            # ("我喺廣州做直播…中間停咗半年…" then "我同事阿芬就有五級證…": the asker's case set aside, the dates from
            # where the other one was named on are theirs; the asker's before are not)
            named = [n for n, q in enumerate(said) if conversation.third_party in q]
            said = said[named[0]:] if named else said
        if any(_TOTAL_CUE.search(q) for q in said):
            return profile
        kept: list[str] = []
        for q in said:
            swapped = _date_swapped(q, kept)
            if swapped is not None:
                kept = swapped  # "哦不对 离职是2021年底 不是2022年底": that date, where it was said, and nothing else
                continue
            if corrects_itself(q) and not (kept and _DATED.search(kept[-1]) and _DATED.search(q)):
                return profile
            if corrects_itself(q):
                kept.pop()  # "21年底停了一年多" then "说错了 是22年底停的，24年3月回来接着播": the dates said again replace it
            kept.append(q)
        return dated_profile(profile, kept, clock.today())

    def _certificate_notes(self, request: Request, conversation: Conversation, lang_code: str) -> tuple[Profile, list[str]]:
        facts = replace(request.facts, target_level=None)
        notes = []
        earlier = conversation.profile or Profile()
        held = (facts.certificate_level or facts.holds_certificate or facts.years_since_certificate is not None
                or earlier.certificate_level or earlier.holds_certificate)
        # ("係協會發嘅" then "個證計唔計？": the association's certificate asked about, whether a level was said or not)
        held = held or (conversation.association_certificate and bool(_WHETHER_IT_COUNTS.search(request.question)))
        if conversation.association_certificate and held:
            # An association's certificate is not a skill-level certificate: decide without it.
            # (held as none, as the note says: no question about a certificate follows; unless a real one is named beside
            # it, "一張係協會嘅證 一張係四級職業技能等級證書", whose level is then asked)
            said = [request.question, *(q for q, _ in conversation.history)]
            real_one = any(_A_REAL_CERTIFICATE.search(to_simplified(q)) for q in said)
            dropped = dict(certificate_level=None if real_one else NO_CERTIFICATE, years_since_certificate=None, holds_certificate=None)
            facts = replace(facts, **dropped)
            if conversation.profile is not None:
                conversation.profile = replace(conversation.profile, **dropped)
            notes.append(self.templates.text(lang_code, "eligibility", "note_association_certificate"))
        elif conversation.other_certificate and held:
            notes.append(self.templates.text(lang_code, "eligibility", "note_related_certificate",
                                             certificate=conversation.other_certificate))
        elif held and earlier.certificate_level and earlier.job_type and facts.job_type and facts.job_type != earlier.job_type:
            # "我选品员二级证拿了4年" then "想考直播销售员一级可以吗": the certificate is of another job type
            lang = "en" if lang_code == "en" else "zh"
            held_job = self.rules.job_type(earlier.job_type)
            # (Platform Administrator level 3 held, level 2 asked in another job type: going up in the one held is no route)
            past_its_top = request.level is not None and request.level < min(held_job.levels)
            notes.append(self.templates.text(lang_code, "eligibility",
                                             "note_certificate_past_its_top" if past_its_top else "note_certificate_other_job_type",
                                             held=held_job.name(lang), job=self.rules.job_type(facts.job_type).name(lang),
                                             top=self.rules.level_name(min(held_job.levels), lang)))
        # (a total said later holds the other work told before it: "两年柜姐 一年微商 然后带货两年" then "加起来5年")
        set_apart = facts.other_years or (earlier.other_years and facts.other_years is None) or conversation.earlier_years is not None
        # ("营销员四级证（2019年拿的），一直在做销售，今年转做直播": the years since the certificate run through it)
        # ("持有营销员五级，取得后在门市销售三年": the years since are the other work's)
        through_other = facts.years_total is None and bool(facts.years_since_certificate) \
            and (bool(facts.worked_since_certificate) or bool(request.other_work))
        # ("之后一直做销售，2022年开始转做直播": the years since the certificate run through the other work too)
        recent = bool(earlier.recent_part) and bool(earlier.years_since_certificate)
        # (the same told before the question, work all along since the certificate, its date told before:
        # "…后来一直做电话销售，今年3月开始做直播" then "那三级我能报吗"; not other work told as the break, "worked 8
        # months at a factory, wasn't streaming then", already left out)
        off = any(bool(p.break_taken_out or p.break_years) for p in (facts, earlier))
        # (only where that work was told as the work since: "营销员四级 2021年发的。后来一直做电话销售"; not a major,
        # "念的是會計", nor someone named, "Teacher from my old 技师学院 told me", nor this occupation's own work)
        told_since = bool(conversation.other_work) and any(
            conversation.other_work in said and _WORK_SINCE.search(said) and not _THIS_WORK.search(said)
            for said in (to_simplified(q) for q, _ in conversation.history))
        through_other = through_other or (earlier.years_total is None and bool(earlier.worked_since_certificate)
                                          and bool(earlier.years_since_certificate) and not off and told_since)
        if conversation.other_work and (facts.years_total or earlier.years_total or through_other or recent) \
                and not set_apart:
            # (other years set apart are not counted, and the other reading says what they would open)
            notes.append(self.templates.text(lang_code, "eligibility", "note_other_work", work=conversation.other_work))
        if _YEARS_ACROSS_JOB_TYPES.search(mandarin_words(to_simplified(request.question)).lower()):
            # ("換咗工種之前嘅年期仲計唔計㗎？我想考選品員四級"): the years in another job type of this occupation count
            notes.append(self.templates.text(lang_code, "eligibility", "note_years_across_job_types"))
        if facts.break_ahead:  # ("下个月要生宝宝了 要休大半年 明年再考会不会亏"): the years worked stay; the dates move
            notes.append(self.templates.text(lang_code, "eligibility", "note_break_ahead", months=round(facts.break_ahead * 12)))
        if conversation.abroad and (facts.has_personal_facts or earlier.has_personal_facts):
            notes.append(self.templates.text(lang_code, "eligibility", "note_abroad"))
        return facts, notes + self._age_note(request, lang_code, conversation)

    @staticmethod
    def _age_said(request: Request, conversation: Conversation) -> int | None:
        """The asker's age, said in this message or an earlier one ("I'm 28, just got 五级 last month")."""
        # (or a young person's age said as the understanding reads it: "My daughter is 16 and just finished…")
        return latest_said(conversation, lambda text: _any_age(text) or age_stated(text), request.question)

    def _age_note(self, request: Request, lang_code: str, conversation: Conversation | None = None) -> list[str]:
        age = request.age
        if age is None and conversation is not None:
            # "我今年17歲…" then "需要家長同意嗎？": the age said before; an age under 16 said before always
            # ("有个学员才15岁，初三刚毕业" then "想报五级，可以吗？")
            earlier = latest_said(conversation, age_stated)
            if earlier is not None and (earlier < 16 or _ASKS_ABOUT_AGE.search(request.question)):
                age = earlier
        if age is None or (age >= 18 and not _AGE_LIMIT_ASKED.search(request.question)):
            return []  # an adult's age said in passing is told back with a route's date, not as a rule on age
        key = "note_age_under_16" if age < 16 else "note_age"
        return [self.templates.text(lang_code, "eligibility", key, age=age)]

    def requirements(self, request: Request, lang_code: str, conversation: Conversation | None = None) -> tuple[str, list[Source]]:
        """The conditions of the level a rule question names ("im 17, can i take level 5?" also hears
        about age; "they said I need 中专" … "is that a real rule for level 5?" hears that schooling is no bar)."""
        job = parse_profile(request.question).job_type
        held = conversation.profile if conversation is not None else None
        if job is None and held is not None and held.certificate_level not in (None, NO_CERTIFICATE):
            job = held.job_type  # "平台管理員三級我攞咗喇" then "幾時可以考二級?": the job type of the certificate held
        # the newer generic conditions beside the template's ("someone told me 3 years": one of them)
        text, sources = render_requirements(request.level, self.rules, lang_code, self.templates, job_type=job,
                                            newer=render_newer_conditions(request.level, self.rules, lang_code, self.templates))
        recent = [to_simplified(q) for q, _ in (conversation.history[-2:] if conversation is not None else [])] + [request.question]
        schooling = request.level == 5 and any(_SCHOOLING_SAID.search(said) for said in recent)
        notes = [self.templates.text(lang_code, "eligibility", "note_basic_education")] if schooling else []
        if request.level is not None and _ASKS_IF_TRAINING_REQUIRED.search(request.question) \
                and not any(c.requires_formal_training for c in self.rules.levels[request.level]):
            # "五级是不是一定要先参加培训满120学时才能报？": the answer is no, then the conditions
            lang = "en" if lang_code == "en" else "zh"
            notes.append(self.templates.text(lang_code, "eligibility", "rule_training_not_required",
                                             level=self.rules.level_name(request.level, lang),
                                             hours=self.rules.training_hours[request.level]))
        wait = self._wait_after_certificate(request, lang_code)
        if wait:  # "拿到五级以后，隔多久才能报四级？": the wait itself first, then every route
            notes.insert(0, wait)
        final_year = self._final_year_routes(request, lang_code)
        if final_year:  # "does the 'level 4 + technician college' route also cover final-year students?"
            notes.insert(0, final_year)
        # ("im 15 in 初三" then "can i take level 5? my cousin says u need to be 18": the age said before too)
        return "\n".join([*self._age_note(request, lang_code, conversation), *notes, text]), sources

    def _final_year_routes(self, request: Request, lang_code: str) -> str:
        """Which of a level's school routes take students still in their final year, when that is what is asked."""
        if request.level is None or not _ASKS_FINAL_YEAR.search(request.question):
            return ""
        schooled = [c for c in self.rules.levels[request.level] if c.education is not None]
        if not schooled:
            return ""
        lang = "en" if lang_code == "en" else "zh"
        with_them = [c.id for c in schooled if c.education.includes_final_year_students]
        without = [c.id for c in schooled if not c.education.includes_final_year_students]
        key = "rule_final_year_some" if with_them and without else "rule_final_year_all" if with_them else "rule_final_year_none"
        return self.templates.text(lang_code, "eligibility", key, level=self.rules.level_name(request.level, lang),
                                   included="/".join(with_them), excluded="/".join(without))

    def _wait_after_certificate(self, request: Request, lang_code: str) -> str:
        """How long after the level below a level opens, under the template and the newer conditions, when
        that is what is asked ("how long after level 5 can I take level 4?")."""
        level = request.level
        if level is None or not _ASKS_WAIT.search(request.question):
            return ""
        template = next((c for c in self.rules.levels[level] if c.required_certificate_level == level + 1
                         and c.min_years_after_certificate and not c.education and not c.requires_formal_training), None)
        if template is None:
            return ""
        newer = next(iter(newer_after_certificate(level, level + 1, self.rules)), None)
        lang = "en" if lang_code == "en" else "zh"
        said = dict(held=self.rules.level_name(level + 1, lang), level=self.rules.level_name(level, lang),
                    years=plain_number(template.min_years_after_certificate), id=template.id)
        key = "rule_wait_after_certificate"
        if newer is not None:
            said.update(newer_years=plain_number(newer["min_years_after_certificate"]))
            key = "rule_wait_after_certificate_newer"
        return self.templates.text(lang_code, "eligibility", key, **said)

    def _reply(self, request: Request, facts: Profile, conversation: Conversation, lang_code: str):
        if request.hypothetical_training:  # "what if I take a training class?": asked, not done
            facts = replace(facts, formal_training=None, formal_training_level=None)
        facts = self._years_over_turns(facts, conversation, request.question, request.other_work)
        broke_before = conversation.profile is not None and bool(conversation.profile.break_taken_out)
        profile = _merged(conversation.profile, facts, request.question)
        conversation.profile = profile = _work_through_certificate(self._dated_timeline(profile, conversation, request.question))
        if profile.break_taken_out and not broke_before:
            conversation.earlier_years = None  # the years before a break was taken out are no second figure of the work
        if self._short_training(profile):  # ("a 60-hour 高级技师 prep course": fewer hours than the level's, not counted)
            profile = replace(profile, formal_training=False)
        if request.hypothetical_training:  # "what if I finish the training first?": asked, not stated
            profile = replace(profile, formal_training=True, formal_training_level=None)
        if request.more_years and _AFTER_GRADUATING.search(request.question) and (profile.final_year_student_of or profile.studying_at):
            # "预备技师班，2027年毕业，毕业后做两年直播就可以考二级？": by then the school is a diploma held
            profile = replace(profile, education=list(dict.fromkeys([*profile.education, *profile.final_year_student_of, *profile.studying_at])),
                              final_year_student_of=[], studying_at=(), final_year=None)
        if request.more_years:  # "再做一年就够吗": evaluated as if a year had passed, not stored
            more = request.more_years
            profile = replace(profile,
                              years_since_certificate=None if profile.years_since_certificate is None else profile.years_since_certificate + more,
                              years_total=profile.years_total + more if profile.years_total is not None
                              else (more if profile.years_since_certificate is None else None))  # "之后做两年": at least those two
        target = self._target(request, conversation)
        below = None
        held = profile.certificate_level
        if target is not None and held not in (None, NO_CERTIFICATE) and target > held and held > 1 \
                and GOING_UP.search(request.question):
            # "已經有四級證書了，想往上考，下一個是五級嗎？": level 5 is below level 4; the next one up is 3
            below, target = target, held - 1
        if target is not None and held not in (None, NO_CERTIFICATE) and target >= held and below is None \
                and target in levels_held(mandarin_words(to_simplified(request.question)).lower()):
            # "我现在是三级 22年拿的 一直在做" (after "先看一级吧"): the level named is the one held, not one to apply
            # for; the level asked before, if above it, or what is open now
            earlier = conversation.last_level
            target = earlier if earlier is not None and earlier < held else None
            if target is None:
                request = replace(request, act="eligibility_highest")
        if request.act == "eligibility_level" and _ONE_OR_THE_OTHER.search(request.question) and profile.has_personal_facts:
            # "can I now apply for level 5 or even 4?": the level open now and what the next one needs
            request = replace(request, act="eligibility_highest")
            target = None
        if request.act == "eligibility_highest" and target is not None and _THAT_LEVEL_OK.search(request.question):
            # "没有证 能考几级？三级行不行": the level named is the one to decide (its line says what is open now)
            request = replace(request, act="eligibility_level")
        if request.act == "eligibility_level" and target is not None:
            conversation.last_level = target
            conversation.profile = replace(conversation.profile, target_level=target)
            assumed = ("formal_training",) if request.hypothetical_training else ()
            asked = replace(profile, target_level=target)
            untrained = replace(asked, formal_training=None, formal_training_level=None)
            if assumed and evaluate(untrained, self.rules).status == "eligible":
                asked, assumed = untrained, ()  # "还是得先上培训班？": open without it, so nothing is supposed
            age = _age_of_the_case(request, conversation)  # "我18岁" said before
            text, sources, decision = self._decision(asked, lang_code, assumed, age)
            training_note = self._training_answer(request, profile, target, decision, lang_code) \
                or self._training_sooner(asked, target, decision, lang_code, request.question)
            if training_note and assumed:
                # "如果她报一级培训，是不是就能直接考一级？": the note says what the training opens; below it,
                # what is missing without it (not the training supposed a second time)
                text, sources, decision = self._decision(untrained, lang_code, (), age)
            month_note, month_kind = self._month_decides(profile, target, decision, lang_code)
            if month_note:
                # the "not yet" below is for a start (or certificate) later than the months just named
                text = self._after_those_months(text, lang_code, month_kind)
                if decision.status == "cannot_tell" and (profile.worked_since_certificate or profile.years_since_from_date) \
                        and "years_since_certificate" in decision.missing_fields:
                    # "2022年攞咗五級證" … "之後一直做到而家冇停過": the years since are said; only the month decides,
                    # which the note says, so neither "depends on what you have not said" nor asking for them again
                    text = self._without_asking_years_since(text, lang_code, target)
            # "中职高二…学校说毕业能拿四级，真的吗": with nothing else of theirs to ask about, the school route is the answer
            nothing_else = profile.certificate_level is None and profile.years_total is None \
                and profile.years_since_certificate is None and not profile.holds_certificate
            school_later = self._school_route_later(profile, target, decision, lang_code, alone=nothing_else)
            if school_later and nothing_else:
                lang = "en" if lang_code == "en" else "zh"
                text = self.templates.text(lang_code, "eligibility", "caveat_unconfirmed", level=self.rules.level_name(target, lang))
            school_note = school_later \
                or self._preparatory_route_needs_years(profile, target, decision, lang_code) \
                or self._apprenticeship_end(request, profile, target, decision, lang_code, conversation) \
                or month_note
            if school_note:
                text = school_note + "\n" + text
            if training_note:
                text = training_note + "\n" + text
            elif (request.hypothetical_training or profile.formal_training or _ASKS_IF_TRAINING_NEEDED.search(request.question)
                  or asks_if_training_is_needed(without_hours_asked(request.question))) \
                    and not any(c.requires_formal_training for c in self.rules.levels[target]):
                # "如果我去上四级的培训，能缩短年限吗" / "I finished a 120-hour course": no route of this level counts training
                lang = "en" if lang_code == "en" else "zh"
                text = self.templates.text(lang_code, "eligibility", "note_training_no_route",
                                           level=self.rules.level_name(target, lang)) + "\n" + text
            certificate_first = self._certificate_comes_first(request, asked, decision, lang_code, conversation.why_asked)
            said_already = self.templates.text(lang_code, "eligibility", "verdict_certificate_first", level="\0", needed="\0").split("\0")[1]
            if certificate_first and said_already not in text:
                # (not beside the verdict that says it already: "Every route to Level 3 needs a Level 4 certificate…")
                text = certificate_first + "\n" + text
            by_then = self._by_the_month_asked(request, asked, decision, lang_code)
            if by_then:
                trained_note = self.templates.text(lang_code, "eligibility", "asked_by_open_trained").partition("{when}")[0]
                if by_then.startswith(trained_note) and training_note:
                    text = text.replace(training_note + "\n", "", 1)  # (the line before says what the training opens)
                text = by_then + "\n" + text
            if below is not None:
                lang = "en" if lang_code == "en" else "zh"
                text = self.templates.text(lang_code, "eligibility", "note_level_below_held", below=self.rules.level_name(below, lang),
                                           held=self.rules.level_name(held, lang), next=self.rules.level_name(target, lang)) + "\n" + text
            if decision.status == "not_offered":
                text += self._other_job_types_open(asked, target, lang_code)
            return self._with_other_reading(text, profile, conversation, lang_code, target, request.question), sources, decision
        # "平台管理员四级…想一路考到一级，要几年？": that job type stops below the level named, said first (alone, with no facts)
        beyond = self._beyond_the_track(request, profile, conversation, lang_code)
        if beyond and not profile.has_personal_facts:
            return beyond, [], None
        # (a student's own school decides level 4, whose school route opens in the final year: "技校二年级，能报四级吗")
        if not profile.has_personal_facts and not (profile.studying_at and (request.act == "eligibility_highest" or target == 4)):
            if request.act == "statement" and target is None:
                return self.templates.text(lang_code, "answers", "statement_ack"), [], None
            if target is not None:  # "can I apply for level 3?" with no facts yet: the conditions, then ask
                text, sources = render_requirements(target, self.rules, lang_code, self.templates, job_type=profile.job_type)
                return text + "\n\n" + render_question(("certificate_level", "years_total"), lang_code, self.templates), sources, None
            age = _age_of_the_case(request, conversation)
            if age is not None and age < ADULT_AGE:
                # ("孩子今年17 高二" … "那他现在到底能不能考"): the entry level's conditions (and the newer ones, by age),
                # then what decides it, not the questions alone
                text, sources = render_requirements(5, self.rules, lang_code, self.templates, job_type=profile.job_type)
                if age >= LIVE_SELLING_AGE:
                    text += "\n" + newer_level5_if_16(_Writer(None, lang_code, self.templates), self.rules, age)
                return text + "\n\n" + render_question(("certificate_level", "years_total"), lang_code, self.templates), sources, None
            return render_question(("certificate_level", "years_total"), lang_code, self.templates), [], None
        view = overview(profile, self.rules)
        training_note = ""
        if view.highest_open is not None and view.highest_open in view.decisions and not levels_named(request.question):
            # "我现在能考哪个级别啊，还有要不要先去培训": whether the level open now needs the training, first
            training_note = self._training_answer(request, profile, view.highest_open, view.decisions[view.highest_open], lang_code)
        if not training_note and view.next_level is not None and view.next_decision is not None:
            # "要唔要读埋嗰72个钟先考到一级？": whether the training is needed for the next level, first
            training_note = self._training_answer(request, profile, view.next_level, view.next_decision, lang_code) \
                or self._training_sooner(profile, view.next_level, view.next_decision, lang_code, request.question)
        route = request.act == "eligibility_route" and not training_note
        text, sources = render_overview(view, self.rules, lang_code, self.templates, route_to_top=route,
                                        assumed=("formal_training",) if request.hypothetical_training else (),
                                        destination=_destination(request, conversation.profile) if route else None,
                                        age=self._age_said(request, conversation))
        if training_note:
            text = training_note + "\n" + text
        if beyond:
            text = beyond + "\n" + text
        if view.highest_open is None and view.decisions:
            # "去年开始做直播…能考吗": nothing open counted from the year's last month, the lowest level may be open
            # counted from its first: the month not said decides, said first
            lowest = max(view.decisions)
            month_note, _ = self._month_decides(profile, lowest, view.decisions[lowest], lang_code)
            if month_note:
                text = month_note + "\n" + text
        if profile.studying_at and not profile.final_year and not profile.final_year_student_of and request.act == "eligibility_highest":
            # "我是中职二年级电商专业的，到底能考几级？": the school route that opens in the final year, first
            for level in sorted(self.rules.levels, reverse=True):
                note = self._school_route_later(profile, level, evaluate(replace(profile, target_level=level), self.rules), lang_code)
                if note:
                    text = note + "\n" + text
                    break
        if request.act == "statement":
            # "刚收到通知 直播销售员五级过了🎉": a certificate just obtained is congratulated, then what is next
            just = facts.certificate_level and facts.years_since_certificate == 0
            text = self.templates.text(lang_code, "answers", "statement_congrats" if just else "statement_noted") + "\n" + text
        return self._with_other_reading(text, profile, conversation, lang_code, question=request.question), sources, None

    def _with_other_reading(self, text: str, profile: Profile, conversation: Conversation, lang_code: str,
                            target: int | None = None, question: str = "") -> str:
        """"开店十二年" then "这两年开始直播": decided on the later two years (they may lie inside the twelve),
        and what the twelve would open if the evaluation body counts them as related work."""
        overlap = self._overlap_not_added(profile, conversation, lang_code, question)
        if overlap:  # ("这样算累计5年吗？": the sum asked is answered first)
            text = overlap.strip("\n") + "\n" + text
        if profile.job_type and _TOP_ASKED.search(question):  # "can i do platform admin lvl 3? is that the top?"
            job = self.rules.job_type(profile.job_type)
            lang = "en" if lang_code == "en" else "zh"
            text += "\n" + self.templates.text(lang_code, "eligibility", "note_track_top", job=job.name(lang_code),
                                               level=self.rules.level_name(min(job.levels), lang))
        years = conversation.earlier_years
        # (the other work said as past, or the later work said to come after it: "then about a year of live selling")
        added = bool(conversation.other_work) and any(_PAST_WORK.search(question) or _AFTER_IT.match(to_simplified(question))
                                                      for question, _ in conversation.history)
        if profile.other_years and profile.years_total is not None:
            # "之前喺商場做咗兩年售貨員" beside "做咗八個月直播": the other work, added if it counts
            years, added = profile.other_years, True
        if years is None or profile.years_total is None or (years <= profile.years_total and not added):
            return text
        earlier = years
        switched = added and profile.start_is_a_change and profile.years_total_from_date \
            and years > profile.years_total
        if switched:
            # "2018年开始做秀场主播" then "2019年转做带货主播到现在": the other work ran from its start to the switch,
            # so it is the difference, and the sum is the time since the first start
            earlier = round(years - profile.years_total, 4)
        # ("做緊兩份工：朝早做客服，夜晚開直播": the two jobs run side by side, so their years overlap and count once)
        concurrent = added and any(_CONCURRENT.search(to_simplified(question)) for question, _ in conversation.history)
        if added and (concurrent or switched):
            years = max(years, profile.years_total)
        elif added:
            # "以前在商场做了5年导购" then "现在在快手卖货一年多": work left behind cannot hold the later years, so
            # the other reading is both together ("开店十二年" then "这两年开始直播卖自家的货" may overlap)
            years = years + profile.years_total
        wider = replace(profile, years_total=years)
        since = profile.years_since_certificate
        if added and not concurrent and since is not None and since >= profile.years_total - 0.01:
            if profile.certificate_age is None or profile.certificate_age + 0.5 >= since + earlier:
                # "营销员四级 2018年" … "之后做了五年销售 再转做直播一年": the other work came after the certificate too
                wider = replace(wider, years_since_certificate=round(since + earlier, 4))
            elif profile.certificate_age > since + 0.5:
                # ("营销员四级 21年考的" … "之前在京东做了四年客服 去年年初转做直播"): the other work fills the time since
                # the certificate that this work does not, up to the certificate's date, not beyond it
                wider = replace(wider, years_since_certificate=round(min(since + earlier, profile.certificate_age), 4))
        if target is not None:
            now, then = evaluate(replace(profile, target_level=target), self.rules), evaluate(replace(wider, target_level=target), self.rules)
            opens = target if then.status == "eligible" and now.status != "eligible" else None
            if opens is None and then.status != "eligible":
                # "房产中介那8年能算吗，我想直接考三级": the level asked stays shut, but a lower one may open on the sum
                now_open, then_open = overview(profile, self.rules).highest_open, overview(wider, self.rules).highest_open
                opens = then_open if then_open is not None and (now_open is None or then_open < now_open) else None
        else:
            now_open, then_open = overview(profile, self.rules).highest_open, overview(wider, self.rules).highest_open
            opens = then_open if then_open is not None and (now_open is None or then_open < now_open) else None
        span = _Writer(self.rules, lang_code, self.templates).years  # "8个月", "2年", never "0.666667年"
        lang = "en" if lang_code == "en" else "zh"
        if opens is None and added and conversation.other_work:
            # "电话客服干了4年" then "去年3月开始做直播": the other work, added if it counts, opens nothing under
            # the template; said all the same, with what the newer conditions would open on the sum
            newer = alternative_open(wider, self.rules)
            now_newer = alternative_open(profile, self.rules)
            newer_level = newer[0] if newer is not None and (now_newer is None or newer[0] < now_newer[0]) else None
            said = dict(years=span(years), earlier=span(earlier), work=conversation.other_work or "", now=span(profile.years_total))
            none = "_none" if not profile.years_total else ""  # (no work of this occupation yet: nothing "only" counted)
            note = self.templates.text(lang_code, "eligibility", "note_other_work_sum" + none, **said) if newer_level is None else \
                self.templates.text(lang_code, "eligibility", "note_other_work_sum_newer" + none, **said, id=newer[1]["id"],
                                    level=self.rules.level_name(newer_level, lang))
            return self._count_asked_first(text, conversation, lang_code, question) + "\n" + note \
                + (self._concurrent_note(lang_code) if concurrent else "")
        if opens is None:
            return text
        note = self.templates.text(lang_code, "eligibility", ("note_earlier_years_added" + ("_none" if not profile.years_total else ""))
                                   if added else "note_earlier_years",
                                   years=span(years), earlier=span(earlier), work=conversation.other_work or "",
                                   now=span(profile.years_total), level=self.rules.level_name(opens, lang))
        note = note.replace(" ()", "").replace("（）", "")  # (the other work not named: no empty brackets)
        if added and _IF_COUNTED.search(to_simplified(question)):
            # "如果把导购也算上 能报四级吗": the reading with the other years is what is asked: it comes first
            first = re.sub(r"^(?:另[：:]\s*|Also:\s*)", "", note).replace("上面只算了", "下面只算了").replace(
                "the above counts only", "the answer below counts only").replace("上面只算咗", "下面只算咗")
            return first[:1].upper() + first[1:] + (self._concurrent_note(lang_code) if concurrent else "") + "\n" + text
        if added:
            text = self._count_asked_first(text, conversation, lang_code, question)
        return text + "\n" + note + (self._concurrent_note(lang_code) if concurrent else "")

    def _count_asked_first(self, text: str, conversation: Conversation, lang_code: str, question: str) -> str:
        """"經紀嗰幾年計唔計？想考四級": whether the other work counts is the question, so who decides it comes first."""
        if not conversation.other_work or not _COUNT_ASKED.search(to_simplified(question)) \
                or re.search(r"相关职业|相關職業|related occupation", text.split("\n", 1)[0]):
            return text  # (nor twice: the entry on "related occupations" may already lead)
        return self.templates.text(lang_code, "eligibility", "other_work_count_asked", work=conversation.other_work) + "\n" + text

    def _overlap_not_added(self, profile: Profile, conversation: Conversation, lang_code: str, question: str) -> str:
        """"同时在两家公司兼职…两边都干了两年半" then "这样是不是算5年了？": jobs held at the same time overlap, so
        their years are not added up; said when the person asks about the sum."""
        if profile.years_total is None or not overlapping_sum_asked(question, conversation):
            return ""
        span = _Writer(self.rules, lang_code, self.templates).years
        asked = _SUM_ASKED.search(question)
        if asked is None:
            # "兩份工嘅年資可唔可以加埋一齊計？": adding up asked with no figure said, the time itself
            return "\n" + self.templates.text(lang_code, "eligibility", "note_overlap_no_sum", years=span(profile.years_total))
        figure = vocab.number(next(g for g in asked.groups() if g))
        if figure is not None and question[asked.end():asked.end() + 1] == "半":
            figure += 0.5  # "这样算三年半还是两年半"
        if figure is None or figure <= profile.years_total:
            return ""
        return "\n" + self.templates.text(lang_code, "eligibility", "note_overlap_not_added",
                                          years=span(profile.years_total), said=plain_number(figure))

    def _concurrent_note(self, lang_code: str) -> str:
        return self.templates.text(lang_code, "eligibility", "note_concurrent_jobs")

    def _month_decides(self, profile: Profile, target: int, decision, lang_code: str) -> tuple[str | None, str | None]:
        """"我2020年开始做直播" with six years needed: counted from December it is short by a month, from January
        it is met; the month not said decides, so the reply says which months open the level now.
        Returns (note, kind), kind "start" or "certificate" for the month that decides; (None, None) when none does."""
        if getattr(decision, "status", None) in ("eligible", "not_offered") or profile.break_taken_out:
            return None, None  # (nor for a level the job type lacks: "platform admin level 3 in 2022 … and level 2?")
        held = profile.certificate_level
        for condition in self.rules.levels.get(target, ()):
            if condition.requires_formal_training or condition.requires_apprenticeship_completed \
                    or condition.requires_preparatory_technician_certificate or condition.education is not None:
                continue
            needed = condition.min_years_after_certificate
            if needed and held not in (None, NO_CERTIFICATE) and condition.required_certificate_level is not None \
                    and held <= condition.required_certificate_level and profile.years_since_from_date \
                    and profile.years_since_certificate is not None and profile.years_since_at_most is not None \
                    and profile.years_since_certificate < needed <= profile.years_since_at_most \
                    and (profile.years_total is None or profile.years_total >= needed):
                kind = "certificate"
            elif condition.min_years_total_experience and not needed and condition.required_certificate_level is None \
                    and profile.years_total_from_date and profile.years_total is not None and profile.years_total_at_most is not None \
                    and profile.years_total < condition.min_years_total_experience <= profile.years_total_at_most:
                kind, needed = "start", condition.min_years_total_experience
            else:
                continue
            latest = months_later(clock.today(), -needed * 12)
            lang = "en" if lang_code == "en" else "zh"
            note = self.templates.text(lang_code, "eligibility", f"month_decides_{kind}", year=latest.year, month=latest.month,
                                       years=f"{needed:g}", id=condition.id, level=self.rules.level_name(target, lang))
            return note, kind
        return None, None

    def _without_asking_years_since(self, text: str, lang_code: str, target: int) -> str:
        lang = "en" if lang_code == "en" else "zh"
        depends = self.templates.text(lang_code, "eligibility", "verdict_depends", level=self.rules.level_name(target, lang))
        ask = self.templates.text(lang_code, "eligibility", "ask_one",
                                  question=self.templates.text(lang_code, "eligibility", "question_years_since_certificate"))
        return "\n".join(line for line in text.split("\n") if line.strip() not in (depends, ask.strip()))

    def _after_those_months(self, text: str, lang_code: str, kind: str) -> str:
        """"按你说的情况，暂时还不能申报…" read as the case of a later month, after the line that says which months
        open the level now: the verdict's opening (its template up to the level) becomes `verdict_later_<kind>`."""
        opening = self.templates.text(lang_code, "eligibility", "verdict_not_on_given").partition("{level}")[0]
        return text.replace(opening, self.templates.text(lang_code, "eligibility", f"verdict_later_{kind}"), 1)

    def _target(self, request: Request, conversation: Conversation) -> int | None:
        if request.level is not None:
            return request.level
        if request.facts.target_level is not None:
            return request.facts.target_level
        if request.act == "eligibility_level":
            return conversation.last_level
        return None

    def _decision(self, profile: Profile, lang_code: str, assumed: tuple[str, ...] = (), age: int | None = None):
        decision = evaluate(profile, self.rules)
        text, sources = render_decision(decision, self.rules, lang_code, self.templates, assumed)
        if decision.status in ("not_yet", "cannot_tell") and (profile.has_personal_facts or (age is not None and decision.target_level == 5)):
            text = self._with_what_is_open(text, decision, profile, lang_code, age)
        if decision.status in ("not_yet", "cannot_tell") and profile.has_personal_facts:
            text = self._with_newer_route(text, decision, lang_code)
        if decision.status == "eligible":
            text += self._newer_asks_more(profile, decision, lang_code)
        if decision.status == "cannot_tell" and (worked := self._if_worked_since(profile, decision, lang_code)):
            # ("三级2023年3月攞，技师学院毕业" for level 2: open if the years since were worked; the "not yet"
            # below is the other routes', not a "no" beside that "yes")
            opening = self.templates.text(lang_code, "eligibility", "verdict_not_on_given").partition("{level}")[0]
            if worked.startswith(self.templates.opening(lang_code, "eligibility", "eligible_if_worked_since")):
                # (a yes if the years were worked: the routes still short or still open are no second verdict
                # beside it, "…還要看下面的情況（L1-B：還需再滿10個月）")
                text = self._without_other_verdicts(text, lang_code)
            text = worked + text.replace(opening, self.templates.text(lang_code, "eligibility", "verdict_other_routes"), 1)
        return text, sources, decision

    def _without_other_verdicts(self, text: str, lang_code: str) -> str:
        """`text` without its verdict lines and the list of routes under "any one of these" (the facts understood,
        what to tell and the notes stay)."""
        openings = tuple(self.templates.text(lang_code, "eligibility", key).partition("{level}")[0]
                         for key in ("verdict_not_on_given", "verdict_depends_short", "if_heading"))
        kept, in_list = [], False
        for line in text.split("\n"):
            if line.startswith(openings):
                in_list = True
                continue
            if in_list and line.lstrip().startswith(("·", "-", "•")):
                continue
            in_list = False
            kept.append(line)
        return "\n".join(kept)

    def _newer_asks_more(self, profile: Profile, decision, lang_code: str) -> str:
        """"L3 in Aug 2022, streaming since: L2 now?" is a yes under the template (4 years after level 3); the newer
        conditions some bodies use ask 5 years after it, so the yes may wait there: said, with the date."""
        met = decision.met
        # (a route through a diploma has its newer counterpart through the diploma: not compared on years)
        if met is None or not met.required_certificate_level or not met.min_years_after_certificate or met.education \
                or profile.years_since_certificate is None:
            return ""
        newer = newer_after_certificate(decision.target_level, met.required_certificate_level, self.rules)
        if not newer or any(a["min_years_after_certificate"] <= profile.years_since_certificate for a in newer):
            return ""
        needed = min(a["min_years_after_certificate"] for a in newer)
        if profile.years_total is not None and any(a.get("min_years_total_experience") and profile.years_total >= a["min_years_total_experience"]
                                                   for a in alternative_conditions(self.rules.path).get(decision.target_level) or []):
            return ""  # another of the newer conditions is met on the total
        lang = "en" if lang_code == "en" else "zh"
        if just_under(profile.years_since_certificate):
            # ("三级拿了快五年了": no month can be worked out from "almost five years")
            return "\n" + self.templates.text(lang_code, "eligibility", "note_newer_asks_more_undated", years=plain_number(needed),
                                              held=self.rules.level_name(met.required_certificate_level, lang))
        when = months_later(clock.today(), (needed - profile.years_since_certificate) * 12)
        return "\n" + self.templates.text(lang_code, "eligibility", "note_newer_asks_more", years=plain_number(needed),
                                          held=self.rules.level_name(met.required_certificate_level, lang),
                                          year=when.year, month=when.month)

    def _if_worked_since(self, profile: Profile, decision, lang_code: str) -> str:
        """"my L2 came in Dec 2022 … can I apply for L1 today?": the date opens the level if the years since
        it were worked, which was not said: said first, as an if."""
        if profile.years_since_certificate is not None or profile.certificate_age is None \
                or profile.certificate_level in (None, NO_CERTIFICATE) or profile.break_years or profile.break_taken_out:
            return ""  # (a break said: the years since are not all worked, and how many is asked below)
        worked = replace(profile, years_since_certificate=profile.certificate_age, years_since_from_date=True)
        supposed = evaluate(replace(worked, target_level=decision.target_level), self.rules)
        lang = "en" if lang_code == "en" else "zh"
        said = dict(years=_Writer(self.rules, lang_code, self.templates).years(profile.certificate_age),
                    level=self.rules.level_name(decision.target_level, lang))
        if supposed.status == "eligible":
            return self.templates.text(lang_code, "eligibility", "eligible_if_worked_since", id=supposed.met.id, **said) + "\n"
        when = earliest_date(supposed) if supposed.status == "not_yet" else None
        route = next((r.condition for r in supposed.closest if r.condition.required_certificate_level), None) if when else None
        if route is None:
            return ""
        # "Level 5 issued in Sep 2023; if they've been working as hosts since, can they apply for L4 now?": not yet, and when
        return self.templates.text(lang_code, "eligibility", "not_yet_if_worked_since", id=route.id, year=when.year,
                                   month=when.month, **said) + "\n"

    def _by_the_month_asked(self, request: Request, profile: Profile, decision, lang_code: str) -> str:
        """"明年7月能报四级了吧", "can she sit level 1 in spring 2027?": whether the level opens by the month
        asked, on the figures given and the work going on (with the formal training, where only that route
        opens it by then), said first; the lines below say what is missing today."""
        if request.asked_when is None or request.more_years or decision is None or decision.status not in ("not_yet", "cannot_tell"):
            return ""
        year, month = request.asked_when
        lang = "en" if lang_code == "en" else "zh"
        said = dict(when=self.templates.text(lang_code, "eligibility", "asked_by_year_end" if month == 12 else "asked_by_month",
                                             year=year, month=month),
                    level=self.rules.level_name(decision.target_level, lang))
        soonest = earliest_route(decision)
        if soonest is None:
            return self._shut_by_the_month(decision, year, month, said, lang_code)
        when, route = soonest  # (the route named is the one that opens by then, not the first by its id)
        if (when.year, when.month) <= (year, month):
            return self.templates.text(lang_code, "eligibility", "asked_by_open", id=route.condition.id,
                                       year=when.year, month=when.month, **said)
        if not profile.formal_training and any(c.requires_formal_training for c in self.rules.levels[decision.target_level]):
            trained = self._trained(profile, decision.target_level)
            trained_when = earliest_date(trained) if trained.status == "not_yet" else None
            route = next((r.condition for r in trained.closest if r.condition.requires_formal_training), None)
            if trained_when is not None and route is not None and (trained_when.year, trained_when.month) <= (year, month):
                return self.templates.text(lang_code, "eligibility", "asked_by_open_trained", id=route.id,
                                           hours=self.rules.training_hours[decision.target_level],
                                           year=trained_when.year, month=trained_when.month, **said)
        newer = next((route for route in newer_routes_to(decision.target_level, profile, self.rules) if route.months), None)
        if newer is not None and (opens := months_later(clock.today(), newer.months)) and (opens.year, opens.month) <= (year, month):
            # ("前年9月拿的五级…明年能考四级不": not under the template, but under the newer conditions, which the body chooses)
            return self.templates.text(lang_code, "eligibility", "asked_by_newer", id=newer.condition["id"], year=when.year,
                                       month=when.month, newer_year=opens.year, newer_month=opens.month, **said)
        if decision.status != "not_yet":
            return ""  # (other routes turn on what was not said: the lines below say what to tell)
        return self.templates.text(lang_code, "eligibility", "asked_by_not_yet", year=when.year, month=when.month, **said)

    def _certificate_comes_first(self, request: Request, profile: Profile, decision, lang_code: str, why_asked: bool = False) -> str:
        """"點解唔得？我做咗三年喎", "why not level 3 already?": when every route to the level asked needs a certificate the
        person does not hold, that is why, said first (years alone never skip that step). Empty otherwise."""
        if decision is None or decision.status not in ("not_yet", "cannot_tell") \
                or not (why_asked or _WHY_NOT.search(to_simplified(request.question))):
            return ""
        conditions = self.rules.levels.get(decision.target_level, [])
        needed = [c.required_certificate_level for c in conditions]
        held = profile.certificate_level if profile.certificate_level not in (None, NO_CERTIFICATE) else None
        lang = "en" if lang_code == "en" else "zh"
        if held is not None and profile.years_total is not None:
            # ("23年7月考了四级…为啥不行啊 我都干了五年多了"): the route counts the years since the certificate, not all of them
            for result in decision.results:
                gaps = result.gaps
                required = result.condition.min_years_after_certificate
                if gaps and required and all(g.field == "years_since_certificate" for g in gaps) \
                        and profile.years_total >= required and isinstance(gaps[0].actual, (int, float)):
                    writer = _Writer(self.rules, lang_code, self.templates)
                    return self.templates.text(lang_code, "eligibility", "why_years_since_certificate", id=result.condition.id,
                                               held=self.rules.level_name(held, lang), years=writer.years(required),
                                               since=writer.years(gaps[0].actual))
        if not needed or any(level is None for level in needed) or (held is not None and held <= max(needed)):
            return ""  # (a route without a certificate, or one the certificate held already opens)
        return self.templates.text(lang_code, "eligibility", "why_certificate_first",
                                   level=self.rules.level_name(decision.target_level, lang),
                                   needed=self.rules.level_name(max(needed), lang))

    def _shut_by_the_month(self, decision, year: int, month: int, said: dict, lang_code: str) -> str:
        """No month can be named ("快两年"), but every route decided still lacks years past the month asked, and so
        do the newer conditions: "not by then", with the lines below saying what is missing."""
        if decision.status not in ("not_yet", "cannot_tell") or not shut_through(decision, year, month):
            return ""
        newer = [route for route in newer_routes_to(decision.target_level, decision.profile, self.rules) if route.months is not None]
        if any((opens := months_later(clock.today(), route.months)) and (opens.year, opens.month) <= (year, month) for route in newer):
            return ""
        return self.templates.text(lang_code, "eligibility", "asked_by_still_short", **said)

    def _with_newer_route(self, text: str, decision, lang_code: str) -> str:
        """Where the template says "not yet" (or "depends"), the newer generic conditions for the level asked,
        when they differ: open now, open sooner than the template's date on the figures given, or open
        through a school wording the facts cannot show ("if your programme is assessed"). One line, in
        place of the general note on those conditions (which a newer condition named already replaces)."""
        general = self.templates.text(lang_code, "eligibility", "note_alternative_rules")
        routes = newer_routes_to(decision.target_level, decision.profile, self.rules)
        line = None if any(route.condition["id"] in text for route in routes) else self._newer_route_line(routes, decision, lang_code)
        if line is None:
            return text.replace("\n" + general, "") if re.search(r"ALT-L\d", text) else text
        if general in text:
            return text.replace(general, line)
        lines = text.split("\n")
        at = self._above_the_caveat(lines, decision, lang_code)
        return "\n".join([*lines[:at], line, *lines[at:]])

    def under_newer_conditions(self, profile: Profile, level: int, lang_code: str) -> str | None:
        """"聽說有些評價機構現在改用新的條件 那樣的話呢" after a case for a level: that level's newer generic conditions set
        against the case, each met, met from a date on the figures given, or hanging on a school wording; None when
        none of them can be set against what was told (a certificate or a diploma they need was not said)."""
        lang = "en" if lang_code == "en" else "zh"
        routes = newer_routes_to(level, profile, self.rules)
        if not routes:
            return None
        name = self.rules.level_name(level, lang)
        lines = [self.templates.text(lang_code, "eligibility", "newer_case_head", level=name)]
        for route in routes:
            said = dict(id=route.condition["id"], text=_alternative_text(route.condition, lang, self.rules))
            if route.months == 0:
                lines.append(self.templates.text(lang_code, "eligibility", "newer_case_met", **said))
            elif route.months is None:
                lines.append(self.templates.text(lang_code, "eligibility", f"newer_case_if_{route.school}", **said))
            else:
                when = months_later(clock.today(), route.months)
                lines.append(self.templates.text(lang_code, "eligibility", "newer_case_from", year=when.year, month=when.month, **said))
        lines.append(self.templates.text(lang_code, "eligibility", "newer_case_close"))
        return "\n".join(lines)

    def _above_the_caveat(self, lines: list[str], decision, lang_code: str) -> int:
        """Where a line goes to stand last but above the closing caveat on the template, when there is one."""
        level = self.rules.level_name(decision.target_level, "en" if lang_code == "en" else "zh")
        caveat = self.templates.text(lang_code, "eligibility", "caveat_unconfirmed", level=level)
        return len(lines) - 1 if lines and lines[-1] == caveat else len(lines)

    def _newer_route_line(self, routes, decision, lang_code: str) -> str | None:
        """The line for the first newer route worth saying: open now, a near date sooner than the template's,
        or a school wording as an "if"."""
        lang = "en" if lang_code == "en" else "zh"
        template_when = earliest_date(decision)
        for route in routes:
            said = dict(id=route.condition["id"], text=_alternative_text(route.condition, lang, self.rules),
                        level=self.rules.level_name(decision.target_level, lang))
            if route.months == 0:
                return self.templates.text(lang_code, "eligibility", "open_under_newer_conditions", **said)
            if route.months is None:
                return self.templates.text(lang_code, "eligibility", f"newer_route_if_{route.school}", **said)
            when = months_later(clock.today(), route.months)
            # sooner than the template's date; with no date on the template, only a near one is worth saying
            if route.months <= NEAR_MONTHS and (template_when is None or when < template_when):
                # (the figure the route counts, the years since the certificate or the years in all, said as "almost N"
                # ("做直播差唔多五年"): no month to count from, so the date is rough and said so; "earlier than above" only
                # beside a template date; without one, the template may already be met)
                counted = decision.profile.years_since_certificate if route.condition.get("min_years_after_certificate") \
                    else decision.profile.years_total if route.condition.get("min_years_total_experience") else None
                key = "newer_route_from_roughly" if just_under(counted) \
                    else "newer_route_from" if template_when is not None else "newer_route_from_alone"
                return self.templates.text(lang_code, "eligibility", key, year=when.year, month=when.month, **said)
        return None

    def _apprenticeship_end(self, request: Request, profile: Profile, target: int, decision, lang_code: str,
                            conversation: Conversation | None = None) -> str:
        """"学徒期满了能不能考五级": the route through a completed apprenticeship, said first, when the
        apprenticeship is not completed yet (also "contract ends march 2027" said before "when can i apply?")."""
        words = mandarin_words(request.question)
        said = " ".join(to_simplified(q) for q, _ in (conversation.history[-2:] if conversation is not None else []))
        end_said = bool(_APPRENTICESHIP_ENDS.search(said)) and bool(_WHEN_ASKED.search(words))
        if decision.status == "eligible" or profile.apprenticeship or not (end_said or any(
                re.search(pattern, words, re.I) for pattern in vocab.APPRENTICESHIP_END_ASKED)):
            return ""
        route = next((c for c in self.rules.levels[target] if c.requires_apprenticeship_completed), None)
        if route is None:
            return ""
        lang = "en" if lang_code == "en" else "zh"
        return self.templates.text(lang_code, "eligibility", "note_apprenticeship_end_opens", id=route.id,
                                   level=self.rules.level_name(target, lang))

    def _school_route_later(self, profile: Profile, target: int, decision, lang_code: str, alone: bool = False) -> str:
        """"职高高二，学电子商务，能不能现在就考四级": a school route that takes final-year students opens in
        the year the student graduates; said first, when the student is not in that year yet."""
        if decision.status == "eligible" or not profile.studying_at or profile.final_year or profile.final_year_student_of \
                or profile.major_relevant is False:
            return ""
        for condition in self.rules.levels[target]:
            school = condition.education
            if school and school.includes_final_year_students and set(school.any_of) & set(profile.studying_at) \
                    and condition.required_certificate_level is None:
                # (the year not said, "在读" alone: whether this is the final year decides, said as such)
                key = "note_school_route_when_final_year" if profile.final_year is False else "note_school_route_if_final_year"
                return self.templates.text(lang_code, "eligibility", key + "_alone" if alone else key, id=condition.id,
                                           level=self.rules.level_name(target, "en" if lang_code == "en" else "zh"))
        return ""

    def _preparatory_route_needs_years(self, profile: Profile, target: int, decision, lang_code: str) -> str:
        """"技師學院預備技師班…明年7月畢業…畢業後馬上可以報二級嗎？": the preparatory-technician route also needs
        years of work, so not straight after graduating; said first, with how many."""
        if decision.status == "eligible" or not profile.preparatory_technician or (profile.years_total or 0) > 0:
            return ""
        for condition in self.rules.levels.get(target, ()):
            if condition.requires_preparatory_technician_certificate and condition.min_years_total_experience:
                return self.templates.text(lang_code, "eligibility", "note_preparatory_route_needs_years", id=condition.id,
                                           years=f"{condition.min_years_total_experience:g}",
                                           level=self.rules.level_name(target, "en" if lang_code == "en" else "zh"))
        return ""

    def _other_job_types_open(self, profile: Profile, target: int, lang_code: str) -> str:
        """"平台管理员三级证 since 2021 … can i go for 技师 level 2?": the level is not on that track; on a job type
        that has it, the same facts may open it (whether the certificate counts there is for the evaluation body)."""
        others = [job for job in self.rules.job_types if target in job.levels and job.code != profile.job_type]
        if not others or profile.job_type is None:
            return ""
        decision = evaluate(replace(profile, job_type=others[0].code, target_level=target), self.rules)
        lang = "en" if lang_code == "en" else "zh"
        if decision.status != "eligible":
            # ("平台管理员三级 去年拿的" then "明年接着考二级能报吗"): on a job type that has it, when the years said open it
            soonest = earliest_route(decision) if decision.status == "not_yet" else None
            if soonest is None:
                return ""
            when, route = soonest
            return "\n" + self.templates.text(lang_code, "eligibility", "note_other_job_type_later", id=route.condition.id,
                                               year=when.year, month=when.month, level=self.rules.level_name(target, lang),
                                               held=self.rules.job_type(profile.job_type).name(lang),
                                               jobs=("、" if lang == "zh" else ", ").join(job.name(lang) for job in others))
        return "\n" + self.templates.text(lang_code, "eligibility", "note_other_job_type_open", id=decision.met.id,
                                           level=self.rules.level_name(target, lang), held=self.rules.job_type(profile.job_type).name(lang),
                                           jobs=("、" if lang == "zh" else ", ").join(job.name(lang) for job in others))

    def _beyond_the_track(self, request: Request, profile: Profile, conversation: Conversation, lang_code: str) -> str:
        """A level named that the asker's job type does not have ("平台管理员…考到一级", then "要几年？"): that it
        stops lower, and which job types have it; "" otherwise."""
        if profile.job_type is None or request.embedded_instruction:  # (not a level named in an instruction to the bot)
            return ""
        levels = self.rules.job_type(profile.job_type).levels
        named = levels_named(request.question) or (
            (conversation.last_level,) if conversation.last_level and _HOW_LONG.search(request.question) else ())
        missing = [level for level in named if level not in levels]
        if not missing or profile.certificate_level == min(levels):  # (the top held is said in the reply itself)
            return ""
        conversation.last_level = max(missing)  # (the level asked about, for "要几年？" next)
        text, _ = render_requirements(max(missing), self.rules, lang_code, self.templates, job_type=profile.job_type)
        return text

    def _training_answer(self, request: Request, profile: Profile, target: int, decision, lang_code: str) -> str:
        """"Do I still need the level 1 training?" / "do I have to take a course?": no, when a route without
        training is met; or that the training route would open it now, when only the training is missing."""
        asks = asks_if_training_is_needed(request.question) or request.hypothetical_training
        if asks_training_hours(request.question) and not request.hypothetical_training \
                and not asks_if_training_is_needed(without_hours_asked(request.question)):
            return ""  # "另外四级的培训要多少学时": how many hours, which the reply answers beside the case
        # (a training done, and whether it was a must asked: "今年报了个一级培训班…" then "是不是一定要上完一级培训才能报一级？")
        if not asks or (profile.formal_training and not request.hypothetical_training and not _MUST_IT_BE.search(request.question)):
            return ""
        if profile.formal_training and not request.hypothetical_training:
            profile = replace(profile, formal_training=None, formal_training_level=None)  # decided as if without it
            decision = evaluate(replace(profile, target_level=target), self.rules)
        if request.hypothetical_training:  # "还是得先上培训班？": decided without the training supposed
            profile = replace(profile, formal_training=None, formal_training_level=None)
            decision = evaluate(replace(profile, target_level=target), self.rules)
        lang = "en" if lang_code == "en" else "zh"
        level = self.rules.level_name(target, lang)
        if decision.status == "eligible" and not decision.met.requires_formal_training:
            # ("我能考几级啊 要上多少课时的课": the hours asked too, given with the route that needs none)
            if asks_training_hours(request.question):
                return self.templates.text(lang_code, "eligibility", "note_no_training_needed_hours", level=level, id=decision.met.id,
                                           hours=self.rules.training_hours[target])
            return self.templates.text(lang_code, "eligibility", "note_no_training_needed", level=level, id=decision.met.id)
        trained = self._trained(profile, target)
        if decision.status != "eligible" and trained.status == "eligible" and trained.met.requires_formal_training:
            return self.templates.text(lang_code, "eligibility", "note_training_opens", level=level, id=trained.met.id,
                                       hours=self.rules.training_hours[target])
        if request.hypothetical_training and decision.status != "eligible" and profile.years_since_certificate is None \
                and profile.certificate_age is not None:
            # "打算明年上一级的培训班" … "上完就能报一级吗": the years since the certificate's date, if worked, and the
            # training done: no more waiting once it is finished
            worked = self._trained(replace(profile, years_since_certificate=profile.certificate_age), target)
            if worked.status == "eligible" and worked.met.requires_formal_training:
                return self.templates.text(lang_code, "eligibility", "note_training_done_then", level=level, id=worked.met.id,
                                           hours=self.rules.training_hours[target], years=plain_number(worked.met.min_years_after_certificate or 0))
        return ""

    def _trained(self, profile: Profile, target: int):
        """The decision for `target` with the formal training for it supposed done."""
        return evaluate(replace(profile, target_level=target, formal_training=True, formal_training_level=target), self.rules)

    def _training_sooner(self, profile: Profile, target: int, decision, lang_code: str, question: str = "") -> str:
        """"level 2 since August 2024, earliest date for senior technician?": the route with the formal
        training opens sooner than the one without; its date, said beside the other's."""
        if decision.status in ("not_yet", "cannot_tell") and not profile.formal_training and _FASTEST.search(question) \
                and (now := self._trained(profile, target)).status == "eligible" and now.met is not None and now.met.requires_formal_training:
            # "二级2023年8月拿…一级最快什么时候能报？": with the formal training the level opens now
            lang = "en" if lang_code == "en" else "zh"
            return self.templates.text(lang_code, "eligibility", "note_training_opens", id=now.met.id,
                                       level=self.rules.level_name(target, lang), hours=self.rules.training_hours[target])
        if decision.status != "not_yet" or profile.formal_training or not any(c.requires_formal_training for c in self.rules.levels[target]):
            return ""
        if profile.years_since_certificate is None and profile.certificate_age is not None and not _WITHOUT_TRAINING.search(question):
            # "I got level 2 in Sept 2023, haven't done any training": with the work since not said, the training
            # route opens now if they worked all along
            worked = replace(profile, years_since_certificate=profile.certificate_age)
            trained = self._trained(worked, target)
            if trained.status == "eligible" and trained.met.requires_formal_training:
                lang = "en" if lang_code == "en" else "zh"
                return self.templates.text(lang_code, "eligibility", "note_training_opens_if_worked", id=trained.met.id,
                                           level=self.rules.level_name(target, lang), hours=self.rules.training_hours[target])
        trained = self._trained(profile, target)
        untrained_when, trained_when = earliest_date(decision), earliest_date(trained)
        if trained.status != "not_yet" or trained_when is None or (untrained_when is not None and trained_when >= untrained_when):
            return ""
        route = next((r.condition for r in trained.closest if r.condition.requires_formal_training), None)
        if route is None:
            return ""
        lang = "en" if lang_code == "en" else "zh"
        return self.templates.text(lang_code, "eligibility", "note_training_sooner", level=self.rules.level_name(target, lang),
                                   id=route.id, hours=self.rules.training_hours[target], year=trained_when.year, month=trained_when.month)

    def _with_what_is_open(self, text: str, decision, profile: Profile, lang_code: str, age: int | None = None) -> str:
        """A case not open at the level asked, with the level the facts open now (and a newer condition's) said
        beside its verdict."""
        lead, _, rest = text.partition("\n")
        opened, opened_level = self._what_is_open(profile, decision.target_level, lang_code, age)
        if opened and self.templates.opening(lang_code, "eligibility", "caveat_unconfirmed") not in text:
            # ("有冇得直接考一級" with ten years told: level 1's conditions are confirmed, the level 4 said open beside
            # them is the template's, and said so)
            lang = "en" if lang_code == "en" else "zh"
            if opened_level is not None and opened_level > 1:
                rest = "\n".join(line for line in [rest, self.templates.text(lang_code, "eligibility", "caveat_unconfirmed",
                                                                        level=self.rules.level_name(opened_level, lang))] if line)
        if lead.endswith(("：", ":")) and opened:
            # (not between a line that opens a list, "还需要知道以下情况…：", and its list: after the list, before the
            # conditions still open, else above the closing caveat)
            body = rest.split("\n")
            heading = self.templates.text(lang_code, "eligibility", "open_heading")
            at = body.index(heading) if heading in body else self._above_the_caveat(body, decision, lang_code)
            return "\n".join(line for line in [lead, *body[:at], *opened, *body[at:]] if line)
        return "\n".join(line for line in [lead, *opened, rest] if line)

    def _what_is_open(self, profile: Profile, target: int, lang_code: str, age: int | None = None) -> tuple[list[str], int | None]:
        """Beside "not level 3 yet": the level the facts given open now ("8 years, no certificate: level 4
        now"), and a higher one a newer generic condition may open, said as may; with the highest level open on the
        template's conditions (None: none)."""
        lang = "en" if lang_code == "en" else "zh"
        lines = []
        view = overview(replace(profile, target_level=None), self.rules)
        opened = view.highest_open
        if opened is not None and opened > target:
            met = view.decisions[opened].met
            if met.education is None or profile.major_relevant is not None:
                lines.append(self.templates.text(lang_code, "eligibility", "open_instead",
                                                 level=self.rules.level_name(opened, lang), id=met.id,
                                                 text=met.text(lang).rstrip("。.")))
        alternative = alternative_open(profile, self.rules, age)
        if alternative is None and opened is None and target == 5 and age is None:
            # no work yet ("大四，还没有工作经验"): the newer level-5 condition turns on an age not said, so it
            # is said as an "if"
            lines.append(newer_level5_if_16(_Writer(self.rules, lang_code, self.templates), self.rules))
        if alternative is not None and alternative[0] < (opened or 6):
            level, condition = alternative
            lines.append(self.templates.text(lang_code, "eligibility", "open_under_newer_conditions",
                                             level=self.rules.level_name(level, lang), id=condition["id"],
                                             text=_alternative_text(condition, lang, self.rules)))
        return lines, opened


# A date under the newer conditions is said when it is near (within three years): further off, the line
# would lengthen every "not yet" for a date few plan by.
NEAR_MONTHS = 36
# Whether training is needed or would help ("还要上一级培训吗", "do I have to take a course?").
# How long something takes ("要几年？", "要多久", "how long").
# Which of the routes opens sooner ("which route gets me to level 3 faster", "四级按哪个算快？总年限还是拿证后的年限").
_FASTER_ASKED = re.compile(r"哪(?:个|条|种|一条|一个)(?:路线?|方法|办法|算法)?(?:比较|会|更)?快|按哪(?:个|条)算(?:比较)?快|更快|\bfaster\b|\bquicker\b|\bsooner\b", re.I)
_HOW_LONG = re.compile(r"(?:要|需要|得)?(?:多少|几|幾|几多)年|多久|几耐|幾耐|\bhow (?:long|many years)\b", re.I)
# Wanting to go up from the level held ("想往上考", "下一个是五级吗", "next level up").
GOING_UP = re.compile(r"往上|向上|升级|升一级|更高|下一[个级]|再考|继续考|考上去|next (?:level|one)|move up|go up|level up|higher|upgrade", re.I)
_ASKS_ABOUT_AGE = re.compile(r"家长|父母|监护人|同意|年龄|未成年|岁|满1[68]|合法|\bparents?\b|guardian|consent|\bage\b|underage|minor|\bbe 1[68]\b|\b1[68]\+"
                             r"|\blegal\b|\ballowed to (?:stream|sell|go live)", re.I)
# An age limit asked about ("Is there any age limit for Level 1? I'm 58", "40岁了还能考吗").
_AGE_LIMIT_ASKED = re.compile(r"age limit|too old|too young|upper age|minimum age|age requirement|how old|too late|年龄(?:限制|上限|要求)|多大年纪|超龄|太老|"
                              r"年纪(?:太)?大|岁数(?:太)?大|有没有年龄|还能考吗|还能不能考|来得及|来不来得及|几岁|多少岁|满18|十八岁|legal|合法", re.I)
# A figure said rounded down ("6年多", "over 6 years"): the years before it, said again
_ROUNDED_DOWN = re.compile(r"[\d一二两三四五六七八九十]+\s*年多|\bover\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bmore than\b", re.I)
# A total said as the sum of what was told ("加起来6年多", "all together about 6 years")
_ADDED_UP_SAID = re.compile(r"加起来|加埋|总共|一共|合共|合计|\b(?:all together|altogether|in total)\b", re.I)
_FIELD_WORK = re.compile(r"直播|带货|主播|选品|抖音|快手|淘宝|视频|\blive|stream|selling|\bhost", re.I)
_PAST_WORK = re.compile(vocab.PAST_WORK, re.I)
_AFTER_IT = re.compile(r"\W*(?:(?:then|and then|after that|afterwards|later)\b|之后|后来|然后|跟住|再后来)", re.I)
# Two jobs said to run at the same time ("做緊兩份工：朝早…夜晚…", "two jobs at once"): their years overlap.
# ("我做过两份工，一个是2020-2022…然后2023年1月到现在…": two jobs one after the other are not said to overlap)
_CONCURRENT = re.compile(vocab.SAME_TIME_CORE + r"|两份(?:工|工作)?都|打两份工|同一段|一边[^，,。]{0,12}一边|白天[^。]{0,24}晚上|朝早[^。]{0,24}夜晚|日头[^。]{0,24}(?:夜晚|晚上)"
                         # (not beside one's classes: "part-time alongside classes" is one job)
                         r"|\balongside\b(?!\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:classes|class|school|studies|study|uni\w*|college|courses?|degree|exams?))"
                         r"|\bin parallel\b|\bside hustle\b|\bon the side\b"
                         # ("daytime i'm a car salesman…, and at night i do 直播带货", "I also do Douyin lives in the evenings",
                         # "下班后也在快手播"): a second job beside the first
                         r"|\bday(?:time|s)?\b[^.;]{0,80}\b(?:at night|nights|in the evenings?|evenings)\b|\bby day\b"
                         r"|\b(?:also|too)\b[^.;]{0,60}\b(?:in the evenings?|at night|after work|on weekends)\b"
                         r"|\b(?:in the evenings?|at night|after work)\b[^.;]{0,40}\b(?:also|too|as well)\b"
                         r"|(?:晚上|夜晚|下班后|下班之后|下班以后|业余时间?)[^，,。]{0,6}(?:也|还|再|兼职)|(?:也|还)[^，,。]{0,4}(?:晚上|下班后|下班之后|业余)", re.I)
# Whether a level is the top of the ladder ("is that the top?", "係咪最高", "是不是到顶了").
_TOP_ASKED = re.compile(r"\bis (?:that|it|this|level\s*[1-5]) the (?:top|highest|max)\b|(?:是不是|是否|系咪|系唔系|算不算)(?:就)?(?:是)?最高|最高了[吗吧]|到顶了?[吗吧]|封顶[吗吧]", re.I)
# Final-year students asked about ("also cover students still in their final year?", "应届生算不算", "喺度讀緊最後一年得唔得")
_ASKS_FINAL_YEAR = re.compile(r"final[- ]year|still (?:in|at) (?:school|college)|before (?:they )?graduat|应届|在读|在校生|最后一年|未毕业|还没毕业", re.I)
# Said as coming after what was said before ("然后停了两年", "after that I took a break").
_AFTER_THAT = re.compile(r"^\W*(?:再后来|" + vocab.THEN_SAID + ")", re.I)
_RESTARTED = re.compile(vocab.WORK_RESTARTED, re.I)
# A message with a date in it ("21年底", "2022年3月", "sept 2021").
_DATED = re.compile(r"(?:19|20)?\d{2}\s*年|\b(?:19|20)\d{2}\b")
_A_DATE = r"(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月)?[份底初中末尾]?"
# A date taken back and given again ("离职是2021年底 不是2022年底", "不是2022年底，是2021年底").
_DATE_SWAP = re.compile(rf"(?P<right>{_A_DATE})\s*[，,]?\s*(?:而?不是|唔系|not)\s*(?P<wrong>{_A_DATE})"
                        rf"|(?:不是|唔系)\s*(?P<wrong2>{_A_DATE})\s*[，,]?\s*(?:而)?是\s*(?P<right2>{_A_DATE})")


def _date_swapped(message: str, kept: list[str]) -> list[str] | None:
    """The messages said before with a date the message takes back replaced by the one it gives, if it names
    one said in them; None otherwise."""
    m = _DATE_SWAP.search(message)
    if m is None:
        return None
    wrong = re.sub(r"\s+", "", m.group("wrong") or m.group("wrong2"))
    right = re.sub(r"\s+", "", m.group("right") or m.group("right2"))
    said = re.compile(r"\s*".join(map(re.escape, wrong)))  # (as written, spaces or none: "2022 年底")
    if not any(said.search(q) for q in kept):
        return None
    return [said.sub(right, q) for q in kept]
# A sum of years asked about ("这样是不是算5年了？", "does that count as 5 years?").
_SUM_ASKED = re.compile(r"(?:算|当)(?:是|作|成|做)?(?:累计|总共|一共)?\s*(\d+|[一二两三四五六七八九十])\s*年|(?:加起来|合起来|一共)(?:有|是|算)?\s*(\d+|[一二两三四五六七八九十])\s*年"
                        r"|\bcounts? as (\d+) years\b|\b(?:that'?s|makes?|adds? up to|is (?:that|it)) (?:like |about )?(\d+) (?:years|yrs)\b"
                        # ("almost 2 yrs x 2 jobs = 4 years right?": a doubling put forward)
                        r"|(?:=|＝|等于)\s*(\d+)\s*(?:years|yrs|年)", re.I)
# Why the level asked is not open, asked ("點解唔得", "为什么还不行", "why not level 3 already?")
_WHY_NOT = re.compile(r"为什么|为啥|为何|点解|凭什么|\bwhy\b|\bhow come\b", re.I)
# Adding up asked with no figure ("兩份工嘅年資可唔可以加埋一齊計？", "can I add them up?").
# The wait between two levels asked ("拿到五级以后，隔多久才能报四级？", "how long after level 5 can I do level 4?")
_ASKS_WAIT = re.compile(r"(?:隔|等|间隔|相隔)(?:多久|多长时间|几年)|(?:之后|以后|后)(?:要|需要|得)?(?:多久|多长时间|几年)(?:才)?(?:能|可以)?(?:考|报)"
                        r"|\bhow (?:long|many years) (?:after|from|between)\b|\bhow long (?:do|does|must|should) (?:i|you|one|they|we|learners?|students?) "
                        r"(?:have to )?wait\b|\bgap between\b", re.I)
# Schooling said or claimed as a condition ("they said I need 中专", "I only finished junior high", "要求大专学历")
_SCHOOLING_SAID = re.compile(r"中专|中职|高中|大专|初中|小学|学历|文化程度|diploma|junior high|high school|secondary school|primary school|degree|education", re.I)
# Whether training is required for a level ("是不是一定要先参加培训", "do my learners have to take a course first?"):
# the rule question's answer is "no" where no route of the level counts training
_TRAINING_REQUIRED_WORDS = (
    r"(?:一定|必须|非得|是不是要|是否要|要不要|需不需要|需要|用不用|使唔使|要唔要)(?:先)?(?:参加|上|报|读|做)?[^，,。？?]{0,6}(?:培训|学时|上课|上堂|培训班)"
    r"|培训[^，,。？?]{0,10}(?:才能|才可以|先至可以)(?:报|考|申报)|培训是不是必须|培训是必须|不(?:参加|上)?培训(?:能|可以|可不可以|行不行|得唔得)"
    r"|\b(?:must|have to|has to|need to|needs to|required to|obliged to)\b[^.?]{0,30}\b(?:training|course|class|hours)\b"
    r"|\b(?:training|course|hours)\b[^.?]{0,20}\b(?:required|mandatory|compulsory|a must|prerequisite)\b")
_ASKS_IF_TRAINING_REQUIRED = re.compile(_TRAINING_REQUIRED_WORDS + r"|\bwithout (?:any |the )?(?:training|course)\b", re.I)


def asks_if_training_required(text: str) -> bool:
    """Whether a message asks if training is required before applying ("is the course actually required by the rules?")."""
    return bool(_ASKS_IF_TRAINING_REQUIRED.search(text))


# ...or whether a training route exists or counts at all ("does the formal-training route exist for level 3?")
_ASKS_IF_TRAINING_NEEDED = re.compile(_TRAINING_REQUIRED_WORDS + r"|\btraining[- ]route\b|\broute\b[^.?]{0,20}\btraining\b"
                                      r"|\bwithout (?:any |the )?(?:training|course)\b", re.I)
# The other work supposed to count ("如果把导购也算上", "what if I count my shop job too", "if those years counted").
_IF_COUNTED = re.compile(r"(?:如果|假如|要是|假设|若|\bif\b|\bsuppose|\bassum)[^。.?？]{0,24}?(?:算上|算进|加上|也算|算埋|计埋|加埋|计入|算入|"
                         r"\bcount(?:s|ed|ing)?\b|\binclud(?:e|ed|ing)\b|\badd(?:ed)?\b)", re.I)
# Whether years count, asked ("經紀嗰幾年計唔計", "do the mall years count?").
_COUNT_ASKED = re.compile(r"算不算|算唔算|计不计|计唔计|能不能算|可不可以算|能算吗|算吗|算数吗|\bcount(?:s|ed)?\b", re.I)
# An apprenticeship's end said ("contract ends march 2027", "学徒合同明年3月到期"), and "when?" asked.
_APPRENTICESHIP_ENDS = re.compile(r"(?:学徒|apprentic)[^。]{0,60}?(?:\bends?\b|\bfinish(?:es)?\b|期满|到期|结束)", re.I)
_WHEN_ASKED = re.compile(r"什么时候|几时|何时|多久|\bwhen\b|\bhow soon\b|\bhow long\b", re.I)
# A time after graduating supposed ("毕业后做两年直播", "after I graduate and work 2 years").
_AFTER_GRADUATING = re.compile(r"毕业(?:以|之)?后|\bafter (?:i |she |he |they )?graduat", re.I)
# The soonest date asked ("一级最快什么时候能报", "earliest I can sit level 1?").
_FASTEST = re.compile(r"最快|最早|尽快|最短|\bearliest\b|\bsoonest\b|\bfastest\b|\bhow soon\b|幾快|几快", re.I)
# Two levels asked as one or the other ("level 5 or even 4?", "五级还是四级", "五級定四級").
_ONE_OR_THE_OTHER = re.compile(r"[一二三四五1-5]\s*级?\s*(?:还是|或者|或|定系|定係|抑或|or)\s*(?:直接)?[一二三四五1-5]\s*级|\blevel\s*[1-5]\s+or\s+(?:even\s+|maybe\s+|straight\s+)?(?:level\s*)?[1-5]\b", re.I)
# Asked about the way without training ("eligible in Dec 2026 without training?", "唔读培训得唔得")
_WITHOUT_TRAINING = re.compile(r"\bwithout (?:any |the |doing )?(?:\w+ )?training\b|不(?:参加|上|读|做)?培训|唔(?:使)?(?:读|上)?培训|免培训", re.I)
# A level named and asked about yes or no ("三级行不行", "level 3 ok?"), beside "which level can I take"
_THAT_LEVEL_OK = re.compile(r"(?:[一二三四五1-5]\s*级|level\s*[1-5]|\bl[1-5])\s*(?:呢\s*)?(?:行不行|行吗|可以吗|可不可以|能不能|得唔得|得不得|得吗|ok\b|possible\b)", re.I)
# A total stated ("一共做了5年", "6 years in total"), not asked about ("總共夠唔夠考四級").
_TOTAL_CUE = re.compile(rf"(?:{vocab.TOTAL_SAID})(?![^，,。？?]{{0,4}}(?:够|夠|enough|ok\b|吗|嗎))", re.I)
# Years a later message adds to the ones said before, said as added ("之前还做过两年", "plus 2 years before that").
_ADDED_CUE = re.compile(r"另外|此外|之前还|以前还|(?:之前|以前|早前)(?:在|喺)(?:别的|另一|另外一?|其他|第一)(?:家|间|个)?(?:公司|店|单位|mcn|地方)|" + vocab.BEFORE_THAT + r"|(?:之前|以前|早前|此前)[^，,。？?]{0,10}(?:都|也|还)[做干播当]|还[做干当有]过|又(?:再)?[做干播](?:了|咗)|再[做干播](?:了|咗)|又(?:重新)?开始|重新开始|加上|再加|后来|然后|接着|跟住|再后来|转(?:了|咗)?(?:去|做)|\blater\b|\bafter that\b|\bbefore that\b|\balso\b|\bplus\b|"
                        r"\bon top\b|\bin addition\b|\bbesides\b|\bbefore then\b", re.I)
# Back at the work after something else ("22年底又回来做直播", "又返嚟播"): a new stretch after the one said before
_BACK_TO_IT = re.compile(r"又(?:再)?(?:回来|返来|返嚟|回到|出来|出嚟)(?=[^，,。？?]{0,6}(?:做|干|播|当|卖))", re.I)
# Another place of work before the one said ("之前在另一家…", "at my previous company", "before that at another shop")
_ANOTHER_PLACE = re.compile(r"另一家|另外一家|另一间|另外一间|上一家|上家|前一家|之前那家|之前那间|前公司|别家|(?:别的|其他|其它)(?:公司|店|家|间|平台|机构|团队|直播间|mcn|地方)|\bprevious\s+(?:company|job|employer|shop|agency)\b|\banother\s+(?:company|shop|agency|studio|store)\b", re.I)
# A stretch said as before, at a place named ("之前在台湾做过虾皮直播两年"), after work said as going on now at another
# ("现在在厦门…做抖音直播 大概一年多", "在我这干了4年"): the place before, not a part of the work now
_PLACE_BEFORE = re.compile(r"(?:之前|以前|此前|在这之前|在那之前|再之前)[^，,。？?]{0,3}(?:在|喺)(?!这|我这|我们这|本|同一|呢度|我度)[^，,。？?]{1,12}(?:做|干|当|帮)"
                           r"|\bbefore that\b[^.?!]{0,30}\b(?:at|in|on|for)\b", re.I)
# Work said as going on now at a place ("现在在厦门…", "在我这干了4年", "currently at a brand")
# ("我喺廣州做咗兩年幾直播賣衫": the work told at a place, the one a stretch "之前喺…" came before)
_WORK_NOW_AT = re.compile(r"(?:现在|目前|而家|如今)[^，,。？?]{0,3}在|在(?:我|我们)这|\bcurrently\b|\bnow\b|^\W*我(?:在|喺)[^，,。？?之以]{1,10}(?:做|干|当|播)(?:了|咗)", re.I)
# Years pointed back at ("这三年", "那两年", "those 3 years"): the ones said before.
_SAME_YEARS_AGAIN = re.compile(r"(?:这|那|these|those)\s*(?:[一二两三四五六七八九十\d]+|few)\s*(?:个)?\s*(?:年|月|years?|yrs?|months?)", re.I)
# A later message about the work now, after a stretch said as past ("而家返咗香港…做咗半年", "now on 快手 for 1 yr").
_NOW_AGAIN = re.compile(r"而家|现在|目前|如今|返咗|回到|回来|搬到|搬去|\bnow\b|\bcurrently\b|\bthese days\b|\bmoved\b|\bback\b", re.I)
_BETWEEN = re.compile(r"中间|之间|中途|in between|between", re.I)
# The years said were not in one stretch ("不是连续的", "断断续续", "not continuous"): a sum, any break outside it.
_NOT_CONTINUOUS = re.compile(r"不是连续|不连续|唔系连续|唔连续|断断续续|\bnot (?:continuous|consecutive|in a row|straight)\b|\bon and off\b|\boff and on\b", re.I)
_BEFORE_CERTIFICATE = re.compile(r"证[书]?之前|考证前|拿证前|before (?:i )?(?:got|getting|get) (?:the |my )?cert", re.I)


# A skill-level or qualification certificate named beside an association's ("一张是2024年的四级职业技能等级证书", "营销员 四级")
_A_REAL_CERTIFICATE = re.compile(r"职业技能等级证|职业资格证|skill[- ]level cert|qualification cert|营销员|电子商务师|全媒体运营师", re.I)
# Whether a certificate counts, asked ("個證計唔計", "这证到底有没有用", "does that cert count")
_WHETHER_IT_COUNTS = re.compile(r"计唔计|計唔計|算唔算|算不算|计不计|有没有用|有冇用|有用吗|能当|可以当|\bcount(?:s)?\b|\bworth\s+anything\b", re.I)


def _without_employer(question: str, other_work: str) -> str:
    """The message without the platform or trade that only says where the other work was ("之前做过一年多淘宝客服":
    customer service, at Taobao, is no live selling)."""
    return re.sub(r"(?:淘宝|天猫|京东|抖音|快手|拼多多|电商|网店|直播间?|taobao|douyin|e-?commerce)\s*(?:的|平台|店铺?)?\s*" + re.escape(other_work),
                  " ", question, flags=re.I)


# The stretch begun at the start told, said to have ended lately ("2020年7月开始做直播" then "做到今年7月刚好六年 然后离职了"):
# the same stretch, not one before it
_ENDED_THIS_YEAR = re.compile(r"(?:做|干|播|搞)到(?:今年|上个?月|这个?月|上年|去年)", re.I)
# No work said of the time before a start told ("入职前没干过", "零基础", "no experience before joining")
_BEFORE_THE_START = re.compile(r"(?:入职|入行|进公司|开始|来公司|加入)(?:之)?前|零基础|\bbefore (?:joining|they joined|starting|we hired|hiring)\b|\bfrom scratch\b", re.I)


def _with_earlier_years(facts: Profile, earlier: Profile | None, question: str, said_before: bool = False,
                        now_said_before: bool = False) -> Profile:
    """Years said in a later turn add to the years said before only when said as added ("之前还做过两年直播",
    "plus 2 years before that"); otherwise the later figure stands ("开店十二年" then "这两年开始直播": the
    two are part of the twelve, and adding them would state a total the person never gave). The sum
    is shown back in "what I understood", so a misreading is visible and can be corrected."""
    if facts.years_total is None or earlier is None or _TOTAL_CUE.search(question) or corrects_itself(question):
        return facts
    if earlier.years_total is not None and facts.years_total <= earlier.years_total and _CONCURRENT.search(to_simplified(question)) \
            and facts.years_since_certificate is None:
        # "car salesperson, 4 years now" then "for the past 2 years I also do Douyin lives in the evenings": work beside
        # the work said, inside its years, not on top of them (the reply says jobs at the same time count once)
        return replace(facts, years_total=earlier.years_total, years_total_from_date=earlier.years_total_from_date)
    if earlier.years_total_from_date and _ENDED_THIS_YEAR.search(question):
        return facts
    if earlier.stopped_after and facts.years_total_from_date and facts.years_since_certificate is None and not facts.stopped_after:
        # ("干了8个月 后来怀孕停了" then "今年3月又开始播"): a return after a stop; Profile.merge adds the two stretches
        return facts
    if earlier.years_total_from_date and earlier.years_total is not None and not facts.years_total_from_date \
            and facts.years_total <= earlier.years_total < facts.years_total + 1 and not _ADDED_CUE.search(question) \
            and facts.other_years is None and not facts.years_total_before:
        # "我2023年7月开始…一直做到现在" then "工作年限就填3年多对吧": the date told is the finer figure of the same years
        return replace(facts, years_total=earlier.years_total, years_total_from_date=True)
    if facts.years_total == 0.0 and earlier.years_total and earlier.years_total_from_date and _BEFORE_THE_START.search(question):
        # "去年7月入职的那批主播" then "都是零基础的应届毕业生 入职前没干过": no work before the start, the years
        # since it stand
        return replace(facts, years_total=None)
    if facts.years_total == earlier.years_total and _SAME_YEARS_AGAIN.search(question):
        return facts  # "做了三年" then "那我这三年能不能算…": the same years pointed at again, not more
    if earlier.other_years is not None and facts.years_total == earlier.other_years and _SAME_YEARS_AGAIN.search(question):
        # ("之前还在商场做过3年导购促销" then "这3年加上以后做直播的时间能不能合起来算": the other work's years pointed at)
        return replace(facts, years_total=earlier.years_total, other_years=earlier.other_years,
                       years_total_before=earlier.years_total_before)
    if _BEFORE_CERTIFICATE.search(question) and earlier.years_since_certificate is not None:
        return replace(facts, years_total=earlier.years_since_certificate + facts.years_total)
    if earlier.years_total is not None and earlier.years_total_from_date and facts.years_total_from_date and facts.start_is_a_change \
            and facts.years_total <= earlier.years_total and facts.other_years is None:
        # ("我2010年就開始做電商" then "2022年起轉做選品": a switch dated inside the stretch running to today, not years on top)
        return replace(facts, years_total=earlier.years_total, years_total_at_most=earlier.years_total_at_most, start_is_a_change=None)
    if earlier.years_total is not None and _ADDED_CUE.search(question):
        return replace(facts, years_total=earlier.years_total + facts.years_total)
    if earlier.years_total is not None and not earlier.years_total_from_date and facts.years_total_from_date \
            and not facts.break_years and facts.years_since_certificate is None and _BACK_TO_IT.search(question):
        # "我19年初开始在快手做主播，干了一年半" … "后来进厂干了两年半" then "22年底又回来做直播，一直到现在": the return,
        # dated to today, after the first stretch (a break said with it, "歇了一年多 去年3月又回来", is Profile.merge's)
        return replace(facts, years_total=round(earlier.years_total + facts.years_total, 4), stretches_added=True)
    if earlier.years_total is not None and earlier.years_total_from_date and facts.years_total_before \
            and not facts.years_total_from_date and facts.years_since_certificate is None and facts.other_years is None:
        # "由2023年中開始做直播帶貨" then "之前喺屋企幫手打理淘寶舖一年幾": a stretch before the one running to today
        return replace(facts, years_total=round(earlier.years_total + facts.years_total, 4), years_total_from_date=True,
                       stretches_added=True)
    if earlier.years_total is not None and not earlier.years_total_from_date and facts.years_total_before \
            and not facts.years_total_from_date and facts.years_since_certificate is None and facts.other_years is None \
            and earlier.years_since_certificate is None and earlier.certificate_level in (None, NO_CERTIFICATE) \
            and facts.certificate_level is None \
            and (_ANOTHER_PLACE.search(question) or (now_said_before and _PLACE_BEFORE.search(question))):
        # "在一家電商公司當選品，做了三年" then "之前在另一家做電商營運兩年多": a stretch at the place before, added
        return replace(facts, years_total=round(earlier.years_total + facts.years_total, 4), stretches_added=True,
                       years_total_before=None, before_certificate=None)
    since = earlier.years_since_certificate if earlier.years_since_certificate is not None else earlier.certificate_age
    if earlier.years_total is None and since is not None and earlier.certificate_level not in (None, NO_CERTIFICATE) \
            and facts.years_total_before and facts.years_since_certificate is None \
            and not (facts.years_total_from_date and facts.years_total < since and not facts.before_certificate) \
            and (_ADDED_CUE.search(question) or (facts.before_certificate and not facts.worked_since_certificate)):
        # (not a stretch dated after the certificate, inside the years since it: "三级 2021年12月拿的" then "这两年转去
        # 做直播了 2024年初开始 之前一直做短视频")
        # ("考之前已經做咗兩年半直播": said as before it; with the work since said too, the profile adds the two itself)
        # "五级 2024年1月拿的" then "之前还做了三年短视频剪辑": the years before it and those since (counted, as the
        # reply says, as worked since the certificate's date)
        return replace(facts, years_total=round(since + facts.years_total, 4))
    if earlier.years_total is not None and said_before and _NOW_AGAIN.search(question):
        # "之前喺深圳做咗兩年直播" then "而家返咗香港用IG live賣嘢，做咗半年": a stretch now, after the past one
        return replace(facts, years_total=earlier.years_total + facts.years_total)
    return facts  # "开店十二年" then "这两年开始直播": the later figure may be part of the earlier one


def _age_of_the_case(request: Request, conversation: Conversation) -> int | None:
    """The age said in this message, else the latest said before it."""
    return request.age if request.age is not None else latest_said(conversation, age_stated)


def _merged(earlier: Profile | None, facts: Profile, question: str) -> Profile:
    """The case so far updated by what a message states; a message that corrects itself replaces what it corrects."""
    if earlier is None:
        return facts
    correction = corrects_itself(question)
    profile = earlier.merge(facts, correction)
    if correction and _NO_DIPLOMA.search(mandarin_words(question)):
        # "大專電商畢業" then "唔係，我其實係讀咗兩年大專冇畢業，冇畢業證": the diploma said is taken back
        profile = replace(profile, education=[])
    return profile


# A diploma taken back ("其實係讀咗兩年大專冇畢業", "I never graduated actually")
_NO_DIPLOMA = re.compile(r"(?:没|冇|未|没有)毕业|没有?毕业证|冇毕业证|肄业|辍学|\bdidn'?t graduate|\bnever graduated|\bno diploma|\bdropped out", re.I)


# The person asked about is not the asker: "you hold" becomes "they hold", "你已满" "TA已满"; what the
# asker told ("what you have told me", "按你说的") stays theirs.
_YOU_EN = re.compile(r"\byou(?! (?:have |had )?(?:not )?(?:told|gave|said|tell|give)\b)(?= \w)|\byour(?= (?:\S+ )?(?:certificate|diploma|years|case|level|major|final year|school|own|work|training))", re.I)
_THEY = {"you": "they", "You": "They", "your": "their", "Your": "Their"}
_OBJECT_BEFORE = re.compile(r"\b(?:to|for|with|of|about|from|tell|let|give|help|ask|lets|gives)\s+$", re.I)  # "open to you": "open to them"
_YOU_ZH = re.compile(r"你(?=已满|已年满|目前|累计|有|持有|完成了|在本职业|可能|已可|的专业|按 |是否|现在还在读|毕业那一学年|现在就是|现在是不是|现在能报|现在可以报)")


def _work_through_certificate(profile: Profile) -> Profile:
    """"做咗成五年幾 2021年頭開始" … "2022年考咗五級": work going on since before the certificate's date runs through it,
    so the years since it are the time since the date (said back as counted that way, "中间没做的话请告诉我")."""
    if profile.years_since_certificate is not None or profile.certificate_age is None or profile.years_total is None \
            or profile.certificate_level in (None, NO_CERTIFICATE) or profile.break_taken_out or profile.break_years \
            or profile.other_years or profile.recent_part or profile.years_total < profile.certificate_age \
            or (profile.years_since_at_most is not None and profile.years_since_at_most - profile.certificate_age > 0.1):
        return profile  # (nor a year said alone: its month decides, and "at most" says so)
    return replace(profile, years_since_certificate=profile.certificate_age, years_since_from_date=True,
                   worked_since_certificate=True)


def overlapping_sum_asked(question: str, conversation: Conversation) -> bool:
    """"A公司干了2年，B公司干了3年，基本是同一段时间" then "这样算累计5年吗？": the sum of jobs held at the same
    time asked about, which the eligibility reply answers (they overlap and count once)."""
    said = [to_simplified(q) for q, _ in conversation.history[-3:]] + [question]
    return bool(_SUM_ASKED.search(question) or ADD_UP_ASKED.search(question)) and bool(_CONCURRENT.search(" ".join(said)))


def latest_said(conversation: Conversation, read, first: str | None = None, last: int | None = None):
    """What `read` finds in `first`, else in the asker's earlier messages (the `last` ones, or all), newest first
    (None when nothing)."""
    earlier = conversation.history[-last:] if last else conversation.history
    for text in ([first] if first else []) + [question for question, _ in reversed(earlier)]:
        value = read(to_simplified(text))
        if value is not None:
            return value
    return None


def said_age(conversation: Conversation, question: str) -> int | None:
    """Someone's age said in this message or, else, in the last few before it ("我16岁" … "可以自己开直播间吗",
    "my 16 y/o nephew"); not an age a rule names ("是不是要满18岁", "till 18", "after age 18")."""
    # ("細妹今年15歲" then "定係要等佢16歲？": the age waited for is no one's age)
    return latest_said(conversation, lambda text: _age_in(_PERSON_AGE, AGE_AWAITED.sub(" ", ages_in_digits(text))), question, last=3)


def _any_age(text: str) -> int | None:
    return _age_in(_ANY_AGE, text)


def _age_in(pattern: re.Pattern, text: str) -> int | None:
    """The age the first match of `pattern` (one group per way of saying it) gives, None when none."""
    match = pattern.search(text)
    return int(next(g for g in match.groups() if g)) if match else None


def _destination(request: Request, known: Profile | None = None) -> int | None:
    """The level a route question leads to ("由五級考到三級大概要幾耐" -> 3), when it names one; else, asked for
    the levels between ("中間要經過哪幾級"), the one wanted before ("想升到技師")."""
    match = TO_LEVEL.search(request.question)
    if match and levels_named(match.group(0)):
        return levels_named(match.group(0))[0]
    if known is not None and known.target_level and levels_between_asked(request.question):
        return known.target_level
    if request.act == "eligibility_route" and request.levels:
        highest = min(request.levels)  # ("之后最快哪年能考二级？", "四级可以吗 然后三级最快哪年": the highest level asked)
        held = known.certificate_level if known is not None and known.certificate_level not in (None, NO_CERTIFICATE) else None
        if held is not None and held > 1 and highest >= held:
            return held - 1  # ("what comes after L3 … how long would it take me?" with level 3 held: the next one up)
        return highest
    return None



# An age said in passing ("我今年40岁", "I'm 28"): told back with the date a route reaches its level.
_ANY_AGE = re.compile(r"(?:今年|我)\s*(\d{2})\s*[岁歲]|今年\s*([1-9]\d)\s*(?:了|啦)(?=[，,。！!？?\s]|$)|今年\s*([1-9]\d)(?!\s*[年月号日个級级万千])(?=\s*(?:[，,。！!？?]|\s|$))|(\d{2})\s*(?:周岁|岁|歲)|\b(?:i'?m|i am|aged?)\s+(\d{2})\b(?!\s*(?:years? of|yrs? of|months?|%))"
                     r"|\b(\d{2})\s*(?:yo|y/o|years? old)\b", re.I)
# Someone's age ("我今年16岁", "表妹17歲", "I'm 17", "a 16 year old"), not one a rule names ("要满18岁", "till 18",
# "16歲就可以直播是哪一條法規講的").
_PERSON_AGE = re.compile(r"(?<!\d)(?<![满滿到够夠过過要超至等])(?<!满了)(\d{1,2})\s*(?:周岁|週歲|岁|歲)(?!以上|以下|前|后|後|先|才|或以上|就(?:可以|能|行|得)|即可)"
                         r"|\b(?:i'?m|i am|he'?s|she'?s|aged)\s+(\d{1,2})\b(?!\s*(?:years? of|yrs? of|months?|%|hours?))"
                         r"|\b(\d{1,2})\s*(?:yo|y/o|-year-old|years? old|year old)\b"
                         # ("说错了 他今年才满15 明年3月才16": the age this year, not the one next March)
                         r"|(?:今年|刚满|剛滿|才满|才滿|啱啱满|啱啱滿|刚刚满|剛剛滿|已经满|已經滿)(?:才|刚|剛)?(?:满|滿)?\s*(1\d|[2-9]\d)(?![\d年个個天月级級万萬千号號日])"
                         r"|\b(?:is|are|turns|turned|just turned)\s+(\d{1,2})(?=\s*[,.;!?，。]|\s*$|\s+(?:and|now|this|next)\b)", re.I)  # "my cousin is 17,"


def _about_them(text: str, lang_code: str) -> str:
    if lang_code == "en":
        return _YOU_EN.sub(lambda m: "them" if m.group(0) == "you" and _OBJECT_BEFORE.search(text[:m.start()])
                           else _THEY.get(m.group(0), m.group(0)), text)
    return _YOU_ZH.sub("TA", text)




def _alternative_text(condition: dict, lang: str, rules) -> str:
    """A newer generic condition in the reply's language (the rules file words it in Chinese)."""
    if lang == "zh" or condition.get("text_en"):
        return condition.get("text_zh") if lang == "zh" else condition["text_en"]
    parts = []
    if condition.get("required_certificate_level"):
        parts.append(f"a {rules.level_name(int(condition['required_certificate_level']), 'en')} certificate")
    if condition.get("min_years_after_certificate"):
        parts.append(f"{plain_number(condition['min_years_after_certificate'])} years of work since obtaining it")
    if condition.get("min_years_total_experience"):
        parts.append(f"{plain_number(condition['min_years_total_experience'])} years of relevant work in total")
    if condition.get("education"):
        parts.append("a relevant vocational-school or college diploma (final-year students included)")
    return " + ".join(parts)


def _to_the_day(text: str, day: tuple, today: date, lang_code: str) -> str:
    """"约2027年1月起" for a certificate of 9 December 2022 read on 2 December: the years were counted from the month
    after (a day later in the month than today's does not count the month), so a date N years from the certificate
    said to the month is a month late; said to the day it is 9 December 2026."""
    year, month, certified = day
    from_year, from_month = counted_month(year, month, certified, today)
    if (from_year, from_month) == (year, month):
        return text  # (the month itself was counted: the dates said to the month are right)
    for years in range(1, 7):
        late_year, late_month = from_year + years, from_month
        exact = date(year + years, month, min(certified, 28 if month == 2 else certified))
        if exact <= today:
            continue
        if lang_code == "en":
            text = re.sub(rf"(?:from\s+)?about {late_month}/{late_year}\b", f"from {exact.day} {exact.strftime('%b')} {exact.year}", text)
        else:
            text = re.sub(rf"约{late_year}年{late_month}月起", f"{exact.year}年{exact.month}月{exact.day}日起", text)
    return text


# Who the facts are about, named in English in an earlier message and answered in Chinese now ("A learner has …"
# then "用中文再讲一次"): not "按你说的（she的）情况"
_WHO_IN_CHINESE = {"she": "她", "her": "她", "he": "他", "him": "他", "they": "TA", "them": "TA", "learner": "学员",
                   "student": "学生", "trainee": "学员", "friend": "朋友", "wife": "太太", "husband": "丈夫", "son": "儿子",
                   "daughter": "女儿", "brother": "兄弟", "sister": "姐妹", "mom": "妈妈", "mum": "妈妈", "dad": "爸爸",
                   "cousin": "表亲", "colleague": "同事", "girlfriend": "女朋友", "boyfriend": "男朋友", "gf": "女朋友", "bf": "男朋友"}


def _who_in(who: str, lang_code: str) -> str:
    if lang_code == "en":
        return who
    key = re.sub(r"^(?:my|our|a|the|this|one)\s+", "", who.strip().lower())
    return _WHO_IN_CHINESE.get(key, who)

