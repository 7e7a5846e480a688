"""What an asker has told us about themselves, and reading it out of free text.

Parsing never guesses: a fact is set only when the words say it. In particular "我有四级证书，干了三年"
says three years of work, not three years *since* the certificate; years count as years since the
certificate only when the text ties them to it ("拿证后", "证书拿了3年", "got it 3 years ago", "ever
since" after getting it) or dates it ("拿证是2021年": at least this year - 2021 - 1, the month being
unknown). "About 3 years" is 3, the asker's best figure; "快三年"/"almost 3 years" is just under 3, so a
requirement of 3 fails and one of 2 passes, and "差不多3年" is read the same way; "不到3年"/"at most 3
years" stays unknown and the engine asks. The parser reads Simplified Chinese and English; callers convert Traditional Chinese first.
"""
from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import replace, dataclass, field, fields
from datetime import date, timedelta

import bot.eligibility.vocabulary as vocab
from bot import clock

NO_CERTIFICATE = 0  # certificate_level when the asker said they hold none (None means "not said")
YEAR_FIELDS = ("years_since_certificate", "years_total")
YES_NO_FIELDS = ("formal_training", "apprenticeship", "preparatory_technician")
_LIST_FIELDS = ("education", "final_year_student_of", "studying_at")
JUST_OBTAINED_MONTHS = 3  # "刚拿的" of a month this year at least this many months back is no "just now"
_SINCE, _TOTAL, _SKIP, _UNCLEAR, _GAP, _HELD, _GRADUATED = "since", "total", "skip", "unclear", "gap", "held", "graduated"
START_ALONE_MAX = 24  # a message this short that is only a start date ("started 2023-06") dates the work said before
JUST_UNDER = 0.26  # "快三年", "almost 3 years": 2.74, below 3 but above any lower whole number, and never a whole number
# of months (2.75 is 2 years 9 months worked out from dates, not "almost 3")
_SENTENCE_END = r"[。！？!?；;\n]|\.(?!\d)"


# A certificate held and what dates it: what goes with it to whoever holds it, and goes when it is taken back
CERTIFICATE_FIELDS = ("certificate_level", "years_since_certificate", "years_since_from_date", "years_since_held",
                      "years_since_at_most", "certificate_age", "worked_since_certificate", "certificate_day")


@dataclass
class Profile:
    job_type: str | None = None
    target_level: int | None = None
    certificate_level: int | None = None  # best level held; NO_CERTIFICATE = explicitly none
    years_since_certificate: float | None = None
    years_total: float | None = None
    formal_training: bool | None = None
    formal_training_level: int | None = None  # the level the training was for, when said
    apprenticeship: bool | None = None
    education: list[str] = field(default_factory=list)  # credentials held (graduated)
    final_year_student_of: list[str] = field(default_factory=list)
    preparatory_technician: bool | None = None
    holds_certificate: bool | None = None  # True: holds a certificate whose level was not said ("我有证书")
    years_since_from_date: bool = False  # years since the certificate worked out from its date, not said
    years_since_held: bool = False  # years since the certificate said as how long it is held ("证书拿了5年"), work supposed
    break_years: float | None = None  # a break said without the figure it comes out of ("i took a year off")
    years_since_at_most: float | None = None  # a certificate's date bounds the years since it ("上年攞嘅": ≤ 2)
    years_total_from_date: bool | None = None  # the years of work counted from a start date ("2019年开始做直播")
    certificate_age: float | None = None  # at least this many years since the certificate, from its date
    worked_since_certificate: bool | None = None  # "之后一直在做直播" said without a figure
    years_total_before: bool | None = None  # the years said are of work before ("之前做过3年导购"), not a total
    before_certificate: bool | None = None  # ...said as before the certificate ("攞證之前已經做咗兩年")
    years_total_at_most: float | None = None  # a start said as a year alone: the most it can be (from its January)
    break_taken_out: bool | None = None  # True: a break the person said was taken out of the years counted from a date
    stretches_added: bool | None = None  # True: the years are stretches said apart, added up (a start date among them)
    other_years: float | None = None  # other work said beside this work ("之前在商场做了两年"): counted only if the body agrees
    major_relevant: bool | None = None  # the diploma's major is this or a related one (None: not said)
    # School being attended, not finished ("I'm in a program at…"). A plain (tuple) default: profiles are
    # pickled with Telegram conversations, and an older pickle then reads the class default.
    studying_at: tuple[str, ...] | list[str] = ()
    final_year: bool | None = None  # said to graduate this school year, perhaps in another message
    graduated: bool | None = None  # said to have graduated, perhaps after naming the school in another message
    moved_to_work: str | None = None  # "returned" ("去年回的广州 现在还是做选品": a stretch of its own) or "moved" (the same work on)
    after_what_came_before: bool | None = None  # the message opens "之后…" / "after that…": its years follow the last event said
    # The start said is a change between job types of this occupation ("最近转做选品了，2024年开始"): the work before it
    # was this occupation's too, so it does not bound the years since an earlier certificate
    start_is_a_change: bool | None = None
    # The years said are the latest part of work going on all along ("之后一直做电商运营，这两年转做直播了")
    recent_part: bool | None = None
    # A level said not held ("没有四级证", "no L4 cert"): no certificate of that level or above (the ladder is
    # climbed from the bottom), so every route needing it fails; a lower certificate may still be held
    lacks_level: int | None = None
    # The years are stretches on different platforms, added up ("抖音带货两年 快手一年"): whether they ran at the
    # same time was not said, so the reply says how it counted them
    platforms_added: bool | None = None
    # The stretches added are lines of this work ("三年選品 兩年直播"), not platforms: said so in the reply (platforms_added
    # is set with it, so that merging and a break said later treat both alike)
    lines_added: bool | None = None
    # The hours of the training said ("a 60-hour 高级技师 prep course"): fewer than the level's reference hours is no
    # proof the formal training was done (the reply says so and counts it as not done)
    training_hours: int | None = None
    # The certificate's date said to the day ("2022年12月9號攞五級"), (year, month, day): the years since it are read to
    # the month as every date is, and a reply can still name the day they come round
    certificate_day: tuple | None = None
    # The years said were followed by a stop ("拎證之後做咗一年 跟住停咗兩年"): work taken up again from a date said
    # later is a new stretch, added to them
    stopped_after: bool | None = None
    # "since last March" said in December: the month of last year was read, (month name, year read, year of this one):
    # the reply names the reading, since many mean this year's (kept until new years or a new date are said)
    month_read: tuple | None = None
    # A break still to come ("下个月要生宝宝了 要休大半年", "going to take 6 months off next year"), in years: no part of
    # the years worked so far; the reply says the years are kept and the dates move by about as long
    break_ahead: float | None = None
    # The years said are the work since a return after a break said before them ("停咗差唔多五年 今年先返工 … 做咗半年"):
    # a stretch of its own, after the one told in an earlier message
    back_after_break: bool | None = None
    # The work said to have gone on until a date, with no start in the same message ("做到23年2月，然后去送了一年多外卖",
    # "till end of aug 2021, then stopped"): how long ago it ended, in years; it closes a stretch counted to today
    # from a start said before
    ended_ago: float | None = None

    def merge(self, newer: Profile, correction: bool = False) -> Profile:
        """This profile updated by a later message: newer facts win, lists accumulate. With `correction`
        ("不对，是五级不是四级") the later level replaces a misspoken one and the years said of it stay."""
        values = {}
        for f in fields(self):
            old, new = getattr(self, f.name), getattr(newer, f.name)
            if f.name in _LIST_FIELDS:
                # ("佢唔係技工學校，係讀普通高中": a school said in a correction replaces the one said before)
                # ("it's not a 技工学校, it's a regular 普通高中": the school attended too, said again in a correction)
                schooling = correction and f.name in ("education", "final_year_student_of") \
                    and bool(newer.education or newer.final_year_student_of)
                values[f.name] = list(new) if schooling \
                    else list(dict.fromkeys([*old, *new]))
            elif f.name in ("years_since_from_date", "years_since_held"):
                values[f.name] = new if newer.years_since_certificate is not None else old
            elif f.name in ("years_total_from_date", "years_total_at_most", "stretches_added", "platforms_added", "lines_added"):
                values[f.name] = new if newer.years_total is not None else old
            elif f.name == "month_read":  # the reading of "last March" stands until another date or figure is said
                dated_again = newer.years_total is not None or newer.certificate_age is not None
                values[f.name] = new if new is not None or dated_again else old
            elif f.name == "break_taken_out":  # kept until new years are said
                values[f.name] = True if new or (old and newer.years_total is None and newer.years_since_certificate is None) else None
            else:
                values[f.name] = new if new is not None else old
        if not correction and newer.certificate_level == self.certificate_level and self.certificate_level not in (None, NO_CERTIFICATE) \
                and newer.job_type not in (None, self.job_type) and self.job_type is not None \
                and self.certificate_age is not None and newer.certificate_age is not None and newer.certificate_age < self.certificate_age:
            # ("got level 5 product selector Nov 2022" then "and level 5 live-streaming salesperson Feb 2023"): a second
            # certificate of the same level, another job type's; the years since that level count from the first
            for name in ("certificate_age", "years_since_at_most", "certificate_day", "month_read"):
                values[name] = getattr(self, name)
        if correction and newer.years_since_certificate is not None and newer.years_total is None \
                and self.years_total is not None and self.years_since_certificate is not None \
                and abs(self.years_total - self.years_since_certificate) < 1e-6:
            # ("之後做咗三年幾" then "更正：…所以攞證之後實際做咗兩年幾"): the total was those years, put right with them
            values["years_total"] = newer.years_since_certificate
        if not correction and not newer.graduated and newer.education and self.final_year_student_of:
            # ("final year of my bachelor's in e-commerce" then "my classmate said with a degree you can skip to 三级"):
            # the school being finished, named again, is no diploma held until its end is said
            values["education"] = [code for code in values["education"]
                                   if code in self.education or code not in self.final_year_student_of]
        if self.final_year and newer.final_year is None and newer.studying_at and not newer.final_year_student_of \
                and not newer.education and self.final_year_student_of:
            # ("大专电商专业 明年7月毕业" then "补充一下 我们学校是高职"): the school attended in its last year, named again
            values["final_year_student_of"] = list(dict.fromkeys([*values["final_year_student_of"], *newer.studying_at]))
            values["studying_at"] = tuple(code for code in values["studying_at"] if code not in newer.studying_at)
        if newer.final_year is False and not newer.studying_at and not newer.final_year_student_of and self.final_year_student_of:
            # ("中职电商专业 明年6月毕业" then "说错了 我是明年6月才升到最后一年 后年6月才毕业"): the school said before is
            # attended, not in its last year
            values["studying_at"] = tuple(dict.fromkeys([*self.studying_at, *self.final_year_student_of]))
            values["final_year_student_of"] = []
        if correction and newer.studying_at and not newer.education and not newer.final_year_student_of and self.education \
                and all(code in newer.studying_at for code in self.studying_at) and not self.final_year_student_of:
            # ("技师学院毕业的" then "啊不对 我们学校是普通技工学校 不是技师学院"): the school finished, named right
            values["education"] = list(newer.studying_at)
            values["studying_at"] = ()
        if newer.final_year is False and newer.studying_at:
            # ("final-year students" then "year 2 students, not final year"): the school is attended, not in its last year
            values["final_year_student_of"] = [code for code in values["final_year_student_of"] if code not in newer.studying_at]
        # Years since a certificate belong to that certificate: a different one resets them
        # (naming the level of a certificate already counted from, "是四级证书", does not).
        other_certificate = self.certificate_level not in (None, NO_CERTIFICATE) and \
            newer.certificate_level not in (None, self.certificate_level) and not correction
        if other_certificate:
            values["years_since_certificate"] = newer.years_since_certificate
            values["certificate_day"] = newer.certificate_day
        if newer.certificate_level == NO_CERTIFICATE:
            values["holds_certificate"] = newer.holds_certificate
            if correction and self.certificate_level not in (None, NO_CERTIFICATE):
                # ("不对不对…证书是小外甥的…大外甥没有证"): the certificate taken back, with its dates
                for name in CERTIFICATE_FIELDS:
                    if name != "certificate_level":
                        values[name] = Profile.__dataclass_fields__[name].default
        if newer.certificate_age is not None and newer.certificate_day is None and newer.certificate_age != self.certificate_age:
            values["certificate_day"] = None  # the certificate dated again, to the month: the day said before was of the old date
        if newer.certificate_age is not None and newer.years_since_certificate is None and self.years_since_from_date \
                and values["years_since_certificate"] is not None and values["years_since_certificate"] > newer.certificate_age:
            # ("2021年尾攞嘅 22年開始全職做直播" then "係2023年3月先攞 唔係21年"): the years since it, worked out from
            # the old date, end at the new one
            values["years_since_certificate"] = newer.certificate_age
        if correction and newer.lacks_level is not None and newer.certificate_level is None \
                and self.certificate_level not in (None, NO_CERTIFICATE) and self.certificate_level <= newer.lacks_level:
            # ("我朋友話佢有三級" then "啊唔係 佢話三級只係考咗理論 實操未過"): the certificate told is taken back, with its dates
            for name in CERTIFICATE_FIELDS:
                values[name] = Profile.__dataclass_fields__[name].default
        if values["lacks_level"] is not None and values["certificate_level"] not in (None, NO_CERTIFICATE) \
                and values["certificate_level"] <= values["lacks_level"]:
            values["lacks_level"] = None  # a certificate at that level or above said after all
        # "四级证2022年3月拿的" then "2023年有半年没上班，其他时间都在干": the years since it were worked, less the break
        worked_through = newer.break_years and newer.worked_since_certificate and newer.years_since_certificate is None \
            and self.years_since_certificate is None and self.years_total is None and self.certificate_age is not None
        if worked_through:
            _since_less_break(values, max(self.certificate_age - newer.break_years, 0.0), newer.break_years)
            if newer.years_total_before and newer.before_certificate and newer.years_total is not None:
                # ("考之前已经干了一年半了 考完一直在做 就是24年生孩子歇了8个月"): the stretch before it, and the work since
                values["years_total"] = round(newer.years_total + values["years_since_certificate"], 4)
                values["years_total_before"], values["before_certificate"] = None, None
        # ("Amy has Level 3, got it Oct 2021", worked since, then "sorry — Oct 2022, not 2021"): the certificate dated
        # again, the years since it, counted from its date, are counted from the new one
        if newer.certificate_age is not None and newer.years_since_certificate is None and self.years_since_from_date \
                and newer.certificate_level in (None, self.certificate_level) and self.certificate_age is not None \
                and self.years_since_certificate is not None and abs(self.years_since_certificate - self.certificate_age) < 1e-6 \
                and abs(newer.certificate_age - self.certificate_age) > 1e-6:
            values["years_since_certificate"] = newer.certificate_age
        # A break said on its own comes out of the one figure said before ("6 years" then "took a year off").
        # (not from a stretch said as past, "之前做咗两年半" then "返咗香港，停咗一年幾": the break came after it;
        # nor from stretches on two platforms added up, "抖音两年 快手一年" then "中间歇了半年": it lay between them)
        if newer.break_years and newer.years_total is None and newer.years_since_certificate is None and not worked_through \
                and not (self.years_total_before and self.years_since_certificate is None) \
                and not (self.platforms_added and self.years_since_certificate is None):
            figures = [name for name in YEAR_FIELDS if values[name] is not None]
            if len(figures) == 1:
                values[figures[0]] = max(values[figures[0]] - newer.break_years, 0.0)
                values["break_taken_out"] = True
                if figures[0] == "years_since_certificate":
                    # ("2022年1月攞五级，之后一直做直播" then "2023年成年冇做": at most the years since, less the break)
                    _at_most_less_break(values, newer.break_years)
            elif len(figures) == 2 and newer.certificate_level is not None and newer.certificate_level == self.certificate_level \
                    and newer.break_years < values["years_since_certificate"]:
                # "我直播了9年 有四级 20年拿的" then "但是四级之后我转行做了两年外卖": the break, said after the certificate,
                # comes out of the years since it
                _since_less_break(values, round(values["years_since_certificate"] - newer.break_years, 4), newer.break_years)
                values["break_taken_out"] = True
            elif len(figures) == 2 and values["years_total_from_date"] and values["years_since_from_date"] \
                    and newer.break_years < min(values[name] for name in figures):
                # "19年开始做主播", "21年考了四级", then "中间有一年多没播": both counts run to today, so the break
                # (told after the certificate, as people tell their story in order) comes out of both
                values["years_total"] = round(values["years_total"] - newer.break_years, 4)
                values["years_total_at_most"] = None
                _since_less_break(values, round(values["years_since_certificate"] - newer.break_years, 4), newer.break_years)
            elif len(figures) == 2 and abs(values["years_total"] - values["years_since_certificate"]) < 1e-6 \
                    and newer.break_years < values["years_total"]:
                # ("2022年12月7號拿到五級 今天剛好滿四年" then "但她中間有三個月沒工作"): the years in all are the years
                # since the certificate, so the break comes out of both
                values["years_total"] = round(values["years_total"] - newer.break_years, 4)
                values["years_total_at_most"] = None
                _since_less_break(values, round(values["years_since_certificate"] - newer.break_years, 4), newer.break_years)
                values["break_taken_out"] = True
            elif not figures and self.certificate_age is not None and self.certificate_level not in (None, NO_CERTIFICATE) \
                    and newer.break_years < self.certificate_age:
                # "五級證2021年12月攞" then "中間有兩年冇做直播，去咗送外賣": the time since it, less the break
                _since_less_break(values, round(self.certificate_age - newer.break_years, 4), newer.break_years)
        values["break_years"] = None
        if newer.years_total_before and newer.years_total is not None and newer.years_since_certificate is None \
                and newer.certificate_level is None and self.years_since_certificate is not None and self.years_total is None \
                and self.worked_since_certificate and not correction:
            # ("got 四级 cert in Sept 2022, streaming full-time since then" then "before the cert I did like a year of
            # part-time streaming too"): the stretch before the certificate and the work since it, both
            values["years_total"] = round(newer.years_total + self.years_since_certificate, 4)
            values["years_total_before"], values["years_total_from_date"], values["years_total_at_most"] = None, None, None
        # "I'm in a program at a technician college" then "graduating next June": a final-year student there
        carried_on = newer.worked_since_certificate and newer.years_since_certificate is not None and self.certificate_age is not None \
            and newer.certificate_age is None and newer.years_since_certificate < self.certificate_age \
            and not newer.break_years and not newer.break_taken_out
        if carried_on:
            # "三级 2022年6月拿的" then "拿证后在MCN做了三年，后来自己干到现在": the work went on to today
            values["years_since_certificate"], values["years_since_from_date"] = self.certificate_age, True
        elif newer.worked_since_certificate and newer.years_since_certificate is None and self.years_since_certificate is None \
                and self.certificate_age is not None and not worked_through and newer.certificate_level in (None, self.certificate_level):
            # "二级是2023年1月攞" then "跟住一直喺公司做直播主管": the years since that date are years of work
            values["years_since_certificate"], values["years_since_from_date"] = self.certificate_age, True
            if newer.years_total_from_date and values["years_total"] is not None and values["years_total"] < self.certificate_age \
                    and not newer.before_certificate and newer.years_total_before:
                # "视频创推员三级 2021年12月拿的" then "这两年转去做直播了 2024年初开始 之前一直做短视频": a stretch dated
                # after the certificate lies inside the years since it, all worked
                values["years_total"] = self.certificate_age
            elif (newer.years_total_before or self.years_total_before) and values["years_total"] is not None \
                    and (values["years_total"] < self.certificate_age or newer.before_certificate or self.before_certificate):
                # "之前做过3年导购，拿证后一直直播卖货": fewer years than have passed since the certificate,
                # all worked, are a stretch before it, so the total is both
                values["years_total"] = values["years_total"] + self.certificate_age
        elif self.years_total_before and self.before_certificate and self.years_total is not None and self.certificate_age is None \
                and newer.certificate_age is not None and newer.worked_since_certificate and newer.years_total is None \
                and newer.years_since_certificate is not None:
            # "about 3 yrs total before I got certified" then "got 五级 April 2023 and been full time since then":
            # the stretch before the certificate and the one since it, both
            values["years_total"] = self.years_total + newer.years_since_certificate
        if not correction and values["years_since_certificate"] is None and self.years_total_from_date and self.years_total is not None \
                and self.certificate_age is None and newer.certificate_age is not None and newer.years_total is None \
                and newer.certificate_level not in (None, NO_CERTIFICATE) and self.years_total >= newer.certificate_age \
                and not self.break_years and not newer.break_years and self.ended_ago is None and self.stopped_after is None \
                and not self.years_total_before and not newer.before_certificate:
            # "has been with us since March 2020" then "got level 4 in June 2025": the work told from its start to today
            # runs through the certificate's date; the years since it are worked, as the total is (said so in the reply)
            values["years_since_certificate"], values["years_since_from_date"] = newer.certificate_age, True
        if correction and newer.certificate_age is not None and newer.years_since_certificate is None \
                and self.years_since_certificate is not None and self.certificate_age is None and not self.years_since_held \
                and newer.certificate_level in (None, self.certificate_level) and abs(newer.certificate_age - self.years_since_certificate) > 1e-6:
            # "兩年前攞咗五級" then "唔係兩年前，係三年前，2023年12月初攞": the time since the certificate said again
            values["years_since_certificate"] = min(newer.certificate_age, values["years_total"]) \
                if values["years_total"] is not None and not values["years_total_before"] else newer.certificate_age
        if newer.certificate_age is not None and self.certificate_age is not None and newer.certificate_age != self.certificate_age \
                and self.years_since_from_date and newer.years_since_certificate is None and values["worked_since_certificate"]:
            # "got it in 2023", "streaming since then", then "sorry, Sept 2022": the years since follow the corrected date
            values["years_since_certificate"] = newer.certificate_age
        if newer.worked_since_certificate:  # "证书拿了3年" then "working full time the whole time": the work is said now
            values["years_since_held"] = False
        if newer.graduated:  # "哦不对 我今年已经毕业了": the school being attended is a diploma held
            values["education"] = list(dict.fromkeys([*values["education"], *values["studying_at"],
                                                      *values["final_year_student_of"]]))
            values["studying_at"], values["final_year_student_of"], values["final_year"] = (), [], None
        elif correction and newer.final_year is False and values["final_year_student_of"]:
            # "she's in final year" then "sorry, she's in 2nd year not final, graduates 2028": the school is attended,
            # not about to be finished
            values["studying_at"] = list(dict.fromkeys([*values["studying_at"], *values["final_year_student_of"]]))
            values["final_year_student_of"] = []
        elif values["final_year"] and values["studying_at"]:
            values["final_year_student_of"] = list(dict.fromkeys([*values["final_year_student_of"], *values["studying_at"]]))
        if newer.recent_part and newer.worked_since_certificate and self.years_since_certificate is None \
                and self.certificate_age is not None and self.certificate_level not in (None, NO_CERTIFICATE) \
                and newer.years_total < self.certificate_age:
            # "电子商务师四级，2020年考的" then "之后一直做电商运营，这两年转做直播了": all the years since the
            # certificate were worked (whether the earlier work counts as related is the evaluation body's to decide)
            values["years_since_certificate"], values["years_since_from_date"] = self.certificate_age, True
            values["years_total"] = None
        elif newer.after_what_came_before and self.years_since_certificate is None and self.certificate_age is not None \
                and self.certificate_level not in (None, NO_CERTIFICATE) and newer.certificate_level in (None, self.certificate_level) \
                and newer.years_since_certificate is None and newer.years_total <= self.certificate_age + 1:
            # "2021年考咗五級" then "之後斷斷續續剪片做推廣，加埋大概3年半": the years after the certificate
            values["years_since_certificate"], values["years_since_from_date"] = newer.years_total, False
        if values["years_total"] is not None and values["years_since_certificate"] is not None \
                and values["years_total"] < values["years_since_certificate"] and not values["years_total_before"] \
                and newer.years_total is not None and newer.years_since_certificate is None:
            # (or "2022年3月拿到三級" then "去年開始改做選品，一直都在同一家公司": the change said with the work all along)
            if newer.after_what_came_before and self.worked_since_certificate and self.years_since_from_date \
                    and self.years_total is None and not newer.break_years and not correction:
                # ("四级 2022年5月拿的 之后一直播到去年" then "后来不想出镜了 转去做视频…做了一年"): the work since the
                # certificate went on in another job type; the years since it stand
                values["years_since_certificate"], values["years_total"] = self.years_since_certificate, None
            elif (self.worked_since_certificate or newer.worked_since_certificate) and newer.start_is_a_change:
                # ("营销员五级 21年7月考的", "之后一直在商场做导购", then "24年开始转做直播带货"): the work since the
                # certificate went on and changed; the reply says the earlier work counts only if the body agrees
                values["years_total"], values["years_total_at_most"] = values["years_since_certificate"], None
            else:
                # "三级证十年前考的" then "最近三年在做直播，之前在做别的行业": no more work since the certificate than in all
                values["years_since_certificate"] = values["years_total"]
        if other_certificate:
            values["years_since_at_most"] = newer.years_since_at_most  # the bound was the other certificate's
        if newer.certificate_age is not None and self.certificate_age is not None and newer.years_total is None \
                and abs(newer.certificate_age - self.certificate_age) > 1e-6 and self.years_total_from_date \
                and self.years_total is not None and abs(self.years_total - self.certificate_age) < 0.01 \
                and newer.certificate_level in (None, self.certificate_level):
            # ("三级 live selling since Sept 2023", then "sorry it's Sept 2022"): the work was counted from the
            # certificate's date, so it follows the date corrected
            values["years_total"] = newer.certificate_age
        # ("20年在义乌播了8个月 后来回老家歇了一年多" then "22年5月来杭州做选品 一直到现在 24年3月考了个选品员五级": the
        # return, with a certificate taken inside it; the years since it stay as said)
        cert_inside = newer.years_since_certificate is not None and self.years_since_certificate is None \
            and self.certificate_level in (None, NO_CERTIFICATE) and newer.years_total is not None \
            and newer.years_since_certificate <= newer.years_total
        if self.stopped_after and newer.years_total_from_date and newer.years_total is not None \
                and (newer.years_since_certificate is None or cert_inside) \
                and not newer.stopped_after and not newer.stretches_added:
            # "拎證之後做咗一年 跟住停咗兩年" then "2024年1月先再返嚟剪片 做到而家": the stretch since the return is added to
            # the one before the stop (to the years since the certificate when those were the years said)
            if self.years_since_certificate is not None and self.years_total is None:
                values["years_since_certificate"] = round(self.years_since_certificate + newer.years_total, 4)
                values["years_total"], values["years_total_from_date"], values["years_total_at_most"] = None, None, None
            elif self.years_total is not None and self.years_since_certificate is None:
                values["years_total"] = round(self.years_total + newer.years_total, 4)
                values["years_total_from_date"], values["years_total_at_most"], values["stretches_added"] = None, None, True
            elif self.years_total is not None and self.years_since_certificate is not None \
                    and abs(self.years_total - self.years_since_certificate) < 0.01:
                # ("2023年1月攞咗四級" … "之後做咗18個月就冇做" then "今年9月先再做返": the one stretch since the
                # certificate, and the one since the return)
                values["years_since_certificate"] = values["years_total"] = round(self.years_total + newer.years_total, 4)
                values["years_total_from_date"], values["years_total_at_most"], values["stretches_added"] = None, None, True
            values["stopped_after"] = None
        elif not correction and newer.back_after_break and newer.years_total is not None and self.years_total is not None \
                and not self.years_total_from_date and not newer.years_total_from_date and newer.certificate_level is None \
                and self.years_since_certificate is None and newer.years_since_certificate is None and not newer.stretches_added:
            # "我2017年到2020年…做選品 做咗三年" then "之後生BB 停咗差唔多五年 今年先返工 都係做選品 做咗半年": a closed
            # stretch, then the work after it, told in its own message: both
            values["years_total"] = round(self.years_total + newer.years_total, 4)
            values["stretches_added"] = True
        elif not correction and newer.years_total is not None and self.years_total is not None and not self.years_total_from_date \
                and newer.years_total_from_date and newer.break_years and not newer.break_taken_out and newer.certificate_level is None \
                and self.years_since_certificate is None and newer.years_since_certificate is None and not newer.stretches_added \
                and self.certificate_level is None and not self.break_years:
            # "21年9月进的公司做选品 干到23年底辞职了" then "歇了一年多 去年3月又回来干选品 到现在": a closed stretch, then a
            # break and the return dated to today, told in its own message: both stretches, the break between them
            values["years_total"] = round(self.years_total + newer.years_total, 4)
            values["stretches_added"], values["years_total_from_date"], values["years_total_at_most"] = True, None, None
            values["break_years"] = None
        elif not correction and newer.moved_to_work == "returned" and newer.years_total is not None and self.years_total is not None \
                and not self.years_total_from_date and not self.years_total_before and not self.stretches_added \
                and self.certificate_level is None and newer.certificate_level is None \
                and self.years_since_certificate is None and newer.years_since_certificate is None:
            # "他在泰国曼谷…做选品 做了四年" then "去年回的广州 现在在一家跨境公司还是做选品": the stretch away, then the
            # one since the return
            values["years_total"] = round(self.years_total + newer.years_total, 4)
            values["stretches_added"], values["years_total_from_date"], values["years_total_at_most"] = True, None, None
        elif not correction and newer.moved_to_work == "moved" and newer.years_total is not None and self.years_total is not None \
                and not self.years_total_before and not self.stretches_added and newer.years_total < self.years_total \
                and newer.certificate_level is None and newer.years_since_certificate is None:
            # "我做直播四年了" then "去年搬到广州 一直在做直播到现在": the move lies inside the years said
            values["years_total"], values["years_total_from_date"] = self.years_total, self.years_total_from_date
            values["years_total_at_most"] = self.years_total_at_most
        values["moved_to_work"] = None
        if not correction and newer.ended_ago is not None and self.years_total_from_date and self.years_total is not None \
                and newer.ended_ago < self.years_total and newer.certificate_age is None \
                and (newer.years_total_from_date is None or (newer.years_total is not None and abs(newer.years_total - self.years_total) < 1e-6)):
            # (the stretch said before may come back carried in the later reading, as it was)
            # "我19年3月开始在义乌做直播带货" then "做到23年2月，然后去送了一年多外卖": the stretch since the start closes
            # at that date (work taken up again from a date said later is added to it)
            values["years_total"] = round(self.years_total - newer.ended_ago, 4)
            values["years_total_from_date"], values["years_total_at_most"], values["stopped_after"] = None, None, True
            if values["years_since_certificate"] is not None and self.years_since_from_date:
                values["years_since_certificate"] = round(max(values["years_since_certificate"] - newer.ended_ago, 0.0), 4)
        elif not correction and newer.ended_ago is not None and self.years_since_from_date and self.years_since_certificate is not None \
                and self.years_total is None and newer.ended_ago < self.years_since_certificate and newer.years_total is None \
                and newer.certificate_age is None:
            # "五级证是2023年7月1号发的" then "拿证后一直做到23年底，24年一整年回老家带娃没上班": the work since the
            # certificate ran to that date (a break said after it lies outside it)
            values["years_since_certificate"] = round(self.years_since_certificate - newer.ended_ago, 4)
            values["years_since_from_date"], values["stopped_after"], values["break_taken_out"] = False, True, None
        values["ended_ago"] = None
        _since_from_work_started_before(values)
        # Training said while asking about one level is training for that level, not the next one asked.
        if newer.formal_training is None and self.formal_training and self.formal_training_level is None:
            values["formal_training_level"] = self.target_level
        return Profile(**values)

    @property
    def has_personal_facts(self) -> bool:
        """The asker said something about themselves (not just which level or job type they want)."""
        return any(getattr(self, name) not in (None, []) for name in (
            "certificate_level", "years_since_certificate", "years_total", "formal_training",
            "apprenticeship", "education", "final_year_student_of", "preparatory_technician", "holds_certificate",
            "break_years", "worked_since_certificate", "break_ahead"))


def _since_less_break(values: dict, since: float, break_years: float) -> None:
    """The years since a dated certificate, with a break said taken out of them (and of their bound)."""
    values["years_since_certificate"] = since
    values["years_since_from_date"], values["break_taken_out"] = True, True
    _at_most_less_break(values, break_years)


def _at_most_less_break(values: dict, break_years: float) -> None:
    if values["years_since_at_most"] is not None:
        values["years_since_at_most"] = max(values["years_since_at_most"] - break_years, 0.0)


def _since_from_work_started_before(values: dict) -> None:
    """"三级 in April 2022" and "head host since 2020": work going on since before the certificate's date runs
    through all the years since it."""
    if values.get("start_is_a_change") and values.get("years_since_certificate") is None and values.get("certificate_age") is not None \
            and values.get("certificate_level") not in (None, NO_CERTIFICATE) and values.get("years_total") is not None \
            and values["years_total"] < values["certificate_age"]:
        # "视频创推员四级（2021年6月）" then "最近转做选品了，2024年开始": the work since the certificate runs through the change
        values["years_since_certificate"], values["years_since_from_date"] = values["certificate_age"], True
        values["years_total"] = None
    elif values.get("years_since_certificate") is None and values.get("certificate_age") is not None \
            and values.get("years_total_from_date") and values.get("years_total") is not None \
            and values.get("certificate_level") not in (None, NO_CERTIFICATE):
        # (work started after the certificate and going on since, "电子商务师四级 2019" and "选品 since 2020":
        # all of it is after the certificate)
        values["years_since_certificate"] = min(values["certificate_age"], values["years_total"])
        values["years_since_from_date"] = True
    elif values.get("years_since_from_date") and values.get("years_total_from_date") and values.get("years_since_certificate") is not None \
            and values.get("years_total") is not None and values["years_total"] < values["years_since_certificate"]:
        values["years_since_certificate"] = values["years_total"]  # the work since the certificate began later


@dataclass(frozen=True)
class _Duration:
    start: int
    end: int
    years: float | None  # None when vague ("不到3年", "at most 3 years")
    more: bool = False  # "3 more yrs": years to come, unless said after "then" of work resumed
    almost: bool = False  # "快5年", "almost 5 years": a rounding up, which may restate a figure said beside it


def _dated_less_break(profile: Profile) -> Profile:
    """"got my level 2 in June 2022 but I didn't work at all during 2024": the time since the certificate, less
    the break said with it (the rest counted as worked, which the reply says)."""
    if profile.break_years and profile.certificate_age is not None and profile.certificate_level not in (None, NO_CERTIFICATE) \
            and profile.years_since_certificate is None and profile.years_total is None and profile.break_years < profile.certificate_age:
        values = {f.name: getattr(profile, f.name) for f in fields(profile)}
        _since_less_break(values, round(profile.certificate_age - profile.break_years, 4), profile.break_years)
        values["break_years"] = None
        return Profile(**values)
    return profile


# Cantonese the parser reads and FAQ matching leaves as said (its phrasings keep their words):
# "五級（2021）同四級（2023）": 同 is "and" between two levels (not the 同 of 同一, 相同, 同时)
_CANTONESE_AND = re.compile(r"(?<=[级证）)])\s*同\s*(?=[^，。,同]{0,8}?[一二三四五1-5]\s*级)")
# "做咗年半選品": a year and a half (Mandarin says 一年半); not the 年半 of "一年半", "两年半", "2023年半年"
_YEAR_AND_A_HALF = re.compile(r"(?<![\d一二两三四五六七八九十几多个個])成?年半(?!年)")


_BREAK_IN_YEAR = re.compile(r"没有?做|冇做|没有?干|没有上班|没有开工|冇开工|没上班|冇返工|停了|停咗|停过|休息|断了|断咗|空窗|didn'?t work|not working|took .{0,12}off|\bbreak\b|\bgap\b", re.I)
_NUMERIC_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[/\-]\s*(0?[1-9]|1[0-2])(?![\d/\-])")
_RANGE_AFTER_MONTH = re.compile(r"(?<=月)\s*[～~〜–—\-]\s*")


def break_in_year(text: str) -> bool:
    """A break said with the year it fell in ("中間2024年有三個月冇做", "took 3 months off in 2024")."""
    return bool(_BREAK_IN_YEAR.search(text))


def _numeric_dates(text: str) -> str:
    """"2021/09～2023/03 直播助理；2023/04～現在 主播" as people write a CV: the months in words, "到" between."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        # ("from 2019-03 to 2021-03, then office job, back since 2024-06": read in English words, as English is)
        names = list(vocab.MONTHS)
        return _NUMERIC_MONTH.sub(lambda m: f"{names[int(m.group(2)) - 1]} {m.group(1)}", text)
    text = _NUMERIC_MONTH.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月", text)
    return _RANGE_AFTER_MONTH.sub("到", text)


def _event_month(m: re.Match) -> str:
    """"2024年元宵节" -> "2024年2月": a year's holiday or shopping festival, the month it falls in."""
    return vocab.event_date(int(m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1)), m.group(2))


def _time_as_told(text: str, today: date) -> str:
    """Dates, joinings and spans as people tell them, written the way the parser reads dates: "2023年9月到職" joined then,
    "late august" (no year) from September, "嗰排冇做" a break, "2024年元宵節" its month, "一个半月" 1.5 months,
    "21年9月" a date, "进的一家零食公司" joined, "干到23年底辞职" to that December, "今年4月到8月" with its year."""
    text = re.sub(r"(?<=[年月份号日])\s*到(?:职|岗)", "入职", text)  # ("2023年9月到職": joined then)
    # ("started streaming in late august": a month with no year; from the month after, so as never to count too much)
    text = re.sub(rf"\b(early|mid|late)[\s-]+({vocab._MONTH_NAMES})[a-z]*\.?\b(?!\s*,?\s*(?:19|20)\d{{2}})",
                  lambda m: m.group(2) if m.group(1).lower() == "early" or m.group(2).lower() == "dec"
                  else list(vocab.MONTHS)[vocab.MONTHS[m.group(2).lower()]], text, flags=re.I)
    text = re.sub(r"(?<=那段时间)没有(?=做|干|播|开播|上班|工作)", "没", text)  # ("嗰排冇做" read as "那段时间没有做": a break)
    text = vocab.EVENT_AFTER_YEAR.sub(_event_month, text)  # (before a move or a start is read from the month)
    # ("歇了一个半月", "停了两个半月": months and a half)
    text = re.sub(r"(?<![\d一二两三四五六七八九十])(一|两|二|三|四|五|六|七|八|九|[1-9])\s*个\s*半\s*月",
                  lambda m: f"{_ZH_DIGIT.get(m.group(1), m.group(1))}.5个月", text)
    # ("21年9月进的公司": a two-digit year with its month is a date)
    text = re.sub(r"(?<![\d.了满近快有干做])([12]\d)\s*年\s*(?=(?:1[0-2]|0?[1-9])\s*月(?!\s*(?:份)?\s*(?:个|左右)))", r"20\1年", text)
    text = re.sub(r"(?<=[年月份])\s*进(?:了|的|入)?(?=\s*(?:了)?\s*(?:一家|这家|那家|家)?[^，,。\s\d]{0,6}?(?:公司|单位|工厂|厂|店|mcn|工作室|直播间|基地))", "入职", text)  # ("21年9月进的公司": joined it then)
    # ("干到23年底辞职了": left at the end of a year, its December)
    text = re.sub(r"(?<=到)\s*(?:20)?([12]\d)\s*年\s*(?:底|末|尾)(?=\s*(?:就)?(?:离职|辞职|离开|走了|辞了))", r"20\1年12月底", text)
    # ("中间今年4月到8月离职去旅行": a span of months in a year said relative to today, with its year)
    text = re.sub(r"(今年|去年|上年|前年)\s*(1[0-2]|0?[1-9])\s*月(?:份)?\s*(?=(?:到|至|-|–|~)\s*(?:1[0-2]|0?[1-9])\s*月)",
                  lambda m: f"{today.year - vocab.RELATIVE_YEARS_BACK[m.group(1)]}年{m.group(2)}月", text)
    # ("前年搬到厦门，在一家淘宝店当主播到现在": a move that year, and the work there to today; read as a start that year)
    text = re.sub(r"(?<![\d年])(去年|上年|前年)(?=\s*(?:搬|来|去|到|回)(?:了|咗)?[^，,。？?\d]{0,8}[，,]?[^，,。？?\d]{0,20}(?:到现在|至今|到而家|到今天))",
                  lambda m: f"{today.year - vocab.RELATIVE_YEARS_BACK[m.group(1)]}年", text)
    # ("在厦门做直播带货，今年是第六年了": in the sixth year, so five years and more done)
    text = _NTH_YEAR_OF_THE_WORK.sub(lambda m: f"{m.group('work')}做了{vocab.number(m.group('n')) - 1}年多" if (vocab.number(m.group('n')) or 0) >= 2
                                     else m.group(0), text)
    return text


# This work, then the year of it the asker is in ("做直播带货，今年是第六年了")
_NTH_YEAR_OF_THE_WORK = re.compile(r"(?P<work>(?:直播|带货|主播|选品|短视频|电商)[^，,。？?\d]{0,6})[，,\s]*(?:今年|现在|而家|已经)?(?:是|系|係)?第\s*"
                                   r"(?P<n>[二两三四五六七八九十]|[2-9]|1\d)\s*年(?:了|啦|喇)?")


# A move (or a return) dated, then this work there up to now, said the way people say it ("22年底回的成都 一直做短视频
# 到现在", "去年回的广州 现在在一家跨境公司还是做选品", "2024年9月再上深圳，一直做到而家")
_MOVE_DATED = re.compile(r"(?<![\d.])(?P<date>(?:(?:19|20)?\d{2}|去年|上年|前年|今年)\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月(?:份)?|[初中底末])?)"
                         r"\s*(?:再|又)?(?P<verb>搬到|搬去|搬来|来到|回到|返到|回来|回|返|来|去|到|上)(?:了|的|咗)?(?P<place>[^，,。？?\d\s]{1,8})[，,\s]\s*"
                         r"(?=(?P<rest>[^，,。？?\d]{0,24}))")
_STILL_AT_IT = re.compile(r"(?:一直|继续|接着|还是|也是|仍然|依然)?(?:在|喺)?[^，,。？?\d]{0,12}?(?:做|干|播|当|卖)[^，,。？?\d]{0,12}?(?:到现在|到而家|至今|到今天)"
                          r"|^(?:现在|而家|目前|宜家)[^，,。？?\d]{0,14}?(?:还是|也是|继续|一直|仍然|依然)\s*(?:在|喺)?\s*(?:做|干|当|播)"
                          r"|^(?:就|才|然后)?\s*(?:开始|開始)\s*(?:在|喺)?[^，,。？?\d]{0,8}?(?:做|干|当|播|卖)")


def _still_at_it(rest: str) -> bool:
    """The words after a dated move say this work there goes on ("一直做短视频到现在", "现在…还是做选品")."""
    return bool(_STILL_AT_IT.search(rest)) and not re.search(vocab.OTHER_WORK, rest, re.I) \
        and bool(re.search(vocab.FIELD_WORK, rest, re.I) or re.match(r"\s*(?:一直|继续|接着)\s*(?:做|干|播)(?:到|至)", rest))


def _moved_and_still_at_it(text: str, today: date) -> tuple[str, str | None]:
    """A move dated and the work there said as going on to today: the work from that date ("22年底回的成都 一直做短视频
    到现在" -> "2022年12月开始…"). Only this work (not "去年回的老家 一直做外卖到现在"), and only a date said as a year.
    With the text, how: "returned" for a return ("去年回的广州 现在…还是做选品": a stretch after the one told before),
    "moved" for a move ("去年搬到广州 一直在做直播到现在": the same work, carried on elsewhere), None for neither."""
    verbs: list[str] = []

    def dated(m: re.Match) -> str:
        rest = m.group("rest")
        if not _still_at_it(rest):
            return m.group(0)
        verbs.append(m.group("verb"))
        said = re.match(r"(?P<y>(?:19|20)?\d{2}|去年|上年|前年|今年)\s*年?\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?|(?P<part>[初中底末]))?", m.group("date"))
        y = said.group("y")
        year = today.year - vocab.RELATIVE_YEARS_BACK[y] if y in vocab.RELATIVE_YEARS_BACK else int(y if len(y) == 4 else "20" + y)
        if not 2000 <= year <= today.year:
            return m.group(0)
        month = said.group("m") or {"初": "1", "中": "6", "底": "12", "末": "12"}.get(said.group("part") or "")
        when = f"{year}年{month}月" if month else f"{year}年"
        to_now = re.search(r"到现在|到而家|至今|到今天", rest)
        return f"{when}开始在{m.group('place')}" + ("" if to_now else "做到现在，")
    text = _MOVE_DATED.sub(dated, text)
    how = ("returned" if any(verb.startswith(("回", "返")) for verb in verbs) else "moved") if verbs else None
    return text, how


# The certificate obtained, then what followed ("考完一直在做", "拿证后", "after I got it")
_AFTER_THE_CERTIFICATE = re.compile(r"考完|考了之后|考出来(?:之|以)?后|(?:拿|攞|取得)(?:到|了|咗)?(?:证|证书)?(?:之|以)?后|\bafter\s+(?:i\s+)?(?:got|getting|passed|passing)\b", re.I)
# An em dash set between words with spaces ("in March 2022 — one of the first batches"): an aside, read as after a comma
# (not a span, "Jan 2021 – Jun 2023", "Apr 2022 — now", "2022 — 2024")
_ASIDE_DASH = re.compile(r"\s+—+\s+(?!\d|(?:now|present|today|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|至今|现在|今|而家)"
                         # (no figure in what it sets off: "since 2012 — department store 4 yrs, then…" tells the stretches)
                         r"(?=[^.。;；?？!！\d]*(?:[.。;；?？!！]|$))(?![^.。;；?？!！]*(?:\byears?\b|\byrs?\b|\bmonths?\b|年|月))", re.I)


def parse_profile(text: str, expecting: str | None = None, today: Callable[[], date] = clock.today) -> Profile:
    """The facts stated in `text` (see _parse_once); a figure taken back within the message ("话我有六年，
    其实我得三年", "May 2021?? no wait it was May 2022") is the one after the correction."""
    # ("电子商务师 高级 (level 3)", "营销员 中级（四级）": a grade word glossed by its level, which says it)
    text = _GLOSSED_GRADE.sub(r"\1", text)
    text = _ASIDE_DASH.sub("，", text)  # ("passed 四级 in March 2022 — one of the first Taobao Live batches": an aside)
    text, moved = _moved_and_still_at_it(_time_as_told(text, today()), today())
    # ("2010年考过营销员高级 是那种老的职业资格证", "高级营销员": an old qualification's grade, the level it stands for)
    text = _OCCUPATION_GRADE.sub(lambda m: f"{m.group('a') or m.group('b')}{_GRADE_LEVEL[m.group('ga') or m.group('gb')]}", text)
    # ("did two internships, 3 months each", "做过两段实习 各3个月": the stretches together)
    text = _EACH_STRETCH_EN.sub(lambda m: f"{m.group('what')} {_COUNTS[m.group('count').lower()] * int(m.group('n'))} {m.group('unit')} in total", text)
    text = _EACH_STRETCH_ZH.sub(lambda m: f"{m.group('what')}一共{_COUNTS[m.group('count')] * int(m.group('n'))}{m.group('unit')}", text)
    text = _seasons_summed(text, today())
    text = left_on_a_date(text)
    text = _MONTHS_BACK_FIRST.sub(r"\g<n>个月前", text)
    text = _JUST_JOINED.sub("做了", text)
    text = _THIS_YEARS_GRADUATE.sub("", text)
    text = _WORK_THEN_ITS_START.sub(r"\g<date>开始\g<work>", text)
    # (before any correction splits it: "…till end of june 2025, then 6 months off, back streaming since jan 2026")
    text = _restart_after_an_undated_stretch(text)
    text = _date_taken_back(text)
    text = _LIKE_THIS_FOR.sub("been doing it for", text)
    text = _FULL_TIME_AFTER_GRADUATING.sub(r"graduated \g<date>, full-time since \g<date>", text)
    text = _span_to_now_after_its_start(text)
    profile = _with_certificate_day(_since_within_total(_before_and_since(_parse_with_corrections(text, expecting, today))), text, today())
    if moved and profile.years_total_from_date:
        profile.moved_to_work = moved
    return profile


# A date said and another taken back right after it ("证是2022年拿的 不是2021", "cert was 2022 not 2021", "2022年3月，
# 不是2021年3月"): the one taken back is no date of the person's
_DATE_TAKEN_BACK = re.compile(r"[,，\s]*(?:而不是|不是|唔系|唔係|\bnot)\s*(?:in\s+)?(?:(?:19|20)\d{2}|\d{2}(?=\s*年))(?:\s*年)?(?:\s*\d{1,2}\s*月(?:份)?)?"
                             r"(?:\s*(?:拿的|考的|攞嘅|开始的|开始|入职的))?(?![\d年月])", re.I)


# The work just described, going on for a while ("…evenings i host live sales on kuaishou. been like this for 2 years")
_LIKE_THIS_FOR = re.compile(r"\b(?:(?:it'?s|it\s+has|i'?ve|i\s+have)\s+)?been\s+like\s+(?:this|that)\s+for\b", re.I)


# Full-time work from a graduation dated ("went full-time right after I graduated June 2021"): the work since that date
_FULL_TIME_AFTER_GRADUATING = re.compile(r"\b(?:went|been|working|worked|have\s+been)\s+full[\s-]?time\s+(?:right\s+|straight\s+|just\s+)?(?:after|since)\s+(?:i\s+|she\s+|he\s+)?"
                                         r"graduat(?:ed|ing)\s+(?:in\s+)?(?P<date>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2})\b", re.I)


# A training course to come ("I'm signing up for a 一级 training course next spring", "下个月开课", "准备报个培训班")
_TRAINING_AHEAD = re.compile(r"\b(?:signing\s+up|sign(?:ed)?\s+up|enrolling|registering|going\s+to\s+(?:take|do|join)|will\s+(?:take|do|start|join))\b[^.?!]{0,40}\b(?:training|course|class)\b"
                             r"|\b(?:training|course|class)\b[^.?!]{0,30}\b(?:next\s+(?:spring|summer|autumn|fall|winter|month|year|week)|starts?\s+(?:next|in))\b"
                             r"|(?:准备|打算|计划|下个月|明年|下学期)(?:去)?(?:报|上|参加|读)[^，,。？?]{0,8}(?:培训|课程|培训班)", re.I)


# The span to today said after its dated start ("2023年12月开始做的，到现在整三年", "since March 2022, so 4 yrs 9 months
# now"): the date is the finer figure of the same years, which another figure said in the message ("是三年，…") restates
_SPAN_TO_NOW = re.compile(r"[，,\s]*(?:一直)?(?:做|干|播)?(?:到现在|到而家|至今|到今天|到今日)\s*(?:已经|已經|都|就)?\s*(?:整|满|滿|刚好|剛好|正好|啱啱|足足)?\s*"
                          r"(?:[一二两三四五六七八九十\d]+(?:\.\d)?\s*年(?:半|多)?(?:零?[一二两三四五六七八九十\d]+\s*个?月)?|[一二两三四五六七八九十\d]+\s*个?月)(?:了)?")
_SPAN_START_DATED = re.compile(r"(?:(?:19|20)\d{2}|\d{2}(?=\s*年))\s*年\s*(?:\d{1,2}\s*月|[初中底])?[^，,。]{0,4}?(?:开始|開始|起|入职|入行)")


def _span_to_now_after_its_start(text: str) -> str:
    """The text without a span to today said after the start it runs from, when another figure also says it."""
    span = _SPAN_TO_NOW.search(text)
    start = _SPAN_START_DATED.search(text[:span.start()]) if span is not None else None
    if start is None:
        return text
    figure = re.search(r"[一二两三四五六七八九十\d.]+\s*(?:年(?:半|多)?|个?月)", span.group(0)).group(0)
    before = text[:start.start()] + " " + text[start.end():span.start()]
    if not re.search(r"(?<![一二两三四五六七八九十\d.])" + re.escape(figure), before):
        return text  # (another figure is another stretch: "之前做了两年淘宝，2024年3月开始…到现在两年多")
    return text[:span.start()] + text[span.end():]


# A date taken back before the one meant ("不是2021年开始的，是2022年"): the one taken back is no date of the person's
# ("不是2021年开始的，是2022年" is "2022年开始的")
_TAKEN_BACK_DATE = r"(?:(?:19|20)\d{2}|\d{2}(?=\s*年))\s*年?(?:\s*\d{1,2}\s*月(?:份)?)?"
_DATE_TAKEN_BACK_FIRST = re.compile(r"(?:而不是|不是|唔系|唔係)\s*" + _TAKEN_BACK_DATE + r"(?P<what>[^，,。\d]{0,6})[，,]\s*(?:而)?(?:是|系|係)\s*(?P<meant>" + _TAKEN_BACK_DATE + ")")


def _date_taken_back(text: str) -> str:
    """The text without a calendar date taken back before or after another said in the same message."""
    text = _DATE_TAKEN_BACK_FIRST.sub(lambda m: m.group("meant") + m.group("what"), text)
    found = _DATE_TAKEN_BACK.search(text)
    if found is None or not vocab.CALENDAR_YEAR.search(_full_years(text[:found.start()])):
        return text
    return text[:found.start()] + " " + text[found.end():]


_COUNTS = {"two": 2, "three": 3, "2": 2, "3": 3, "两": 2, "二": 2, "三": 3}
# A few months a year since a year ("2019年开始的 每年就秋天卖三四个月", "about 2 months each summer since 2022"): the
# seasons together (the lower figure of a range), not every month since the start
_SEASONS_ZH = re.compile(r"(?P<y>(?:19|20)?\d{2})\s*年(?:开始|起)?(?:的)?[^。；;？?]{0,12}?每年(?:就|只|大概|都|差不多)?[^，,。；;？?\d一二两三四五六七八九十]{0,6}?"
                         r"(?P<n>\d{1,2}|[一两二三四五六七八九十])(?:到|至|-|~)?(?:\d{1,2}|[一两二三四五六七八九十])?\s*个月")
_SEASONS_EN = re.compile(r"(?:about\s+|around\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six)\s+months?\s+(?:each|every)\s+"
                         r"(?:summer|winter|autumn|fall|spring|year)\s+since\s+(?P<y>(?:19|20)\d{2})", re.I)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _seasons_summed(text: str, today: date) -> str:
    """"每年…N个月" since a year, as the months they make in all."""
    def seasons(year: str) -> int:
        start = int(year) if len(year) == 4 else 2000 + int(year)
        return max(0, today.year - start + (1 if today.month >= 9 else 0))

    def zh(m: re.Match) -> str:
        n = int(m.group("n")) if m.group("n").isdigit() else vocab.number(m.group("n"))
        return f"一共{seasons(m.group('y')) * int(n)}个月" if n and n < 12 else m.group(0)

    def en(m: re.Match) -> str:
        n = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n").lower()]
        return f"{seasons(m.group('y')) * n} months in total"
    return _SEASONS_EN.sub(en, _SEASONS_ZH.sub(zh, text))
_EACH_STRETCH_EN = re.compile(r"(?P<what>\b(?P<count>two|three|2|3)\s+[a-z -]{2,40}?)[,，]?\s*\(?\s*(?:about\s+|around\s+|roughly\s+|~)?(?P<n>\d{1,2})\s*(?P<unit>months?|years?|yrs?)\s+each\b\)?", re.I)
_EACH_STRETCH_ZH = re.compile(r"(?P<what>(?P<count>两|二|三|2|3)\s*(?:段|份|次|个)[\u4e00-\u9fff]{1,6}?)[，,\s]*各\s*(?P<n>\d{1,2})\s*(?P<unit>个月|年)")
# A move into this work still to come ("想转行做直播带货", "thinking of switching to live selling")
_SWITCH_PLANNED = re.compile(r"(?:想|打算|准备|计划|考虑)(?:要)?(?:转行|转做|转去|转到|改行|入行)|\b(?:want|wanting|plan|planning|thinking of|hoping)\s+(?:to\s+)?"
                             r"(?:switch|switching|move|moving|change|changing|get|getting)\s+(?:careers?\s+)?(?:in)?to\b", re.I)
# A stop said right after a figure of work ("只干了一年多就回家带娃了", "做了一年 然后停了", "for a year, then quit")
_STOPPED_AFTER_FIGURE = re.compile(r"[^。；;？?]{0,6}?(?:就|然后|之后|后来|跟住|便|\bthen\b|\band\b)\s*[^。；;？?]{0,4}?"
                                   r"(?:停了|停咗|停下来|不做了|冇做|没做|没有做|回家带娃|回家带孩子|回家生|辞职|离职|\bquit\b|\bstopped\b)", re.I)
_GRADE_LEVEL = {"初级": "五级", "中级": "四级", "高级": "三级"}
_OTHER_OCCUPATION_NAME = r"营销员|营销师|电子商务师|电商师|全媒体运营师"
_OCCUPATION_GRADE = re.compile(rf"(?P<a>{_OTHER_OCCUPATION_NAME})\s*(?:的)?\s*(?P<ga>高级|中级|初级)(?!工|技师|职称|\s*[（(])"
                               rf"|(?<!互联网)(?<![高中初]级)(?P<gb>高级|中级|初级)\s*(?P<b>{_OTHER_OCCUPATION_NAME})")
_GLOSSED_GRADE = re.compile(r"(?:高级|中级|初级)(?:工)?\s*[（(]\s*((?:level|lvl|l)\s*[1-5]|[一二三四五1-5]\s*级)\s*[)）]", re.I)


def _month_long_past(text: str, today: date) -> bool:
    """A month of this year said ("今年3月", "2026年3月") at least JUST_OBTAINED_MONTHS before this one."""
    months = (int(m.group(1)) for m in re.finditer(r"(?:今年|" + str(today.year) + r"\s*年)\s*(\d{1,2})\s*月", text))
    return any(today.month - month >= JUST_OBTAINED_MONTHS for month in months)


def _with_certificate_day(profile: Profile, text: str, today: date) -> Profile:
    """The profile with the certificate's date to the day, when the one date said with its day is the one the
    years since the certificate were counted from."""
    if profile.certificate_age is None or profile.certificate_level == NO_CERTIFICATE:
        return profile  # (a date that corrects the certificate's names no level: "oops cert date is actually 2022-12-05")
    said = {_day_date(m) for pattern in _DAY_DATES for m in pattern.finditer(text.lower())}
    if len(said) != 1:
        return profile
    year, month, day = said.pop()
    counted = counted_month(year, month, day, today)
    months = (today.year * 12 + today.month) - (counted[0] * 12 + counted[1])
    if abs(months / 12 - profile.certificate_age) > 0.01:
        return profile
    return replace(profile, certificate_day=(year, month, day))


def _before_and_since(profile: Profile) -> Profile:
    """"直播銷售員三級 2023年5月攞 之前已經播咗三年": the years said as before the certificate, and those since its
    date (counted as worked, as the reply says), are the work in all."""
    if profile.years_total_before and profile.years_total is not None and profile.years_since_certificate is not None \
            and profile.years_since_from_date and not profile.years_total_from_date and profile.certificate_level not in (None, NO_CERTIFICATE):
        return replace(profile, years_total=round(profile.years_total + profile.years_since_certificate, 4), years_total_before=False)
    return profile


def _since_within_total(profile: Profile) -> Profile:
    """"佢做咗兩年選品，之前有營銷員五級（2018年攞）": the years since a dated certificate, supposed worked, are no
    more than the years of work said in all."""
    if profile.years_since_from_date and profile.years_since_certificate is not None and profile.years_total is not None \
            and not profile.years_total_from_date and not profile.worked_since_certificate \
            and profile.years_total <= profile.years_since_certificate - 1:  # (a year apart or more: "快三年" is a rounding)
        return replace(profile, years_since_certificate=profile.years_total, years_since_from_date=False)
    return profile


# "2 yrs as 实体店导购 + 8 months live selling": two stretches listed, not a figure and its rounding ("3+ years")
# Other work in the middle of this work, the rest of the time on it ("中间换过工作 做了半年外卖 其他时间都在做选品"):
# a break in this work, as long as the other work lasted
_OTHER_WORK_BETWEEN = re.compile(r"(?:中间|中途|期间)[^，,。；;]{0,8}?[，,\s]*(?:做|干|跑|送)(?:了|过)?\s*"
                                 r"(?P<d>(?:半|[0-9一二两三四五六七八九十]+(?:\.\d)?)\s*(?:年半?|个月|個月))(?:的)?\s*(?:" + vocab.OTHER_WORK + r")"
                                 r"[^，,。；;]{0,6}[，,\s]+(?=(?:其他|其余|剩下的?|别的)(?:时间|时候))")
# Work up to one date, a break, and back from another ("拿证后一直做到2023年2月 然后休产假到2024年1月 之后又回来做",
# "worked from then till Feb 2023, then maternity leave + stayed home until Jan 2024, back at work since"): the
# months between the two dates are a break in the work, said as such
_OFF_WORDS = r"休|产假|带娃|带孩子|在家|停|没做|冇做|休息|旅行|旅游|回老家|生孩子|坐月子|养病|leave|home|\boff\b|break|rest|travel|baby|sick|nothing|gap|pause"
_BREAK_BETWEEN_ZH = re.compile(r"(?<=[做干播])到\s*(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*月\s*[，,]?\s*(?:然后|之后|后来|接着)?(?P<what>[^，,。；;]{1,12}?)"
                               r"(?:到|至|直到)\s*(?P<y2>(?:19|20)\d{2})\s*年\s*(?P<m2>\d{1,2})\s*月(?:份)?")
_BREAK_BETWEEN_EN = re.compile(r"\b(?:till|until|through)\s+(?P<m1>[a-z]{3,9})\.?\s+(?P<y1>(?:19|20)\d{2})\s*,?\s*(?:and\s+)?then\s+(?P<what>[^.;]{1,60}?)\s*"
                               r"(?:until|till|through)\s+(?P<m2>[a-z]{3,9})\.?\s+(?P<y2>(?:19|20)\d{2})\b", re.I)


# "from march 2024 till now", "from 2021 to present": work since that date
_FROM_THEN_TILL_NOW = re.compile(r"\bfrom\s+(?P<date>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2})\s+"
                                 r"(?:till|until|to|through|up\s+to)\s+(?:now|today|present|the\s+present|date)\b", re.I)


# A stretch off said between two dates ("stopped streaming jan 2023 to dec 2024", "从2023年1月到2024年12月都没做"): its
# months, the end month in it (work comes back after it)
_MONTH_NAME = r"(?:" + vocab._MONTH_NAMES + r")[a-z]*\.?"
_MONTH_YEAR_EN = r"(?P<m{n}>" + vocab._MONTH_NAMES + r")[a-z]*\.?\s+(?P<y{n}>(?:19|20)\d{{2}})"
# (the first year may be left to the second: "took Feb to Jul 2024 off", "off from march to june 2025")
_FIRST_MONTH_EN = r"(?P<m{n}>" + vocab._MONTH_NAMES + r")[a-z]*\.?(?:\s+(?P<y{n}>(?:19|20)\d{{2}}))?"
_OFF_RANGE_EN = re.compile(r"\b(?:stopped|quit|paused|took\s+(?:a\s+)?(?:break|time\s+off)|was\s+off|off|not\s+(?:streaming|working))\s+"
                           r"(?:streaming|working|selling|work|live\s+selling)?\s*(?:from\s+|between\s+)?" + _FIRST_MONTH_EN.format(n=1)
                           + r"\s*(?:to|till|until|through|-|–|and)\s*" + _MONTH_YEAR_EN.format(n=2)
                           # ("i took Feb to Jul 2024 off"): the months between "took" and "off"
                           + r"|\btook\s+(?:from\s+)?" + _FIRST_MONTH_EN.format(n=3)
                           + r"\s*(?:to|till|until|through|-|–)\s*" + _MONTH_YEAR_EN.format(n=4) + r"\s+off\b", re.I)
_OFF_RANGE_ZH = re.compile(r"(?:停了|停播|停咗|休息了?|没做|冇做|没播|冇播|歇(?:了|咗)?(?:的)?(?:是|系|係)?(?:\s*\d+\s*个?月)?)\s*[，,]?\s*(?:从|由)?\s*(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?:到|至|-|–)\s*"
                           r"(?:(?P<y2>(?:19|20)\d{2})\s*年)?\s*(?P<m2>\d{1,2})\s*月"
                           # ("我2024年2月到7月没做": the second year left to the first)
                           r"|(?:(?:从|由)\s*|(?<=我)|(?<=中间)|(?<=中途)|(?<=期间)|(?<=[，,\s])|^)(?P<y3>(?:19|20)\d{2})\s*年\s*(?P<m3>\d{1,2})\s*月(?:份)?\s*(?:到|至|-|–)\s*(?:(?P<y4>(?:19|20)\d{2})\s*年)?\s*(?P<m4>\d{1,2})\s*月(?:份)?\s*(?:都|也)?(?:完全)?"
                           r"(?:停了|停播|停咗|休息|没有?做|冇做|没有?播|冇播|没上班|冇返工|离职|辞职|辞工)")


MONTHS_OFF_MAX = 120  # a span of ten years or more between two dates is no break told


def _months_off(y1, m1, y2, m2, end_month_in: bool) -> int | None:
    """The months of a break between two dates (year, month): with the end month in it when the break runs through
    it ("stopped jan 2023 to dec 2024"), without when the work comes back in it ("…until Jan 2024, back since")."""
    if None in (m1, m2) or not all(1 <= int(month) <= 12 for month in (m1, m2)):
        return None
    gap = (int(y2) - int(y1)) * 12 + int(m2) - int(m1) + (1 if end_month_in else 0)
    return gap if 0 < gap < MONTHS_OFF_MAX else None


def _break_said(months: int, english: bool) -> str:
    """A break in the words the parser reads."""
    return f"took {months} months off" if english else f"中间停了{months}个月"


def _off_between(text: str) -> str:
    def en(m: re.Match) -> str:
        m1, y1, m2, y2 = (m.group(name) for name in (("m1", "y1", "m2", "y2") if m.group("m1") else ("m3", "y3", "m4", "y4")))
        gap = _months_off(y1 or y2, vocab.MONTHS[m1[:3].lower()], y2, vocab.MONTHS[m2[:3].lower()], end_month_in=True)
        return _break_said(gap, english=True) if gap else m.group(0)

    def zh(m: re.Match) -> str:
        y1, m1, y2, m2 = (m.group(name) for name in (("y1", "m1", "y2", "m2") if m.group("y1") else ("y3", "m3", "y4", "m4")))
        gap = _months_off(y1, m1, y2 or y1, m2, end_month_in=True)
        return _break_said(gap, english=False) if gap else m.group(0)
    return _OFF_RANGE_ZH.sub(zh, _OFF_RANGE_EN.sub(en, text))


def _break_between_dates(text: str) -> str:
    def off(m: re.Match, english: bool) -> str:
        if not re.search(_OFF_WORDS, m.group("what"), re.I):
            return m.group(0)
        months = [vocab.MONTHS.get(m.group(k)[:3].lower()) if english else int(m.group(k)) for k in ("m1", "m2")]
        gap = _months_off(m.group("y1"), months[0], m.group("y2"), months[1], end_month_in=False)
        if gap is None:
            return m.group(0)
        return f", {_break_said(gap, english=True)}," if english else f"，{_break_said(gap, english=False)}，"
    text = _BREAK_BETWEEN_ZH.sub(lambda m: off(m, False), text)
    return _BREAK_BETWEEN_EN.sub(lambda m: off(m, True), text)


# A job joined on one date and left on another ("2019年9月入职一家女装淘宝店做客服，2022年6月离职回家带娃了"): a
# stretch between the two, as "2019年9月到2022年6月" says it
_DATE = r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?"
_JOINED_THEN_LEFT = re.compile(r"(?P<start>" + _DATE + r")\s*(?:份)?(?:入职|进了?|加入)(?P<work>[^，,。；;]{0,24})[，,\s]+(?:(?:一直)?(?:干|做|播)?(?:到|直到|至))?\s*"
                               r"(?P<end>" + _DATE + r"(?:底|末|尾)?)\s*(?:份)?(?P<left>离职|辞职|离开|走了|辞了)")
# Other work said with "not doing this then" ("i worked 8 months at a factory in 2024, wasn't streaming then"): a
# break in this work, as long as the other work lasted
# Other work taken up after the certificate, with how long ("但是四级之后我转行做了两年外卖", "拿证后有两年去送外卖了"): a
# stretch out of this work after it, said as a break (not years of work since it)
_OTHER_WORK_AFTER_CERTIFICATE = re.compile(r"(?P<after>(?:[一二三四五]\s*级|证书?|拿证|考证|考完)\s*(?:之|以)?后)[^，,。；;\d一二两三四五六七八九十半]{0,6}?"
                                           r"(?:转行|改行)?(?:有)?\s*(?:去|跑|在)?(?:做|干|送|跑|当|开)?(?:了|过|咗)?\s*"
                                           r"(?P<d>(?:半|[0-9一二两三四五六七八九十]+(?:\.\d)?)\s*(?:年半?|个月|個月))(?:的)?\s*"
                                           r"(?:去|在)?(?:做|干|送|跑|当|开)?(?:了|过|咗)?\s*(?:" + vocab.OTHER_WORK + r")")
def _other_work_after_certificate(m: re.Match) -> str:
    """The other work after a certificate said as a break in this work, unless more stretches follow it ("之後做咗兩年門店銷售
    再播咗三年": the stretches after it are told one by one, and read as such)."""
    if re.search(r"(?:半|[0-9一二两三四五六七八九十]+(?:\.\d)?)\s*(?:年|个月|個月)", m.string[m.end():]):
        return m.group(0)
    return f"{m.group('after')}中间停了{m.group('d')}，"


_OTHER_WORK_NOT_THIS = re.compile(
    r"\b(?:i\s+|she\s+|he\s+)?(?:worked|spent|did)\s+(?P<d>(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|half\s+a)\s*"
    r"(?:months?|mos?|years?|yrs?))\s+(?:at|in|as|doing|for)\s+[^,.;]{1,40}?[,;]?\s*(?:and\s+|so\s+)?(?:i\s+|she\s+|he\s+)?"
    r"(?:wasn'?t|was\s+not|not|didn'?t|did\s+not)\s+(?:stream|streaming|do(?:ing)?\s+(?:it|this|that|streams?|lives?)|sell(?:ing)?|live[- ]?sell(?:ing)?)\b[^,.;]{0,12}", re.I)
_STRETCHES_PLUS = re.compile(r"(?<=[^\d\s+])\s*\+\s*(?=\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?|年|个月)|[一二两三四五六七八九十半]+\s*(?:年|个月))", re.I)


# A level to be obtained, asked when ("那他最快啥时候能拿到三级"), and a level one of several has ("邊個有一級"): no
# certificate held
_WHEN_OBTAINED = re.compile(r"(什么时候|啥时候|几时|多久|最快|何时|哪年)(\s*(?:才|就)?\s*(?:能|可以|会)?\s*)(?:拿到|考到|拿|考取|取得)(?=\s*(?:[一二三四五1-5]\s*级|(?:高级)?技师|[初中高]级工))")
def _ladder_or_own(m: re.Match) -> str:
    """A job type said to have a level is its ladder ("平台管理员而家已经有一级"); the asker doing that job who already
    has a level holds it ("我做紧平台管理员 已经有三级")."""
    if m.group(3) and re.search(r"(?:我|佢|他|她)(?:现在|而家|一直)?(?:做紧|做着|在做|做|是|系|当)\s*$", m.string[max(0, m.start() - 8):m.start()]):
        return m.group(0)
    return (m.group(1) or m.group(3)) + (m.group(2) or m.group(4) or "") + "设"


_WHICH_HAS = re.compile(r"(哪个|哪一个|边个|哪些|哪种)(\s*(?:职业|工种)?\s*)(?:有|设有|设)(?=\s*[一二三四五1-5]\s*级)"
                        # (a job type said to have a level, "平台管理员而家已经有一级", names its ladder, not a certificate
                        # held; "平台管理员有三级证吗" asks of a certificate)
                        r"|((?:" + vocab.JOB_NAME + r")(?:工种)?)(\s*(?:现在|而家|已经|也|都|还|就|只)*\s*)(?:有|设有|设)(?=\s*[一二三四五1-5]\s*级(?!\s*(?:的)?证))")


# "中間回台灣半年", "中间回老家了一年": time back home in the middle, a break (no work said there)
_HOME_BETWEEN = re.compile(r"中间\s*(?:有)?\s*(?:回|返)(?:了|咗)?\s*(?:台湾|香港|澳门|老家|家|国|内地|大陆|乡下)\s*(?:待|住|呆)?(?:了|咗)?\s*"
                           r"(?P<d>(?:[\d一二两三四五六七八九十几]+\s*(?:个)?\s*(?:多)?\s*(?:年|月)(?:半)?|半年|大半年))(?!\s*(?:直播|做|干|播|卖|工作))")


def _parse_with_corrections(text: str, expecting: str | None, today: Callable[[], date]) -> Profile:
    text = _CANTONESE_AND.sub("和", _YEAR_AND_A_HALF.sub("一年半", text))
    text = _STRETCHES_PLUS.sub("，", text)
    text = _WHEN_OBTAINED.sub(r"\1\2报", _WHICH_HAS.sub(_ladder_or_own, text))
    text = _FROM_THEN_TILL_NOW.sub(r"since \g<date>", _off_between(_break_between_dates(text)))
    text = _JOINED_THEN_LEFT.sub(r"\g<start>到\g<end>\g<work>，\g<left>", text)
    text = _OTHER_WORK_BETWEEN.sub(r"中间停了\g<d>，", text)
    text = _HOME_BETWEEN.sub(r"中间停了\g<d>", text)
    text = _OTHER_WORK_NOT_THIS.sub(r"took \g<d> off", text)
    text = _OTHER_WORK_AFTER_CERTIFICATE.sub(_other_work_after_certificate, text)
    # ("22年有半年没上班 其余时间都在做": the year a break fell in, said in two digits, not 22 years of work)
    text = _YEAR_OF_A_BREAK.sub(r"20\1年", text)
    if _PART_OF_A_YEAR.search(text):  # (the other years said beside it are years too: "24年全年都在做", not 24 years)
        text = _PART_OF_A_YEAR.sub(_months_off_that_year, re.sub(r"(?<![\d.])([12]\d)\s*年(?=\s*(?:全年|整年|一整年|成年|都|一直|也))", r"20\1年", text))
    text = _numeric_dates(text)
    text = _bare_start_month_dated(text, today())
    text = _MOVED_THEN_WORKED.sub(r"\g<date>开始\g<rest>", text)
    month_read = _last_month_read(text, today())
    text = _last_month_dated(text, today())
    text = _END_OF_MONTH.sub(_month_after, text)
    text = _on_and_off(text)
    text = _lower_of_a_span(text)
    text = _HOW_OFTEN.sub(lambda m: " " * len(m.group(0)), text)
    text = _PROGRAMME_LENGTH.sub(r"在读\g<school> 学制\g<years>", text)  # (the school attended, no diploma held)
    text = vocab.graduation_year_in_full(text)  # ("我是22年本科毕业的": 2022)
    text = _LEVEL_AND_ITS_NAME.sub(r"\1", text)
    text = _FIELD_OF_THE_LEVEL.sub(_job_type_of_the_level, text)  # ("四级 in live selling on 2024-10-15": the job type, no work)
    text = re.sub(r"(?<=[哪那])一(?=年)", "", text)  # ("是哪一年变成新职业": which year, no year of work)
    text = _SERVICE_SPLIT.sub(r"\1\3\2", text)  # ("中间去当了两年兵": "中间去当兵两年", a break named as such)
    text = _PANDEMIC_END_ZH.sub("2023年", _PANDEMIC_END_EN.sub("since 2023", text))
    text = _PANDEMIC_START_ZH.sub("2020年", _PANDEMIC_START_EN.sub("since 2020", text))
    unsure = next((m for m in (pattern.search(text) for pattern in _UNSURE_LEVEL) if m), None)
    if unsure:  # (the two levels are neither the one held nor ones asked about)
        text = text[:unsure.start("levels")] + " " + text[unsure.end("levels"):]
    profile = _parse_once(text, expecting, today)
    if unsure and profile.certificate_level is None:
        profile = replace(profile, holds_certificate=True)
    if month_read and (profile.years_total_from_date or profile.certificate_age is not None):
        profile = replace(profile, month_read=month_read)  # (only where a figure was worked out from it)
    if profile.years_total is not None and not profile.years_total_from_date and not profile.break_years and not profile.stopped_after \
            and _STOPPED_AFTER_STRETCH.search(text):
        # ("from the very start of 2019 till end of aug 2021, then stopped cos i had my baby": a closed stretch, then a stop;
        # work taken up again from a date said later is added to it)
        profile = replace(profile, stopped_after=True)
    elif profile.years_total is None and profile.years_since_certificate is None and profile.certificate_age is None \
            and not profile.break_years and not re.search(r"[\d一二两三四五六七八九十半]\s*(?:个)?(?:年|月)", text) \
            and _STOPPED_FOR_OTHER_WORK.match(text):
        # ("我2019年播过一年" then "后来去厂里上班了": the stretch told before closed; work taken up again from a date
        # said later is added to it)
        profile = replace(profile, stopped_after=True)
    if not profile.years_total_from_date and profile.certificate_age is None and (ended := _ended_ago(text, today())) is not None:
        profile = replace(profile, ended_ago=ended)
    if profile.break_years and _BREAK_AHEAD.search(text):
        profile = replace(profile, break_ahead=profile.break_years, break_years=None)
    cues = list(re.finditer(vocab.CORRECTION_IN_MESSAGE, text.lower()))
    cue = cues[-1] if cues else None  # the last correction said is the one that stands
    if cue is None or not text[cue.end():].strip():
        return _dated_less_break(profile)
    before, after = _parse_once(text[:cue.start()], expecting, today), text[cue.end():].lower()
    # ("actually it was May 2024 not last May"): the date taken back is no date said
    after = re.sub(r"[,，]?\s*(?:\b(?:not|instead\s+of)\s+(?:in\s+)?|不是\s*)(?:(?:" + "|".join(vocab.MONTHS) + r")[a-z]*\.?\s*)?"
                   r"(?:(?:19|20)\d{2}|\d{2}\s*年)?(?:\s*年)?(?:\s*\d{1,2}\s*月)?", " ", after)
    # the bare figure after the cue corrects the one of its kind said before it
    taking_back = expecting
    dated = _full_years(after)  # ("不对，是22年初": a year said in two digits is a date too)
    if vocab.CALENDAR_YEAR.search(dated) and before.years_since_at_most is not None and not break_in_year(dated):
        # ("啊唔係，中間2024年有三個月冇做": a break in that year, not the certificate's date corrected)
        taking_back = "certificate_date"
    elif vocab.CALENDAR_YEAR.search(dated) and before.years_total_from_date:
        taking_back = "work_start_date"
    elif before.years_total is not None and before.years_since_certificate is None:
        taking_back = "years_total"
    elif before.years_since_certificate is not None and before.years_total is None:
        taking_back = "years_since_certificate"
    corrected = _parse_once(after, taking_back, today)
    taken_back = {name: getattr(corrected, name) for name in _CORRECTABLE
                  if getattr(corrected, name) is not None and getattr(corrected, name) != getattr(profile, name)}
    if not taken_back:
        return profile
    kept = {name: getattr(before, name) for name in _CORRECTABLE if getattr(profile, name) is None and getattr(before, name) is not None}
    if "years_total" in taken_back:
        taken_back["other_years"] = corrected.other_years  # "有六年，其实我得三年": three in all
    since = profile.years_since_certificate
    if "certificate_age" in taken_back and since is not None and since > taken_back["certificate_age"] and "years_since_certificate" not in taken_back:
        # ("四級證 2021年9月? 唔係 係2022年9月攞"): the years since it were counted from the date taken back; no more
        # years have passed since a certificate than its age
        taken_back["years_since_certificate"] = taken_back["certificate_age"]
    return replace(profile, **{**kept, **taken_back})


_LAST_MONTH = re.compile(r"\blast\s+(" + "|".join(vocab.MONTHS) + r")[a-z]*\b(?!\s*(?:19|20)\d{2})", re.I)


_ZH_SPAN = re.compile(r"(?<![\d一二两三四五六七八九十])(一|两|二|三|四|五|六|七|八)(两|二|三|四|五|六|七|八|九)(?=\s*(?:年|个月|個月))")
# (figures of twelve or less: "18-19年" is two calendar years, not a span of years)
_SPAN = re.compile(r"\b((?:1[0-2]|\d)(?:\.\d+)?)\s*(?:-|–|~|to|or)\s*(?:maybe\s+)?(?:1[0-2]|\d)(?:\.\d+)?(?=\s*(?:years?|yrs?|months?)\b)"
                   r"|(?<![\d.])((?:1[0-2]|\d)(?:\.\d+)?)\s*(?:-|–|~|到|至|或者?|或)\s*(?:1[0-2]|\d)(?:\.\d+)?(?=\s*(?:年|个月|個月)(?![\d]))", re.I)
_ZH_DIGIT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# A certificate of one of two levels, unsure which ("level 4 or maybe 5", "四级还是五级来着", "4级定5级"): a certificate
# held, its level not known, so the engine asks rather than take either one.
_UNSURE_LEVEL = (
    re.compile(r"\bcert(?:ificate)?\b[^.?!]{0,15}?(?P<levels>(?:\blevel|\blv?l?)\s*[1-5]\s*(?:or|/)\s*(?:maybe\s+|possibly\s+|perhaps\s+)?(?:level\s*)?[1-5]\b)", re.I),
    re.compile(r"证[^，,。？?]{0,4}?(?P<levels>[一二三四五1-5]\s*级\s*(?:还是|或者|或是|定系|定係|抑或)\s*(?:可能\s*)?[一二三四五1-5]\s*级)"
               r"(?=[^？?]{0,6}(?:来着|嚟|吧|忘了|唔记得|不记得|记不清|$|[，,。]))"),
)


# "since covid started", "疫情那年开始做的": work since 2020, the year the pandemic began (a year alone, so counted
# from its December at least, as any year said alone).
_PANDEMIC_START_EN = re.compile(r"\bsince\s+(?:the\s+)?(?:covid(?:-19)?|pandemic|corona(?:virus)?)(?!\s+(?:ended|was\s+over|finished|restrictions))(?:\s+(?:started|began|hit|kicked\s+off))?", re.I)
# A level's number and its name together ("she holds Level 2 技师", "L4 中级工"): one level, said once
_LEVEL_AND_ITS_NAME = re.compile(r"\b(level\s*[1-5]|l[1-5])\s*[/（(]?\s*(?:高级技师|技师|高级工|中级工|初级工)(?:\s*[)）])?", re.I)
# A school's length of study ("技校是三年制的", "我们技校是三年制"): the school attended, no diploma held
_PROGRAMME_LENGTH = re.compile(r"(?P<school>技工学校|技校|中专|中职|职高|大专|高职|本科|学校)\s*(?:是|系)\s*(?P<years>[一二两三四五\d]\s*年制)")
# How often, not how long ("一个月播十几次", "每个礼拜播三场", "一周做4天"): no years of work
_HOW_OFTEN = re.compile(r"(?:一|每)\s*(?:个)?\s*(?:月|周|星期|礼拜|天|晚)\s*(?:都|大概|差不多|约|就|只)?\s*(?:播|直播|开播|做|上|干|开)?\s*(?:大概|差不多|约|个)?\s*"
                        r"[\d一二两三四五六七八九十几]+\s*(?:多|几)?\s*(?:个)?\s*(?:次|场|天|回|晚|个钟|小时)")
# After the pandemic ("since covid ended", "疫情后开始", "放开之后做的"): the restrictions ended in the winter of 2022/23, so
# the year 2023, counted as a year alone is, from its end (never more than was said)
_PANDEMIC_END_EN = re.compile(r"\b(?:since|after)\s+(?:the\s+)?(?:covid(?:-19)?|pandemic|corona(?:virus)?|lockdowns?)\s+"
                              r"(?:ended|was\s+over|finished|(?:restrictions\s+)?(?:were\s+)?lifted|restrictions\s+ended)", re.I)
_PANDEMIC_END_ZH = re.compile(r"(?:疫情(?:结束)?|放开|解封)(?:之后|以后|后|过后)(?=\s*(?:就|才|又|便)?\s*(?:开始|做|干|播|在|喺|自己|跟|帮|给))")
_PANDEMIC_START_ZH = re.compile(r"(?:从)?疫情(?:那年|开始|刚开始|爆发|期间)(?:的时候|时|那阵)?(?=\s*(?:就|便)?\s*(?:开始|做|干|播))")


def _lower_of_a_span(text: str) -> str:
    """"大概两三年", "2-3 years", "2到3年": the lower figure, so a verdict never rests on more than was said
    ("两三年" is at least two)."""
    text = _ZH_SPAN.sub(lambda m: str(_ZH_DIGIT[m.group(1)]) if _ZH_DIGIT[m.group(1)] < _ZH_DIGIT.get(m.group(2), 10) else m.group(0), text)
    return _SPAN.sub(lambda m: m.group(1) or m.group(2), text)


def _on_and_off(text: str) -> str:
    """"2 years on, 1 off, 5 on": stretches of work and breaks said in shorthand, in the words the parser reads
    ("2 years working, 1 years off, 5 years working"); only where both an "on" and an "off" are said."""
    figure = r"(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?)?"
    if not (re.search(figure + r"\s+on\b", text, re.I) and re.search(figure + r"\s+off\b", text, re.I)):
        return text
    text = re.sub(figure + r"\s+on\b", r"\1 years working", text, flags=re.I)
    return re.sub(figure + r"\s+off\b", r"\1 years off", text, flags=re.I)


# Only part of a year worked, said of that year ("24年全年都在做 25年只做了半年 26年一直在做"): the rest of it off, as
# "25年有6个月没做" says it (the months off are taken out like any break said with its year)
_PART_OF_A_YEAR = re.compile(r"(?P<year>(?:19|20)?\d{2})\s*年\s*(?:只|就|才|仅|淨係|净系)(?:做|干|播|开工)(?:了|咗)?\s*"
                             r"(?P<num>半年|(?:1[01]|[1-9]|十一|十|[一二两三四五六七八九])\s*个?月)")


_YEAR_OF_A_BREAK = re.compile(r"(?<![\d.])([12]\d)\s*年(?=\s*(?:中间|期间)?\s*有\s*(?:半年|(?:1[01]|[1-9]|十一|十|[一二两三四五六七八九])\s*个?月)\s*(?:都|也)?\s*"
                              r"(?:(?:没有?|冇|未|不)(?:上班|做|干|播|开工|返工)|停(?:了|咗|掉)|休息))")  # ("22年中间有3个月停了")


def _months_off_that_year(m: re.Match) -> str:
    said = m.group("num")
    worked = 6 if said == "半年" else int(vocab.number(re.sub(r"\s*个?月", "", said)) or 0)
    year = m.group("year") if len(m.group("year")) == 4 else "20" + m.group("year")
    return f"{year}年有{12 - worked}个月没做" if 0 < worked < 12 else m.group(0)


# A range's end said as a month's end ("stopped from Sept 2024 to end of Feb 2025"): to the next month's start, as
# "到2025年2月底" counts the whole of February
_END_OF_MONTH = re.compile(r"\b(?:to|till|until|through)\s+(?:the\s+)?end\s+of\s+(?P<month>" + "|".join(vocab.MONTHS) + r")[a-z]*\.?\s+(?P<year>(?:19|20)\d{2})\b", re.I)


def _month_after(m: re.Match) -> str:
    index = list(vocab.MONTHS).index(m.group("month").lower()[:3]) + 1
    year = int(m.group("year")) + (1 if index == 12 else 0)
    return f"to {list(vocab.MONTHS)[index % 12]} {year}"


# A break said as still to come: "下个月要生宝宝了 要休大半年", "打算明年停半年", "going to take 6 months off next year"
# (not a half-year or a year's end dated in the past: "2023年下半年生BB休息咗半年")
_BREAK_AHEAD = re.compile(r"(?:下个?月|(?<!\d年)(?<!\d)下半年|明年|今年底|过几个月|快要?|即将|准备|打算|计划|预计|(?<!\d年)要|会)\s*(?:去|再)?\s*"
                         r"(?:生(?:宝宝|孩子|小孩|bb|BB)|休(?:产假|假|息)?|停(?:播|工)?|歇|放(?:产假|假))"
                         r"|\b(?:going\s+to|gonna|will|plan(?:ning)?\s+to|about\s+to)\s+(?:take|have|go\s+on)\b[^,.;]{0,30}"
                         r"\b(?:off|leave|break)\b|\b(?:next\s+(?:month|year)|soon)\b[^,.;]{0,20}\b(?:maternity|leave|off|break)\b", re.I)


# The work said to have gone on until a date, opening the message with no start of its own ("做到23年2月，然后去送了一年多外卖",
# "一直做到2023年底就没做了", "till end of aug 2021, then stopped", "did it until march 2023")
_ENDED_ZH = re.compile(r"^\W*(?:之后|后来|然后|拿证后|拿证之后)?\s*(?:就|都)?(?:一直)?(?:都)?(?:在)?(?:做|干|播|卖)(?:了|咗)?(?:到|至)\s*"
                       r"(?P<year>(?:19|20)?\d{2})\s*年\s*(?:(?P<month>1[0-2]|0?[1-9])\s*月(?:份)?|(?P<part>底|尾|末|初|中))?")
_ENDED_EN = re.compile(r"^\W*(?:(?:i|she|he)\s+)?(?:(?:kept\s+(?:going|at\s+it)|worked|streamed|did\s+(?:it|that|this)|was\s+(?:there|streaming))\s+)?"
                       r"(?:till|until|up\s+to|through)\s+(?:the\s+)?(?P<end>end\s+of\s+)?(?P<mname>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<year>(?:19|20)\d{2})\b", re.I)


_STOPPED_AFTER_STRETCH = re.compile(r"(?:\bthen|\band|,)\s+(?:i\s+|she\s+|he\s+)?(?:stopped|quit)\b(?!\s+for\b)|(?:之后|然后|后来)(?:就)?(?:停了|不做了|没做了|没再做)(?![\d一二两三四五六七八九十半]|大半)", re.I)

# Military service said with its length inside ("当了两年兵", "服了三年役")
_SERVICE_SPLIT = re.compile(r"(当|服)(?:了|咗)?\s*((?:[\d一二两三四五六七八九十半]+|大半)\s*(?:个)?(?:年|月)(?:多|半)?)\s*(兵|役)")
# A message that only says the work stopped, or gave way to other work ("后来去厂里上班了", "then i quit")
_STOPPED_FOR_OTHER_WORK = re.compile(
    r"\s*(?:后来|之后|然后|再后来|跟住|\bthen\b|\bafter\s+that\b)\s*(?:我|i\s+)?(?:就)?\s*"
    r"(?:(?:去|转去|跑去|换去|进)(?:了)?(?:" + vocab.OTHER_WORK_PLACE + r")[^。？?]{0,6}(?:上班|打工|工作|做|干)?"
    r"|(?:停了|不做了|没做了|没再做|冇做|唔做)|(?:quit|stopped)\b)[^。？?\d]{0,12}$", re.I)


def _ended_ago(text: str, today: date) -> float | None:
    """How long ago the work said to go on until a date ended, in years, or None."""
    zh, en = _ENDED_ZH.match(text), _ENDED_EN.match(text)
    if zh is not None:
        year = int(zh.group("year")) + (2000 if len(zh.group("year")) == 2 else 0)
        month = int(zh.group("month")) if zh.group("month") else {"底": 13, "尾": 13, "末": 13, "初": 2, "中": 7, None: 13}[zh.group("part")]
    elif en is not None:
        year, month = int(en.group("year")), vocab.MONTHS[en.group("mname").lower()[:3]] + (1 if en.group("end") else 0)
    else:
        return None
    months = (today.year * 12 + today.month) - (year * 12 + month)
    return round(months / 12, 4) if 0 <= months <= 60 * 12 else None


def _last_month_read(text: str, today: date) -> tuple | None:
    """("since last March" said in December): the month of last year is read, but a month before this one is this
    year's for many; (month name, year read, this year) so that the reply says which was read (not one taken back:
    "Actually it was May 2024 not last May")."""
    m = next((m for m in _LAST_MONTH.finditer(text) if not re.search(r"\b(?:not|instead\s+of)\s+$", text[:m.start()], re.I)), None)
    if m is None:
        return None
    month = vocab.MONTHS[m.group(1).lower()]
    return (calendar.month_name[month], today.year - 1, today.year) if month < today.month else None


# A year, with its month if said ("2021年", "2021年3月份")
_A_DATE = r"(?:19|20)\d{2}\s*年(?:\s*(?:1[0-2]|0?[1-9])\s*月(?:份)?)?"
# A move dated, then the work there up to now ("2024年8月来东莞，在抖音直播卖鞋到现在"): the work since that date
_MOVED_THEN_WORKED = re.compile(rf"(?P<date>{_A_DATE})\s*(?:来|去|到|搬到|搬去|回到?|返到?)(?:了)?[^，,。\d]{{1,8}}[，,]\s*"
                                r"(?P<rest>[^，,。\d]{0,16}?(?:做|干|播|直播|卖|带货)[^，,。\d]{0,12}?(?:到现在|到而家|至今|到今天))")
# This work from one date, other work from a second, then back ("2018年3月开始在快手播 2021年3月去外地工地干了两年 2023年3月
# 回来接着播 一直到现在"): the first stretch runs between the two dates, then the time away, then the return
_LEFT_ON_A_DATE = re.compile(rf"(?P<d1>{_A_DATE})\s*(?:开始|起)(?P<work>[^，,。；;\d]{{0,12}}?(?:播|直播|带货|当主播|做主播))\s*[，,]?\s*"
                             rf"(?P<d2>{_A_DATE})\s*(?P<away>(?:去|到|跑去|转去|改去)[^，,。；;\d]{{1,16}}?(?:干|做|打工|上班)[^，,。；;]{{0,8}}?"
                             rf"(?=[，,\s]+{_A_DATE}\s*(?:又|重新|再|回来|返来|回到|回去)))")


# "前两个月刚拿了三级": two months ago, said with 前 first (not two months of work)
_MONTHS_BACK_FIRST = re.compile(r"(?<![\d年月之以])前(?P<n>[两二三四五六七八九十\d]{1,2})\s*个月(?=\s*(?:才|刚|刚刚|就)?\s*(?:拿|考|攞|取得|考到|拿到))")


# The work named, then the date it started ("我喺廣州做直播 2022年3月開始"): written as the start of that work
_WORK_THEN_ITS_START = re.compile(rf"(?<![转改换])(?P<work>(?:做|搞|干|当|开始做)(?:直播|带货|主播|选品|电商|短视频)[^\s，,。；;\d]{{0,6}}?)\s*[，,]?\s*(?P<date>{_A_DATE})\s*(?:开始|起)(?=\s|[，,。；;]|$)")
# "今年应届 已经有四级证": this year's graduating class, no year the certificate was got in
_THIS_YEARS_GRADUATE = re.compile(r"今年(?=\s*应届)")
# "阿杰 刚来半年", "阿晴啱啱入職三個月": joined that long ago, and working since (the time is the work)
_JUST_JOINED = re.compile(r"(?:刚刚|刚|才|啱啱|啱)(?:来|入职|进来|进公司|加入|入行|来公司)(?:了|咗)?\s*(?=(?:半年|[\d一二两三四五六七八九十]+\s*(?:个月|年)))")


def left_on_a_date(text: str) -> str:
    """The stretch from a start to the date other work began, written as a stretch between two dates (see
    _LEFT_ON_A_DATE); the dated timeline reads it the same way."""
    return _LEFT_ON_A_DATE.sub(r"\g<d1>到\g<d2>\g<work>，之后\g<away>", text)


# A start said with its month and no year ("由3月做到而家", "3月开始做直播"): the latest such month, this year's if it
# has come, else last year's
_BARE_START_MONTH = re.compile(r"(?<![\d年.\-/])(?P<from>从|由|自从?|打从)?\s*(?P<m>1[0-2]|[1-9])\s*月(?:份)?"
                               r"(?=\s*(?:(?:开始|起)\s*(?:做|干|播|直播|带货|上班|入职|当|在)|(?:做|干|播)(?:到|至)\s*(?:现在|而家|今天|今日)))")


# The same in English: "started streaming phone accessories on Kuaishou in April", "been streaming since april"
_BARE_START_MONTH_EN = re.compile(r"(?P<head>\b(?:started|began|start(?:ing)?)\b[^.,;!?\d]{0,48}?\bin\s+|\b(?:since|from)\s+)"
                                  # (the month's name, not a word it opens: "in junior year of uni", "in marketing", "in mayo")
                                  r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?P<rest>(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?(?![a-z])\.?)"
                                  r"(?!\s*(?:of\s+)?(?:\d|last\b|this\b|next\b))", re.I)


def _bare_start_month_dated(text: str, today: date) -> str:
    def dated(m: re.Match) -> str:
        month = int(m.group("m"))
        return f"{m.group('from') or ''}{today.year if month <= today.month else today.year - 1}年{month}月"

    def dated_en(m: re.Match) -> str:
        month = vocab.MONTHS[m.group("m").lower()]
        return f"{m.group('head')}{m.group('m')}{m.group('rest')} {today.year if month <= today.month else today.year - 1}"
    return _BARE_START_MONTH_EN.sub(dated_en, _BARE_START_MONTH.sub(dated, text))


# "since october last year", "in march this year": the month with the year said after it
_MONTH_THEN_YEAR_WORD = re.compile(r"\b(" + "|".join(vocab.MONTHS) + r")[a-z]*\.?\s+(?:of\s+)?(last|this)\s+year\b", re.I)


def _last_month_dated(text: str, today: date) -> str:
    """"last May" is May of last year, as "去年5月" (said in November, people mean the May before this one);
    "october last year" is October of last year."""
    text = _MONTH_THEN_YEAR_WORD.sub(lambda m: f"{m.group(1)} {today.year - (1 if m.group(2).lower() == 'last' else 0)}", text)
    # (after a figure, "in" keeps it from reading as the month's day: "got level 5 last november" is no 5 November)
    return _LAST_MONTH.sub(lambda m: ("in " if re.search(r"\d\s*$", text[:m.start()]) else "") + f"{m.group(1)} {today.year - 1}", text)


# What a correction inside one message replaces: figures and dates, not the lists of schools.
_CORRECTABLE = ("certificate_level", "years_since_certificate", "years_total", "years_since_at_most", "certificate_age",
                "years_since_from_date", "years_total_from_date", "job_type")


# "我有两个证：直播销售员五级（2022年6月）和选品员四级（2024年9月）": every level in a list of certificates held
_CERTIFICATES_COUNTED = re.compile(r"(有|持有)\s*(?:两|三|2|3)\s*(?:个|张|本)\s*证书?\s*[：:，,]?\s*")
# ("我有兩張證：直播五級同選品四級": Cantonese 同 for "and")
_HELD_LIST = re.compile(r"((?:有|持有)\s*(?:" + vocab.JOB_NAME + r")?\s*[一二三四五]\s*级[^，,。和及同]{0,16}?)(和|以及|及|还有|跟|同|、)(?=\s*(?:"
                        + vocab.JOB_NAME + r")?\s*[一二三四五]\s*级)")


# "2023年整年停了", "23年全年没做": a calendar year off, said as the year
# Words of checking or taking back that open a message before what is said again ("等下 我算了一下", "不对 我查了下")
_CHECKED_FIRST = r"(?:\s*(?:等下|等等|等一下|稍等|不对|哦|噢|啊|呃|其实|我算了一?下|算了一?下|我算了|我查了一?下|我看了一?下|我想了想|我?记错了|我?算错了|我?搞错了|我?说错了|我?打错了)\s*[，,]?)*"
# ("…开始的 中间没停过", "…开始嘅，一直做到而家": the work went on since)
_NEVER_STOPPED = (r"(?:(?:中间|中間)?\s*(?:都)?(?:没有?|冇|从没|从来没有?)\s*(?:停过?|断过?|停)|一直(?:都)?(?:在)?(?:做|干|播)(?:到现在|到而家)?"
                  # ("…开始的 中间停了半年回老家": a break said with it, taken out of the years since the start)
                  r"|(?:中间|中途)\s*(?:停了|停咗|断了|休息了|歇了)\s*(?:半年|[一二两三四五六七八九十\d]+\s*个?月)\s*(?:回老家|回家|没做|冇做)?)?\s*[，,。.!！]?\s*")
_WHOLE_YEAR_OFF = re.compile(r"((?:19|20)?\d{2}\s*年)\s*(?:有)?(?:一)?(?:整年|全年|成年|一整年)\s*(?:都|也)?\s*"
                             r"(?:停了|停咗|停掉了|停播|停工|没有?做|冇做|没上班|冇返工|没有上班|休息了?|没播|冇播|冇开工|没开工"
                             # ("不过2023年有一整年去送外卖了", "2023年整年都在送外卖": a year away at other work, out of this one)
                             r"|(?<=有一整年)\s*(?:是)?(?:去|在|跑去|转去)(?=\s*(?:做|干|送|当|跑|上)?(?:了|咗)?\s*(?:" + vocab.OTHER_WORK + r"))"
                             r"|(?<=整年)都?(?:是)?(?:去|在|跑去|转去)(?=\s*(?:做|干|送|当|跑|上)?(?:了|咗)?\s*(?:" + vocab.OTHER_WORK + r")))")


def _whole_year_off(text: str) -> str:
    """"2023年整年停了，去带孩子": a year's break, in the words the break readings know ("2023年停了一整年")."""
    return _WHOLE_YEAR_OFF.sub(lambda m: m.group(1) + "停了一整年", text)


def _held_list(text: str) -> str:
    text = _SHORT_JOB_LEVEL.sub(lambda m: _SHORT_JOB_NAMES[m.group(1)], text)  # "直播五級同選品四級"
    return _HELD_LIST.sub(r"\1\2有", _CERTIFICATES_COUNTED.sub(r"\1", text))


_SHORT_JOB_NAMES = {"直播": "直播销售员", "选品": "选品员", "视频": "视频创推员", "平台": "平台管理员"}
_SHORT_JOB_LEVEL = re.compile(r"(?<![我做在搞干播])(直播|选品|视频|平台)(?!销售员|员|创推员|管理员)(?=\s*[一二三四五]\s*级)")


def _months_to_graduation(text: str, today: date) -> int | None:
    """Months from today to the graduation said with its year ("2027年7月畢業", "graduating 2029"; a month not
    said is the summer's); None when no graduation year is said."""
    m = vocab.GRADUATION_YEAR.search(text)
    year = m and next((g for g in (m.group("y1"), m.group("y2"), m.group("y3")) if g and g.isdigit()), None)
    if not year:
        return None
    name = m.group("mname0") or m.group("mname")
    month = int(m.group("month")) if m.group("month") else vocab.MONTHS.get(name[:3].lower()) if name else 7
    return int(year) * 12 + month - (today.year * 12 + today.month)


def _graduates_within_a_year(text: str, today: date) -> bool:
    """"電子商務，2027年7月畢業" said in November 2026: graduating within the coming twelve months, so in the
    final year."""
    if re.search(r"已经?毕业|毕业(?:了|咗)|graduated", text):
        return False
    ahead = _months_to_graduation(text, today)
    return ahead is not None and 0 < ahead <= 12


def _graduates_later(text: str, today: date) -> bool:
    """A graduation more than twelve months ahead ("2029年畢業" said in 2026): not the final year yet."""
    ahead = _months_to_graduation(text, today)
    return ahead is not None and ahead > 12


_HELD_SINCE_WORK = re.compile(r"(?:拿到|取得|考到|考下|拿了)(?P<level>[一二三四五1-5]\s*级)(?:证书?)?(?:后|以后|之后)[^，,。？?要需得才须]{0,12}"
                              r"(?:干|做|播|工作)[^，,。？?要需得才须]{0,6}?(?:满|了)\s*[\d一二两三四五六七八九十半]+\s*(?:年|个月)")


def _apostrophes(text: str) -> str:
    """Negations typed without their apostrophe ("havent done any training", "dont have a cert") as written with it;
    and "成年几" (Cantonese: a year and a bit, "做咗成年幾") as "一年多", not "未成年" (under age)."""
    text = re.sub(r"(?<!未)成年(?:几|多)(?![少岁])", "一年多", text)
    return re.sub(r"\b(have|has|had|did|do|does|is|are|was|were|could|would|should)nt\b", r"\1n't",
                  re.sub(r"\b(ca|wo)nt\b", r"\1n't", text))


# Papers of identity or residence ("身份证上今年满35了", "居住证"): no skill certificate, and their dates none of one
_ID_PAPERS = re.compile(r"身份证|身份證|居住证|居住證|暂住证|驾驶证|驾照|行驶证|通行证|回乡证|台胞证")
# A figure said without its unit after one said with it ("worked 3 yrs, stopped for 2, then did 2 more"): the same unit
_EN_UNIT = re.compile(r"\d\s*(years?|yrs?|months?|mos?)\b")
_UNITLESS = re.compile(r"(?<=\bfor\s)(\d+(?:\.\d+)?)(?![\d.]*\d)(?=\s*(?:[,.;!?]|then\b|and\b|$))"
                       r"|\b(\d+(?:\.\d+)?)(?![\d.]*\d)(?=\s+more\b(?!\s+(?:years?|yrs?|months?|mos?|hours?|hrs?|times?|people|students)))")


def _units_carried(text: str) -> str:
    """English figures said without a unit after a duration with one take that duration's unit."""
    first = _EN_UNIT.search(text)
    if first is None:
        return text
    return text[:first.end()] + _UNITLESS.sub(lambda m: f"{m.group(0)} {first.group(1)}", text[first.end():])


# A rule quoted in quotation marks ('报五级的“累计工作满1年”算不算', "the '1 year of work' for Level 5"): its
# figure is the rule's, not the asker's; the quotation is read as "that rule"
_QUOTED_RULE = re.compile(r"[“「\"](?P<a>[^”」\"\n]{1,30}?)[”」\"]|(?<![a-z])'(?P<b>[^'\n]{1,30}?)'(?![a-z])")
_A_DURATION = re.compile(r"[\d一二两三四五六七八九十半]\s*(?:年|个月|個月|years?|yrs?|months?)")
_RULE_WORDING = re.compile(r"满|滿|累计|累計|连续|連續|以上|工作|经验|經驗|\b(?:of work|experience|after|full|at least|relevant)\b")


def _quoted_rules(text: str) -> str:
    """Quoted durations in a rule's wording ("“累计工作满1年”") masked: a rule's wording, quoted, is none of the asker's facts."""
    return _QUOTED_RULE.sub(lambda m: " 那条规定 " if _A_DURATION.search(q := m.group("a") or m.group("b")) and _RULE_WORDING.search(q)
                              else m.group(0), text)


# Stints counted, each the same length ("3 summer internships at livestream companies, 3 months each",
# "实习了三次，每次3个月"): their sum, as one duration
_EACH_EN = re.compile(rf"\b(?P<n>\d|{vocab._EN_WORD_NUM})\s+(?P<what>[a-z][a-z\s-]{{0,50}}?(?:internships?|jobs|stints|summers|contracts|gigs)"
                      rf"[a-z\s-]{{0,40}}?)[,\s]+(?:of\s+)?(?P<m>\d+(?:\.\d+)?|{vocab._EN_WORD_NUM})\s*(?P<unit>months?|mos?|years?|yrs?)\s+each\b")
_EACH_ZH = re.compile(r"(?P<n>\d|[两二三四五六七八九])\s*(?:次|段|份|个暑假|個暑假|个寒假|個寒假|个假期)(?P<what>[^，,。；;？?]{0,20})[，,\s]*"
                      r"(?:每次|每段|每份|每个|每個|各)\s*(?:都)?\s*(?:大概|大约|差不多|约)?\s*(?:做了?|干了?|实习了?)?\s*(?P<m>\d+|[一两二三四五六七八九十]+)\s*(?P<unit>个月|個月|年)")


def _stints_summed(text: str) -> str:
    """"N stints, M months each" as the N x M months they make."""
    def summed(m: re.Match) -> str:
        n, each = vocab.number(m.group("n")), vocab.number(m.group("m"))
        if n is None or each is None:
            return m.group(0)
        total = n * each
        figure = str(int(total)) if total == int(total) else str(total)
        if m.re is _EACH_EN:
            unit = "months" if m.group("unit").startswith("mo") else "years"
            return f"{m.group('what').strip()} for {figure} {unit} in total"
        return f"{m.group('what').strip()}，共{figure}{m.group('unit')}"
    return _EACH_ZH.sub(summed, _EACH_EN.sub(summed, text))


def _events_dated(text: str, today: date) -> str:
    """"前年国庆后" -> "2024年10月后", "since last chinese new year" -> "since feb 2026" (said in December 2026): a
    holiday in a year said relative to today is the month it falls in (lunar holidays near enough)."""
    if re.search(r"加起来|总共|一共|累计|断断续续", text):
        return text  # ("去年暑假开始的 断断续续 加起来大概一年多": the total said, not the time since the start)
    text = vocab.EVENT_IN_RELATIVE_YEAR.sub(
        lambda m: vocab.event_date(today.year - vocab.RELATIVE_YEARS_BACK[m.group(1)], m.group(2)), text)

    def latest(m: re.Match) -> str:
        month = vocab.EVENT_MONTHS_EN[re.sub(r"\s+", " ", m.group(1))]
        year = today.year if month <= today.month else today.year - 1
        return f"{list(vocab.MONTHS)[month - 1]} {year}"
    text = vocab.EVENT_LAST_EN.sub(latest, text)

    def year_of(month: int) -> int:  # a month said without its year: the latest one gone by
        return today.year if month <= today.month else today.year - 1
    # ("interned … from March to August this year": the two months in the year said relative to today)
    text = re.sub(r"\bfrom\s+(" + vocab._MONTH_NAMES + r")[a-z]*\.?\s+(?:to|till|until|through)\s+(" + vocab._MONTH_NAMES + r")[a-z]*\.?\s+(this|last)\s+year\b",
                  lambda m: (lambda y: f"from {m.group(1)} {y} to {m.group(2)} {y}")(today.year - (m.group(3) == "last")), text)
    # ("在亲戚的直播间帮忙 从8月开始", "been helping since august")
    text = re.sub(r"(?<![年\d])(从|自|由)\s*(1[0-2]|[1-9])\s*月(?:份)?\s*(?=开始|起)",
                  lambda m: f"{m.group(1)}{year_of(int(m.group(2)))}年{m.group(2)}月", text)
    text = re.sub(r"\bsince\s+(" + vocab._MONTH_NAMES + r")[a-z]*\b\.?(?!\s*,?\s*(?:19|20)?\d{2}\b)(?!\s*\d)",
                  lambda m: f"since {m.group(1)} {year_of(vocab.MONTHS[m.group(1)])}", text)
    return _school_holidays_dated(text, today)


_HOLIDAY_OF_GRADE = re.compile(r"大([一二三四])\s*(?:的|那年)?\s*(暑假|寒假)")
_GRADE_NOW = re.compile(r"(?:现在|而家|今年|目前)\s*(?:是|读|系|在读)?\s*大([一二三四五])|大([一二三四五])\s*了")


def _school_holidays_dated(text: str, today: date) -> str:
    """"我大三暑假开始在MCN做剪辑 现在大四了" -> July 2026 (said in December 2026): a holiday of a year at college,
    dated from the year the asker is in now; without the year now it is left as said."""
    now = _GRADE_NOW.search(text)
    if now is None:
        return text
    grade_now = _ZH_DIGIT[now.group(1) or now.group(2)]
    school_year = today.year if today.month >= 9 else today.year - 1  # the September the current year at college began

    def dated(m: re.Match) -> str:
        grade = _ZH_DIGIT[m.group(1)]
        if grade > grade_now:
            return m.group(0)
        year = school_year - (grade_now - grade) + 1  # the summer after a year, the winter inside it: the next calendar year
        month = 7 if m.group(2) == "暑假" else 1
        return f"{year}年{month}月" if (year, month) <= (today.year, today.month) else m.group(0)
    return _HOLIDAY_OF_GRADE.sub(dated, text)


def _seasons_dated(text: str, today: date) -> str:
    """"since this spring" with the year it falls in ("spring 2026"). "Last summer" said in December may be the summer
    just gone or the one a year before (readers split on it), so it is left unread and the years are asked; winter
    spans two years and is left as said."""
    # ("this spring" only after "since" or a start: "go for level 4 this spring" in December is the spring to come;
    # "started streaming makeup on Douyin this summer" is this year's)
    text = re.sub(r"\b(started|began|starting|joined)\b([^.;!?,]{0,40}?)\bthis\s+(summer|spring|autumn|fall)\b",
                  lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} {today.year}", text)
    return re.sub(r"(?<=since )this\s+(summer|spring|autumn|fall)\b", lambda m: f"{m.group(1)} {today.year}", text)


# A slip taken back mid-message: "在虾皮…不是，在淘宝直播卖东西", "on shopee, no wait, on taobao"
_SLIP_TAKEN_BACK = re.compile(r"在[^，,。…\s]{1,8}\s*(?:…+|\.{2,}|，|,)\s*(?:不是|不对|唔系|唔係|讲错|说错了?)\s*[，,、]?\s*(?=在)"
                              r"|\bon\s+\w+\s*(?:…+|\.{2,}|,)\s*(?:no\s+wait|sorry|i\s+mean)\s*,?\s*(?=on\s)")


# A level's two names said to be one ("二級是技師對吧", "中级工就是四级？", "level 2 is technician right?"): a question
# about the names, no level held or wanted
_LEVEL_NAMES_EQUATED = re.compile(r"(?:[一二三四五]\s*级|(?:高级)?技师|[初中高]级工)\s*(?:就|即)?\s*(?:是|系|係|即系|等于|=)\s*(?:不是)?\s*"
                                  r"(?:[一二三四五]\s*级|(?:高级)?技师|[初中高]级工)(?:\s*(?:对吧|对不对|是吧|吧|吗|嘛|冇错吧|啱唔啱|right|[?？]))?"
                                  r"|\blevel\s*[1-5]\s+(?:is|=|means)\s+(?:the\s+)?(?:senior\s+technician|technician|(?:junior|intermediate|senior)\s+worker)\b")


# Levels weighed or asked to be the same, not held: "初級工 中級工嗰啲係咪同一樣嘢", "hiring someone with a level 4 vs
# level 5 certificate", "a student asked me if that's the same as the level 5 cert"
_A_LEVEL_NAMED = r"(?:[一二三四五]\s*级|(?:高级)?技师|[初中高]级工)"
_AN_ENGLISH_LEVEL = r"(?:level|lvl|lv|l)\s*[1-5]\b"
_LEVELS_WEIGHED_NOT_HELD = re.compile(
    r"(?:" + _A_LEVEL_NAMED + r"[\s、,，和同跟与及]*){1,5}(?:嗰啲|那些|这些|呢啲|几个|两个)?\s*(?:是不是|系咪|系唔系|是否|算不算)\s*(?:同一|一样|一回事|相同)"
    r"|" + _AN_ENGLISH_LEVEL + r"\s*(?:cert(?:ificate)?s?\s*)?(?:vs\.?|versus)\s*" + _AN_ENGLISH_LEVEL
    + r"|\b(?:someone|somebody|anyone)\s+(?:with|holding|who\s+(?:has|holds))\s+(?:a\s+|an\s+)?" + _AN_ENGLISH_LEVEL
    + r"(?:\s*(?:cert(?:ificate)?s?\s*)?(?:vs\.?|versus|or|and)\s*(?:a\s+|an\s+)?" + _AN_ENGLISH_LEVEL + r")?"
    + r"|\b(?:that|this|it)(?:'s|\s+is)\s+(?:the\s+)?same\s+(?:thing\s+)?as\s+(?:my\s+|the\s+|a\s+|an\s+)?" + _AN_ENGLISH_LEVEL)


# A level held, said just before its other name ("他是直播销售员三级 就是高级工", "我有四级 即系中级工"): the names are
# explained, not asked about; the first name stays
_HELD_BEFORE_THE_NAMES = re.compile(r"(?:我|他|她|佢)(?:自己|本人)?(?:是|系|有|持有)\s*(?:" + vocab.JOB_NAME + r")?\s*$")


def _level_names_equated(text: str) -> str:
    def equated(m: re.Match) -> str:
        if _HELD_BEFORE_THE_NAMES.search(text[max(0, m.start() - 20):m.start()]) and not re.search(r"[吗嗎吧?？]|对不对|啱唔啱|right", m.group(0)):
            level = re.match(r"[一二三四五]\s*级|(?:高级)?技师|[初中高]级工", m.group(0))
            return level.group(0) + " " * (len(m.group(0)) - len(level.group(0)))
        return " "
    return _LEVELS_WEIGHED_NOT_HELD.sub(" ", _LEVEL_NAMES_EQUATED.sub(equated, text))


def _slip_taken_back(text: str) -> str:
    """The place said and taken back in the same message is dropped, so the date before it carries on to the place
    meant ("我是去年12月1號開始在蝦皮…不是，在淘寶直播賣東西" is a start on Taobao last December)."""
    return _SLIP_TAKEN_BACK.sub("", text)


# "證係2022年先攞 2021年係考試": the year of the exam, said beside the certificate's, is no date of a certificate or of work
_EXAM_DATE_BESIDE = re.compile(r"[，,]?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:是|系|係|只是|只系)\s*(?:考试|考嘅试|考的试|去考|参加考试)(?:嘅|的)?(?=$|[\s，,。；;！!？?])")


# "my L4 was 2022, 2021 was L5", "四级是2022年 2021年是五级": the lower level's year, said beside the higher one's, is
# no second date of the certificate held
_LOWER_LEVEL_DATED = re.compile(r"(?P<kept>(?:\bl(?:evel)?\s*|(?<![\d.]))(?P<held>[1-5一二三四五])\s*(?:级)?\s*(?:was|is|in|是|系|係)\s*(?:19|20)\d{2}\s*年?)"
                                r"\s*[,，;；]?\s*(?:and\s+|然后)?(?:19|20)\d{2}\s*年?\s*(?:was|is|是|系|係)\s*(?:the\s+|my\s+)?(?:l(?:evel)?\s*)?(?P<lower>[1-5一二三四五])(?![\d])\s*(?:级)?")


def _lower_level_date_dropped(text: str) -> str:
    def kept(m: re.Match) -> str:
        held, lower = (_ZH_DIGIT.get(m.group(g)) or int(m.group(g)) for g in ("held", "lower"))
        return m.group("kept") if lower > held else m.group(0)
    return _LOWER_LEVEL_DATED.sub(kept, text)


# "技師學院畢業 2022年7月 畢業嗰陣已經有三級證": a certificate held when one graduated is dated by the graduation at
# the latest; "2019年喺香港做產品採購 做到2023年": a stretch said by its two years; "2023年尾嚟咗廣州做選品 到而家":
# a move to the work, its start
_GRADUATION_DATED = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:(1[0-2]|[1-9])\s*月)?[^，,。\d]{0,6}毕业|毕业[^，,。\d]{0,6}((?:19|20)\d{2})\s*年\s*(?:(1[0-2]|[1-9])\s*月)?")
_HELD_AT_GRADUATION = re.compile(r"毕业(?:的时候|那阵|那时候?|时|嗰阵|那会)?\s*(?:已经|就已经|就)\s*(?:有|拿了|拿到|考了|考到)(?:了|咗)?\s*([一二三四五])\s*级(?:证书?)?")
_STRETCH_TO_A_YEAR = re.compile(r"((?:19|20)\d{2})\s*年((?:(?!(?:19|20)\d{2})[^，,。；;]){2,24}?)(?:做|干)到\s*((?:19|20)\d{2})\s*年(?!\s*\d)")
# A start said with its date, then a stop with its date ("2019年6月开始 2022年12月停了", "started around june 2019, stopped
# around dec 2022"): one stretch between the two, as "2019年6月到2022年12月" says it (not work from the start to today)
_YM_ZH = r"(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月"
_STARTED_THEN_STOPPED_ZH = re.compile(r"(?P<a>" + _YM_ZH + r")(?:份)?\s*(?:左右)?\s*开始(?P<mid>[^，,。；;\d]{0,16}?)[，,\s]+(?:然后|后来|到|直到)?\s*"
                                      r"(?P<b>" + _YM_ZH + r")(?:份)?\s*(?:左右)?\s*(?:就)?(?:停了|停咗|停掉了?|停播|不做了|唔做|冇做|没做了|不干了|辞职了?|离职了?)")
_YM_EN = _MONTH_NAME + r"\s+(?:of\s+)?(?:19|20)\d{2}"
_STARTED_THEN_STOPPED_EN = re.compile(r"\b(?:started|began)\s+(?:around\s+|about\s+|roughly\s+|in\s+|on\s+)*(?P<a>" + _YM_EN + r")(?P<mid>[^.;\d]{0,30}?)[,\s]+(?:and\s+)?(?:then\s+)?(?:i\s+|she\s+|he\s+)?"
                                      r"(?:stopped|quit|left|ended)\s+(?:around\s+|about\s+|roughly\s+|in\s+|on\s+)*(?P<b>" + _YM_EN + r")", re.I)


def _started_then_stopped(text: str) -> str:
    """"2019年6月开始 2022年12月停了": the stretch between the two dates, the stop kept after it. The work it was is
    this work, said in the message or being talked about, unless the message names other work (read only for a
    message that has such a stretch: this runs on every message)."""
    def other_work() -> bool:
        return re.search(vocab.OTHER_WORK, text, re.I) is not None
    text = _STARTED_THEN_STOPPED_ZH.sub(lambda m: f"{m.group('a')}到{m.group('b')}{'在做' if other_work() else '在做直播'}{m.group('mid')}，之后停了", text)
    return _STARTED_THEN_STOPPED_EN.sub(lambda m: f"{'worked' if other_work() else 'streamed'} from {m.group('a')} to {m.group('b')}{m.group('mid')}, then stopped", text)


_MOVED_TO_THE_WORK = re.compile(r"(?<=年)([初中底末尾头]?)\s*(?:来了|来咗|去了|到了|来到|搬到|搬去)\s*([^，,。\s\d]{1,6}?)\s*(?=做|干|当)"
                                # ("2024年2月过后来厦门做直播带货到现在": a month, then the move, then the work)
                                r"|(?<=月)()\s*(?:过后|之后|以后|后)?\s*(?:来了|来咗|去了|到了|来到|搬到|搬去|来|去)\s*([^，,。\s\d]{1,6}?)\s*"
                                # (this work only: not "2022年4月去一家外企做了一年行政")
                                r"(?=(?:做|干|当)[^，,。\d]{0,6}?(?:直播|带货|主播|选品|电商|运营|剪辑|短视频|视频|场控|中控))")


def _dated_by_graduation(text: str) -> str:
    graduated, held = _GRADUATION_DATED.search(text), _HELD_AT_GRADUATION.search(text)
    if graduated is None or held is None:
        return text
    year, month = graduated.group(1) or graduated.group(3), graduated.group(2) or graduated.group(4)
    dated = f"{year}年{month}月" if month else f"{year}年"
    return text[:held.start()] + f"毕业，{dated}前拿的{held.group(1)}级证" + text[held.end():]


# "I have level 1 already i think? the cert says 五级": what the certificate says is the level held, whatever was
# thought before it
_THE_CERTIFICATE_SAYS = re.compile(r"\b(?:the\s+|my\s+)?cert(?:ificate)?\s+(?:says|shows|reads)\s+(?=(?:[一二三四五]\s*级|level\s*[1-5]|l[1-5]\b))"
                                   r"|证书?上(?:面)?(?:写的?是|写着|印的?是|印着)\s*(?=[一二三四五]\s*级)", re.I)


def _what_the_certificate_says(text: str) -> str:
    says = _THE_CERTIFICATE_SAYS.search(text)
    if says is None:
        return text
    before = text[:says.start()]
    if re.search(r"i\s+think|好像|可能|应该是|not\s+sure|记不清", before, re.I):
        before = ""  # (the level only thought to be held is taken back by what the certificate says)
    return before + " has " + text[says.end():] if re.search(r"[a-z]", text[says.start():says.end()], re.I) else before + "持有" + text[says.end():]


def _level_asked_in_its_sentence(text: str) -> bool:
    """A sentence naming a level asks about it ("can he apply 四级 today?"): not one that dates it as held ("I have an
    old 营销员 … cert, level 3 (高级), from 2015. does that help me apply higher?")."""
    for sentence in re.split(r"(?<=[.?!。？！])\s*", text):
        if re.search(r"[一二三四五]\s*级|\blevel\s*[1-5]|\bl[1-5]\b|\blvl\s*[1-5]", sentence, re.I) \
                and re.search(r"[?？吗呢]|\b(?:can|could|may|should|apply|take|sit|want)\b|报|考|想", sentence, re.I):
            return True
    return False


# Work said to have run until a date, with no start said, then a break and a restart at a later date ("worked as host
# till Aug 2024, then had a baby and stopped for a year, back streaming since Sept 2025", "做到2024年8月 然后生孩子停了
# 一年 2025年9月又开始播"): the time since the restart is not all the work (the first stretch's start is another
# message's, a certificate's date or a start told before), so the dates give only the break between them
_WORKED_UNTIL = re.compile(r"(?:\btill\b|\buntil\b|\bup\s+to\b|(?:做|干|播|卖|当)到|一直到)\s*(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?"
                           r"(?:" + _MONTH_NAME + r"\s+)?$", re.I)
_A_BREAK_BETWEEN = re.compile(r"停|歇|休息|回老家|回家|生(?:了)?(?:孩子|bb|宝宝|小孩)|带娃|\bstopp?(?:ed)?\b|\bbreak\b|\bbaby\b|\bquit\b|\bleft\b|\bpaused?\b|\btime off\b|\boff\b", re.I)
_RESTARTED_AT = re.compile(r"\b(?:since|from|in)\s+(?:" + _MONTH_NAME + r"\s+)?$|(?:从|自从?|由)\s*$|\bback\b[^.;,，。]{0,24}$", re.I)
_RESTART_AFTER = re.compile(r"\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份)?\s*(?:又|重新|再)\s*(?:开始|开播|复播|播|做|出来)")


def _month_beside(text: str, year: re.Match) -> int | None:
    """The month said with a year, after it ("2024年8月") or before it ("Aug 2024", "end of june 2025")."""
    before = re.search(r"\b(" + vocab._MONTH_NAMES + r")[a-z]*\.?\s+$", text[max(0, year.start() - 12):year.start()], re.I)
    return vocab.MONTHS[before.group(1).lower()] if before else _month_of(text, year)


def _restart_after_an_undated_stretch(text: str) -> str:
    """`text` with the two dates of work "till" one date and back after a break at another taken out, and the break
    between them said in months when it was not said in words; `text` itself otherwise."""
    years = list(vocab.CALENDAR_YEAR.finditer(text))
    if len(years) != 2:
        return text
    first, second = years
    until = _WORKED_UNTIL.search(text[max(0, first.start() - 20):first.start()])
    between = text[first.end():second.start()]
    restarted = _RESTARTED_AT.search(text[max(first.end(), second.start() - 24):second.start()]) or _RESTART_AFTER.match(text[second.end():])
    if until is None or restarted is None or not _A_BREAK_BETWEEN.search(between):
        return text
    m1, m2 = _month_beside(text, first), _month_beside(text, second)
    if m1 is None or m2 is None:
        return text
    gap = (int(second.group("year")) * 12 + m2) - (int(first.group("year")) * 12 + m1) - 1  # the months off between them
    if gap <= 0:
        return text
    said = re.search(r"\d|[一二两三四五六七八九十半]\s*(?:年|个月)|\b(?:a|one|two|three|half a)\s+(?:year|month)", between)
    # (the break as said, else as the dates give it; the dates themselves go)
    cut_start = max(0, first.start() - 20) + until.start()
    first_end = first.end() + len(re.match(r"\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份)?|,?\s*" + _MONTH_NAME, text[first.end():], re.I).group(0))
    second_end = second.end() + len(re.match(r"\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份)?", text[second.end():]).group(0))
    second_start = second.start()
    month_before = re.search(_MONTH_NAME + r"\s+$", text[max(0, second.start() - 12):second.start()], re.I)
    if month_before:
        second_start = max(0, second.start() - 12) + month_before.start()
    english = bool(re.search(r"[a-z]{3}", between))
    break_words = "" if said else (f" stopped for {gap} months " if english else f" 停了{gap}个月 ")
    return text[:cut_start] + " " + text[first_end:second_start] + break_words + " " + text[second_end:]


# "this march": that month of this year
_THIS_MONTH = re.compile(r"\bthis\s+(" + _MONTH_NAME + r")(?!\s*\d)")
# A date, then the work "since then" ("moved back to Hangzhou Jan 2025, been hosting for an MCN since then")
_SINCE_THEN = re.compile(r"(?P<date>(?:" + _MONTH_NAME + r"\s+)?(?:19|20)\d{2})(?P<mid>[^.;!?]{0,60}?)\bsince\s+then\b")
# A move to a place at a date, and the work done there now ("moved back to Hangzhou this march, working as a host for
# a 淘宝 shop now"): the work from that date
_MOVED_AND_WORKING_NOW = re.compile(r"\bmoved\s+(?:back\s+)?(?:to|into)\s+[a-z]+\s+(?:in\s+)?(?P<date>(?:" + _MONTH_NAME + r"\s+)?(?:19|20)\d{2})\s*,?\s*"
                                    r"(?:and\s+)?(?:i'?m\s+|i\s+am\s+|been\s+)?(?P<work>(?:working|hosting|streaming|selling)\b[^.;!?]{0,50}?)\s*\bnow\b")


def _since_then_dated(text: str, today: date) -> str:
    text = _THIS_MONTH.sub(lambda m: f"{m.group(1)} {today.year}", text)
    # (not a certificate's date: "got 三级 Jul 2021, full-time streaming since then" is work since the certificate)
    text = _SINCE_THEN.sub(lambda m: m.group(0) if re.search(r"[一二三四五]\s*级|\blevel|\blv|\bl[1-5]\b|\bcert|证", text[max(0, m.start() - 40):m.start()])
                           or _A_BREAK_BETWEEN.search(m.group("mid"))
                           else f"{m.group('date')}{m.group('mid')} since {m.group('date')}", text)
    return _MOVED_AND_WORKING_NOW.sub(lambda m: f"{m.group('work')} since {m.group('date')}", text)


# A space between a level held and the question about another level ("攞咗五级 几时可以考四级")
_SPACE_AFTER_A_PASS = re.compile(r"((?:考|拿|攞)(?:过|到|完|咗)?(?:了|咗)?)\s+(?=(?:[一二三四五]级|高级技师|技师)[^，,。？?\d]{0,3}(?:要|还要|仲要|最早|几时|什么时候|啥时候|何时|多久|能|可以|呢|点|怎么))")
_SPACE_BEFORE_THE_ASK = re.compile(r"([一二三四五]级(?:证书?)?)\s+(?=(?:那|咁|所以)?(?:几时|什么时候|啥时候|何时|哪年|能不能|可不可以|可唔可以|能否|想|可以|能)[^，,。？?]{0,8}(?:考|报|申报)\s*[一二三四五]级)")


# A level the advisor's answer named, quoted back ("你头先话四级", "you said level 4"): no certificate of the asker's
_LEVEL_THE_BOT_SAID = re.compile(r"你(?:头先|之前|刚才|刚刚|啱啱|先前|上面)?(?:都)?(?:话|说|讲)(?:咗|了|过)?(?:我)?(?:可以|能|只能)?(?:报|考)?(?:到)?\s*[一二三四五]\s*级"
                                 r"|\byou\s+(?:just\s+)?said\s+(?:i\s+(?:can|could)\s+(?:do|take|apply\s+for|get)\s+)?(?:level\s*[1-5]|l[1-5])\b")


# An age said now, or a birth year, and the age something happened at ("我今年26 20岁起就在快手卖", "我民國90年次，
# 18歲就開始做直播主", "24岁那年考了个五级"): the year it happened, so that the start or the certificate is dated; an
# age, or a birth year in the Minguo calendar, is never years of work. Without the age now, an age stays as said.
_MINGUO_BIRTH = re.compile(r"民国\s*(\d{2,3})\s*年\s*(?:次|出生|生的?)")
_AGE_NOW = re.compile(r"(?:(?:今年|现在|而家|目前|我)\s*(?:才|刚|已经)?\s*(?:满)?\s*([1-9]\d)\s*(?:岁|周岁)?|(?:^|(?<=[\s，,。]))([1-9]\d)\s*(?:岁|周岁))"
                      r"(?=\s*(?:了|啦|咯|喇)?\s*(?:$|[，,。！!？?\s]))")
_AGE_AT = re.compile(r"(?<![\d.])([1-9]\d)\s*岁\s*(?:那年|那阵|嗰阵|嗰年|的时候|时)?\s*(?=(?:就|起|开始|便|已经|考|拿|攞|入行|出来|初中毕业|高中毕业|中专毕业|毕业))")


def _ages_dated(text: str, today: date) -> str:
    born = None
    if (minguo := _MINGUO_BIRTH.search(text)) is not None:
        born = 1911 + int(minguo.group(1))
        text = text[:minguo.start()] + text[minguo.end():]
    elif (now := _AGE_NOW.search(text)) is not None and _AGE_AT.search(text[:now.start()] + " " * len(now.group(0)) + text[now.end():]):
        born = today.year - int(now.group(1) or now.group(2))
    if born is None:
        return text
    return _AGE_AT.sub(lambda m: f"{born + int(m.group(1))}年" if 1990 < born + int(m.group(1)) <= today.year else m.group(0), text)


# "2019年初中毕业就去广州十三行做档口直播了": the work began the year of leaving school
_WORK_FROM_GRADUATION = re.compile(r"((?:19|20)\d{2})\s*年\s*((?:初中|高中|中专|中职|职高|技校|大专|本科|大学)?毕业)\s*(?:之?后)?\s*就\s*(?=(?:去|出来|开始|在|跟)[^，,。；;？?]{0,16}?(?:直播|播|带货|卖货|选品|主播|运营|电商|短视频))")


def _read_before_parsing(text: str, today: date) -> str:
    """The message as the parser reads it: each pre-reading in turn, in this order."""
    t = _what_the_certificate_says(_lower_level_date_dropped(_EXAM_DATE_BESIDE.sub(" ", _apostrophes(text.strip().lower()))))
    t = _MOVED_TO_THE_WORK.sub(lambda m: f"{m.group(1) or m.group(3) or ''}在{m.group(2) or m.group(4)}开始", _STRETCH_TO_A_YEAR.sub(r"\1年到\3年\2", _dated_by_graduation(t)))
    t = _started_then_stopped(_since_then_dated(t, today))
    t = re.sub(r"\bsince\s+(?:around|about|roughly|approximately|approx\.?|circa|like|maybe)\s+", "since ", t)  # ("since around sept 2023")
    # ("passed level 5 last year, around August", "last year in march"): the month of that year, as "august last year" reads
    t = re.sub(rf"\b(last|this)\s+year\s*,?\s*(?:in|around|about|like|maybe|sometime\s+in)?\s*((?:{vocab._MONTH_NAMES})[a-z]*)\b(?!\s+\d)",
               r"\2 \1 year", t)
    # ("快要满两年半了", "快满三年": almost that long, not a requirement to be met)
    t = re.sub(r"(?:快要|快)满(?=\s*(?:\d|[一二两三四五六七八九十半]))", "快", t)
    # ("he sold insurance until 2021, then started doing live sales…, still there": the new work from the year the old ended)
    t = re.sub(rf"\b(until|till)\s+((?:(?:{vocab._MONTH_NAMES})[a-z]*\.?\s+)?(?:19|20)\d{{2}})\s*,?\s*(?:and\s+)?then\s+(?=(?:i\s+|she\s+|he\s+|they\s+)?(?:started|began)\b(?![^.;,]{0,20}\b(?:school|study|studying|uni|university|college|class)))",
               r"\1 \2. since \2 ", t)
    # ("certificate legally required for all streamers since 2023": when a rule began, nobody's work)
    t = re.sub(r"\b((?:required|mandatory|compulsory|obligatory|needed|banned|illegal)\b[^.;!?]{0,40}?)\bsince\s+(?=(?:19|20)\d{2})", r"\1as of ", t)
    t = re.sub(r"\b(\d{1,2})\s*-?\s*(?:years?|yrs?)\s*-?\s*olds?\b", r"\1岁", t)  # ("the rule about 16-year-olds": an age, never years of work)
    t = re.sub(vocab.SAME_AS_A_LEVEL_ASKED, lambda m: m.group(1) or m.group(2), t)  # ("is that the same thing as the level 5 certificate?": asked, not held)
    t = _LEVEL_THE_BOT_SAID.sub(" ", t)  # ("我冇任何证书 你头先话四级": the level of the answer, not one held)
    # ("…2025年3月攞咗五级 几时可以考四级": a space before the question is the comma people leave out)
    t = _SPACE_BEFORE_THE_ASK.sub(r"\1，", t)
    # ("假如三级下个月考过了 二级要等到几时": the space after a pass ends its clause; the level after it is asked, not passed)
    t = _SPACE_AFTER_A_PASS.sub(r"\1，", t)
    # ("拿证以后一直在干电商 先做了一年多运营 后面就是直播": the first stretch of work said all along, not all of it)
    if "一直" in t:
        t = re.sub(r"(先(?:做|干|搞)了?)\s*(?:[一二两三四五六七八九十\d.]+|半)\s*(?:年|个月)(?:多|半)?(?=\s*\S{0,8}?\s*[，,\s]?\s*(?:后面|后来|之后|然后|再后来)(?:就)?(?:是|一直|转|改|开始|做|干|播))",
                   r"\1", t)
    # ("考证要满18岁 我今年17": an age said this year, no date of anything)
    t = re.sub(r"今年\s*(?:才|刚)?满?\s*([1-9]\d)(?![\d年月号日个個级級万萬千%.])", r"\1岁", t)
    t = _WORK_FROM_GRADUATION.sub(r"\1年\2，\1年开始", _ages_dated(t, today))
    # ("去年12月中旬入职的": a part of the month is its day, so a year not yet reached is not rounded up to one)
    t = re.sub(r"(?<=月)\s*(上旬|中旬|下旬)", lambda m: {"上旬": "5号", "中旬": "15号", "下旬": "25号"}[m.group(1)], t)
    # ("2025年12月底", "wait no, it was late Dec 2025": so too the month's end, and early, mid or late in a month named)
    t = re.sub(r"(?<=\d月)\s*(?:底|尾|末)(?![\d号日])", "28号", t)
    t = re.sub(rf"\b(early|mid|late|end\s+of)[\s-]+((?:{vocab._MONTH_NAMES})[a-z]*\.?)\s+((?:19|20)\d{{2}})\b",
               lambda m: f"{m.group(2)} {dict(early=5, mid=15, late=25).get(m.group(1), 28)}, {m.group(3)}", t)
    for read in (_slip_taken_back, _level_names_equated, _quoted_rules, _stints_summed, lambda x: _ID_PAPERS.sub("ID卡", x), _units_carried, _whole_year_off, _full_years,
                 lambda x: _seasons_dated(_events_dated(x, today), today)):
        t = read(t)
    return _held_list(_dates_to_the_month(t, today))


def _parse_once(text: str, expecting: str | None = None, today: Callable[[], date] = clock.today) -> Profile:
    """The facts stated in `text`; `expecting` is the field the bot just asked about, if any.

    With `expecting`, a bare answer ("3年", "中级工", "没有") fills that field; without it such
    answers are ambiguous and a bare level name is read as the level asked about (the harmless reading).
    `today` dates "拿证是2021年" and "去年考到的".
    """
    t = _read_before_parsing(text, today())
    # ("中级是四级还是三级啊", "他的工种有技师吗": a level's other name, or what a job type has, asked; none held)
    t = _TIME_BETWEEN_LEVELS.sub(" ", _LEVEL_NAME_ASKED.sub(" ", t))
    skipped = re.search(vocab.SKIP_LEVEL, t)
    # the level skipped is neither held nor wanted
    held, targets, bare, trained_for, asked, lacked = _levels(t if not skipped else t[:skipped.start()] + " " * len(skipped.group(0)) + t[skipped.end():])
    # "apply for level 1 senior technician": a bare level naming the target again is the target.
    bare = [level for level in bare if level not in targets and level not in held]
    bare_taken_as_asked = False
    # ("三级可以现在报吗 还是要等毕业拿证": a certificate to come, or the diploma, is none obtained)
    obtained = re.search(r"拿的证|考的证|(?<!等)(?<!毕业)(?<!要)(?<!想)(?<!准备)(?<!才能)(?:拿到证|拿证)|证[书]?是?\S{0,10}(?:拿|考|取得)的"
                         # ("證係2022年先攞 2021年係考試": the year the certificate came, the exam's before it)
                         r"|证[书]?\s*(?:是|系)\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:先|才)?(?:拿|取得|获得|发|下来)|\bgot (?:it|the cert|my cert)|落款|发证日期|颁发日期|签发日期"
                         r"|(?:[）)]|级|技师|工)\s*是\s*(?:19|20)\d{2}\s*年[^，,。]{0,10}(?:拿|考|取得|获得)的"
                         # "我三级直播销售员，2021年底拿的": a date it was obtained on (not "今年想考的")
                         r"|(?:(?:19|20)?\d{2}\s*年|去年|前年|今年|上年)[^，,。？?想要准备打算报]{0,6}"  # "二级技师（直播销售员）是2022年12月拿的"
                         r"(?:(?:拿|考|取得|获得)(?:到|下|过)?(?:的|了)(?![一二三四五1-5]\s*级)"
                         # "視頻創推員二級 我2024年5月先攞": only got it then (Cantonese 先, "only then")
                         r"|(?:先|才)(?:拿|考|取得|获得)(?:到|下)?(?=\s*(?:$|[，,。！!？?])))", t)
    since = _HELD_SINCE_WORK.search(t)
    if since and (level := vocab.level_of(since.group("level"))) is not None and level not in held:
        # "拿到四级证后我在直播行业干满5年整了": the work done since it says it is held, not wanted
        targets = [other for other in targets if other != level]
        bare = [other for other in bare if other != level]
        held = held + [level]
    # (a bare level beside a wanted one is held only if it is below it: "我四级 想考三级", not "level 5 now? and level 4 when?")
    # (not "level 5 or level 4?", "need level 5 before level 4?", "五级应该没问题，那四级呢": levels weighed, none held)
    if bare and (expecting == "certificate_level" or (targets and not held and all(b > t for b in bare for t in targets)
                                                      and (obtained or not re.search(vocab.LEVELS_WEIGHED, t)))
                 or (obtained and not held and not targets)):
        # "选品员四级，2020年拿的证": the level said beside how the certificate was obtained is the one held
        held += bare
    elif bare and not targets:
        targets += bare
        bare_taken_as_asked = True
    elif bare and not held:
        # "when can I do 四级? and would 三级 be possible after?": a level above the one wanted is asked about too
        targets += [level for level in bare if all(level < t for t in targets)]
    # "so level 5 ok?", "还是只能五级？", "would 三级 be possible after?": asked about as well (read after the held
    # rule above, so never a reason to take a bare level beside it as held)
    targets += [level for level in asked if level not in targets]
    # "明年毕业" said in the autumn is this school year's graduation (a final-year student); said in the
    # spring it is next school year's (still studying).
    final = _says(vocab.FINAL_YEAR, t) or (today().month >= 9 and _says(vocab.NEXT_YEAR_GRADUATION, t)) \
        or _graduates_within_a_year(t, today())
    graduated_this_year = re.search(r"今年\s*(1[0-2]|[1-9])\s*月(?:份)?(?:已经|就)?毕业|graduated (?:in|this) (?:june|july)", t)
    if graduated_this_year and (not graduated_this_year.group(1) or int(graduated_this_year.group(1)) < today().month):
        final = False  # "今年7月毕业咗" said in November: graduated, not a final-year student
    # "技师学院毕业，2023年7月毕业的，在校时拿了三级": a graduation in a year gone by is a diploma held, whatever "在校时" says
    graduated_before = any(int(year) < today().year for year in re.findall(r"((?:19|20)\d{2})\s*年[^，,。？?]{0,6}(?<!还没)(?<!没有)毕业(?!证)", t)) \
        or any(int(year) < today().year for year in re.findall(r"\bgraduated\s+(?:in\s+)?(?:[a-z]+\s+)?((?:19|20)\d{2})\b", t))
    profile = Profile(
        job_type=_job_type(t),
        certificate_level=min(held) if held else (NO_CERTIFICATE if _says(vocab.NO_CERTIFICATE, t) else None),
        education=_education(t, final, final_year=False),
        final_year_student_of=_education(t, final, final_year=True),
        formal_training=_yes_no(t, vocab.TRAINING_NO, vocab.TRAINING_YES),
        apprenticeship=None if _says(vocab.APPRENTICESHIP_END_ASKED, t) and not _says(vocab.APPRENTICESHIP_NO, t)
        else _yes_no(t, vocab.APPRENTICESHIP_NO, vocab.APPRENTICESHIP_YES),
        preparatory_technician=None if _says(vocab.PREPARATORY_ASKED, t)
        else _yes_no(t, vocab.PREPARATORY_NO, vocab.PREPARATORY_YES),
    )
    if lacked and not held and profile.certificate_level is None:
        if max(lacked) == 5:  # "没有五级证": not even the lowest, so none at all
            profile.certificate_level = NO_CERTIFICATE
        else:
            profile.lacks_level = max(lacked)
    profile.target_level = _one(targets) or _next_level(t, profile.certificate_level)
    if skipped and vocab.level_of(skipped.group("level") + "级") not in (None, 1):
        profile.target_level = vocab.level_of(skipped.group("level") + "级") - 1
    straight = straight_level(t)
    if straight is not None:  # "跳過五級四級直接考三級": the level gone to straight is the one asked, whatever is skipped
        profile.target_level = straight
    if final:
        profile.final_year = True
    elif _says(vocab.GRADUATED, t) or graduated_this_year or graduated_before:
        profile.graduated = True  # "今年已经毕业了，毕业证都拿了": the school said before is finished
        if (graduated_before or _says(vocab.GRADUATED, t)) and not profile.education:
            # (the school named beside "在校时" is one finished; "在技师学院读的电子商务，前年毕业": that school)
            profile.education = list(_schools(t))
    elif _says(vocab.STILL_STUDYING, _PAST_YEAR_OF_STUDY.sub(" ", t)) or _says(vocab.NOT_FINAL_YEAR, _PAST_YEAR_OF_STUDY.sub(" ", t)):
        profile.studying_at = _schools(t)
        if not _says(vocab.GRADUATED, t) and len(profile.studying_at) == 1 and "毕业" not in t:
            # ("中职电商专业二年级": the one school attended is no diploma held)
            profile.education = [code for code in profile.education if code not in profile.studying_at]
        if _says(vocab.NOT_FINAL_YEAR, _PAST_YEAR_OF_STUDY.sub(" ", t)) or _says(vocab.NEXT_YEAR_GRADUATION, t) or _graduates_later(t, today()):
            # a year said that is not the last one ("中职二年级", "2029年毕业", "唔系应届，仲有两年先毕业")
            profile.final_year = False
    if _says(vocab.DROPPED_OUT, t):  # "was studying 电子商务 at a 中职 but dropped out": no diploma from it, held or coming
        # (the schooling finished before it stays: "I only finished 初中, dropped out of high school")
        profile.education = [code for code in profile.education if code in ("junior_middle_school", "junior_middle_unfinished", "primary_school")]
        profile.final_year_student_of, profile.studying_at, profile.final_year = [], (), None
    if profile.education or profile.final_year_student_of or profile.studying_at:
        # "中专电商专业" is relevant; "中专计算机专业" is not; "中专毕业" does not say (the evaluation body decides)
        profile.major_relevant = _major_relevant(t)
    elif re.search(vocab.MAJOR_SAID_UNRELATED, t, re.I) and not re.search(vocab.WORK_VERB, t, re.I):
        profile.major_relevant = False  # "跟电商没啥关系", said of the major named in an earlier message
    elif re.search(vocab.NO_RELEVANT_DIPLOMA, t, re.I):
        profile.major_relevant = False  # "no cert, no relevant diploma": no diploma route to ask about
    elif re.search(r"(?:读|念|修|学)(?:紧|的|嘅)?(?:是|系)?(?:" + vocab.UNRELATED_MAJOR + r")", t):
        profile.major_relevant = False  # ("个仔读中职" then "佢读汽车维修嘅"): the major of the school named before
    if profile.certificate_level is None and _says(vocab.HOLDS_CERTIFICATE, t) and not _says(vocab.NO_CERTIFICATE, t):
        profile.holds_certificate = True
    if profile.formal_training and _TRAINING_AHEAD.search(t):
        profile.formal_training = None  # ("I'm signing up for a 一级 training course next spring…": a course to come, not done)
    if profile.formal_training:
        # Training said without a level is training for the level asked about in the same message.
        profile.formal_training_level = _one(trained_for) or profile.target_level
        hours = re.search(vocab.TRAINING_HOURS, t, re.I)
        if hours:
            profile.training_hours = int(hours.group("hours") or hours.group("hours_en"))
    _read_years(t, profile, expecting, today())
    if bare_taken_as_asked and len(set(bare)) == 1 and not asked and profile.certificate_level is None \
            and profile.certificate_age is not None and not re.search(vocab.LEVELS_WEIGHED, t) \
            and not _level_asked_in_its_sentence(t):  # (not "can he apply 四级 today?")
        # ("- He: IM level 4 live-streaming Jan 2022, 高中, streaming since"): the one level named, dated as a
        # certificate is, is the one held
        profile.certificate_level, profile.target_level = bare[0], None
    # ("moved to making videos in 2023, same company": a change to this occupation's work, no other work named)
    if profile.years_total_from_date and re.search(vocab.CHANGE_TO_JOB_TYPE, t) and (profile.job_type or not re.search(vocab.OTHER_WORK, t)
                                                                                      or re.search(vocab.WORKED_ALL_ALONG, t)):
        # ("这几年一直做销售 去年开始转直播带货": work all along, the date only its latest change; the other work is noted
        # as the evaluation body's to count)
        profile.start_is_a_change = True
    if profile.years_total is not None and ((re.search(vocab.WORKED_ALL_ALONG, t) and re.search(vocab.RECENT_PART, t))
                                            or (profile.worked_since_certificate and re.search(vocab.SWITCHED_UNTIL_NOW, t))):
        profile.recent_part = True
    if re.match(vocab.OPENS_AFTER_THAT, t) and profile.years_total is not None and not profile.years_total_from_date:
        profile.after_what_came_before = True
    if expecting:
        _read_bare_answer(t, profile, expecting)
    values = vars(profile)  # the dataclass's own fields, updated in place
    _since_from_work_started_before(values)
    if profile.break_years and profile.worked_since_certificate and profile.years_since_from_date \
            and profile.years_since_certificate is not None and profile.years_total is None:
        # "2022年3月拿到二级…之后一直做选品，中间2023年休息了半年": the break comes out of the years since
        profile.years_since_certificate = max(profile.years_since_certificate - profile.break_years, 0.0)
        profile.break_years = None
    return profile


_SKIPPED_NEAR = re.compile(r"先|first|before|跳过|跳過|越过|skip|不用考|唔使考|不想考|懒得|只能|只可以|\bonly\b|start(?:ing)?\s+(?:at|from)|从|由"
                           r"|\bbother\b|\bbothering\b", re.I)


def straight_level(text: str) -> int | None:
    """The level asked to be gone to straight ("直接考三级", "can I start at 四级", "jump to level 4"), when every
    other level named is one skipped or said to come first ("需要先考五级还是可以直接考四级"); None otherwise
    ("今年可唔可以報三級？仲有冇得直接報二級？" asks both; "level 4 now, or straight for level 3?" weighs two)."""
    match = re.search(vocab.STRAIGHT_TO_LEVEL, text, re.I)
    if match is None:
        return None
    level = vocab.level_of(next(g for g in match.groups() if g) + "级")
    for other in vocab.LEVEL.finditer(text):
        if match.start() <= other.start() < match.end() or vocab.level_of(other.group(0)) in (None, level):
            continue
        if other.end() <= match.start() and re.search(r"但是?|可是|不过|然而|\bbut\b", text[other.end():match.start()], re.I):
            continue  # "老師叫我哋考五級 但網上話應屆生可以直接考四級 邊個啱？": the level said against it, before
        if not _SKIPPED_NEAR.search(text[max(0, other.start() - 12):other.end() + 8]):
            return None
    return level


def says_still_studying(text: str) -> bool:
    """The text says a school is being attended ("读大二", "现在才二年级", "sophomore")."""
    return _says(vocab.STILL_STUDYING, text)


def says_not_final_year(text: str) -> bool:
    """The text names a school year that is not the last ("现在才二年级", "仲有两年先毕业", "year 2 of 3")."""
    return _says(vocab.NOT_FINAL_YEAR, _PAST_YEAR_OF_STUDY.sub(" ", text))


# A year of study in which something was got, long past ("I already got level 5 直播销售员 in my 2nd year"): no year now.
_PAST_YEAR_OF_STUDY = re.compile(r"\b(?:got|took|passed|earned|obtained|received)\b[^.;,]{0,40}\bin\s+my\s+(?:first|second|1st|2nd)[\s-](?:year|yr)\b", re.I)


def _says(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(pattern, text) for pattern in patterns)


# Someone else, at the head of the clause a fact is said in ("but a friend in another city took it with zero experience")
_SOMEONE_ELSE_BEFORE = re.compile(r"\b(?:a|my|his|her|our|one)\s+(?:friend|colleague|cousin|classmate|mate)s?\b|\bsomeone\b|\bother people\b|\bothers\b"
                                  r"|(?:有个|有個)?(?:朋友|同事|同学|别人|有人)(?![^，,。；;]{0,4}(?:说我|讲我))")


# What is said of the time before a start told ("before that I was a student, never worked", "入职之前没上过班")
_BEFORE_THE_START_SAID = re.compile(r"\b(?:before\s+(?:that|then|this|it)|prior\s+to\s+that)\b[^.;!?]*|(?:在那之前|那之前|入职前|入行前|入职之前|入行之前)(?=[^，,。；;]{0,8}(?:没|冇|未|从没|一直在(?:上学|读书)))[^。；;]*", re.I)


# "去年7月入职做主播 之前没经验": no experience before the start dated just before it, not no work at all
_BEFORE_THAT_NONE = re.compile(r"(?:之前|以前|此前)(?=\s*(?:都|一直|完全)?\s*(?:没|冇|未|无|零))[^。；;]*")
_START_DATED = re.compile(r"(?:(?:19|20)\d{2}\s*年|今年|去年|上年|前年)[^。；;]{0,12}?(?:入职|开始|入行|加入|进公司)")


def _before_a_start_dropped(text: str) -> str:
    first = _BEFORE_THAT_NONE.search(text)
    return text[:first.start()] + " " if first and _START_DATED.search(text[:first.start()]) else text


def _says_of_asker(patterns: tuple[str, ...], text: str) -> bool:
    """Whether a pattern is said of the asker: not in a clause that opens on someone else."""
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            head = re.split(r"[,.;!?，。；！？]|\bbut\b|但是?|不过", text[:match.start()])[-1]
            before = text[:match.start() - len(head)]
            # (only beside the asker's own words: "my friend has zero experience" alone is the case asked about)
            if not (_SOMEONE_ELSE_BEFORE.search(head) and re.search(r"\bi\b|\bi'm\b|\bmy\b|我(?!朋友|同事|同学)", before)):
                return True
    return False


# A level's other name asked ("中级是四级还是三级", "高级工就是三级吗"), or the levels a job type has ("他的工种有技师吗",
# "平台管理员有没有二级"): the words before the level that would read it as held
_LEVEL_NAME_ASKED = re.compile(r"(?:初级|中级|高级)(?:工)?\s*(?:是|系|即|就是|等于|算)(?=\s*(?:不是)?\s*[一二三四五]\s*级)"
                               r"|(?:工种|它|佢|这个工种|那个工种)\s*(?:有没有|有冇|有无|有)(?=\s*(?:[一二三四五]\s*级|技师|高级技师|高级工))")


# The time a climb between levels is said to take ("三个月由五级升到三级", "两年从五级考到三级", "from level 5 to 3 in
# 3 months"): a claim about the ladder, no years of anyone's work
_TIME_BETWEEN_LEVELS = re.compile(r"[\d一二两三四五六七八九十半]+\s*(?:个)?\s*(?:月|年)(?:内|之内)?\s*(?:就|可以|能)?\s*(?:由|从)\s*[一二三四五]\s*级\s*(?:升|考|跳|读)?到"
                                  r"|\bfrom\s+(?:level|l)\s*[1-5]\s+to\s+(?:level|l)?\s*[1-5]\s+in\s+\d+\s+(?:months?|years?)\b", re.I)


def _yes_no(text: str, no: tuple[str, ...], yes: tuple[str, ...]) -> bool | None:
    # "no" first: "没有完成培训" contains "完成培训".
    if _says(no, text):
        return False
    return True if _says(yes, text) else None


def _one(values: list) -> int | None:
    """The single value mentioned; two different ones ("三级还是二级？") are ambiguous."""
    return values[0] if values and len(set(values)) == 1 else None


def _next_level(text: str, held: int | None) -> int | None:
    if held and held > 1 and _says(vocab.NEXT_LEVEL, text):
        return held - 1
    return None


def _job_type(text: str) -> str | None:
    text = re.sub(vocab.HIRING, " ", text)  # "我们公司招主播": the job hired for, not the asker's
    found = {code for code, pattern in vocab.JOB_TYPES if re.search(pattern, text)}
    if len(found) > 1 and re.search(vocab.CORRECTION_IN_MESSAGE, text):
        # "it's 平台管理员 三级 not video creator", "不对 我是视频创推员的五级 平台管理员是我同事": the job type taken back or
        # said to be someone else's is not this one (not a job type wanted instead of the one held: "想考選品員一級，
        # 唔係直播銷售員" leaves both to the reply, which notes the certificate's)
        kept = {code for code, pattern in vocab.JOB_TYPES for m in re.finditer(pattern, text)
                if not re.search(_NOT_THIS_JOB_BEFORE, text[max(0, m.start() - 8):m.start()])
                and not re.match(_NOT_THIS_JOB_AFTER, text[m.end():m.end() + 10])}
        found = kept if len(kept) == 1 else found
    return found.pop() if len(found) == 1 else None


_NOT_THIS_JOB_BEFORE = r"(?:\bnot|不是|唔系|并非|而非)\s*(?:an?\s+|the\s+)?$"
_NOT_THIS_JOB_AFTER = r"\s*(?:是|系|係)\s*(?:我|他|她|佢)?(?:的)?(?:同事|朋友|老公|老婆|男朋友|女朋友|老板|同学|家人|姐|妹|哥|弟)"


def _education(text: str, final: bool, final_year: bool) -> list[str]:
    """Education codes held (final_year=False) or studied in the final year (final_year=True); `final`:
    the text says the person graduates this school year."""
    if _says(vocab.STILL_STUDYING, text) and not final:
        return []  # studying but not graduating this year: no credential, and no final-year route
    if final != final_year:
        return []
    return _schools(_SCHOOL_REQUIRED.sub(" ", text))


# A school said as a requirement, not one attended ("听讲要中专先考得？我得初中学历", "是不是要大专以上才能报"): none held
_SCHOOL_REQUIRED = re.compile(r"(?:要|需要|必须|一定要|是不是要|是否要|要求)\s*(?:有)?\s*(?:中专|中职|高中|大专|本科|职高|技校)(?:以上|或以上|及以上)?\s*(?:学历)?\s*(?:先|才|以上)"
                              # ("our partner school says 18+ and 中专 minimum", "requires 中专 at least", "学校说要中专以上")
                              r"|(?:中专|中职|高中|大专|本科|职高|技校)\s*(?:学历)?\s*(?:\bminimum\b|\bat least\b|\brequired\b|\bor\s+(?:above|higher|more)\b)"
                              # ("the training place near me says 中专 or above", "机构说中专以上"): what someone says is needed
                              r"|\b(?:says?|said|told\s+(?:me|us))\s+(?:you\s+need\s+)?(?:a\s+)?(?:中专|中职|高中|大专|本科|职高|技校)"
                              r"|说\s*(?:中专|中职|高中|大专|本科|职高|技校)\s*(?:或|及)?以上"
                              r"|\b(?:requires?|required|needs?|minimum(?: of)?|at least)\s+(?:a\s+)?(?:中专|中职|高中|大专|本科|职高|技校)"
                              r"|说\s*(?:要|需要|必须)\s*(?:中专|中职|高中|大专|本科|职高|技校)"
                              # ("考证要不要中专毕业证啊", "需不需要大专文凭"): whether a school's diploma is needed, asked
                              r"|(?:要不要|需不需要|用不用|是不是要|是否要|要唔要|使唔使)\s*(?:有)?\s*(?:中专|中职|高中|大专|本科|职高|技校)\s*(?:的)?\s*(?:毕业证书?|文凭|学历)"
                              # ("他这学历能考吗 会不会卡大专": a school feared to be required)
                              r"|卡\s*(?:中专|中职|高中|大专|本科|职高|技校)"
                              # ("the training center said you must be 18 and have 中专 to enroll")
                              r"|\b(?:must|until|unless)\b[^.?;]{0,24}\b(?:have|has)\s+(?:a\s+)?(?:中专|中职|高中|大专|本科|职高|技校)"
                              # ("广告上写报名条件 中专及以上学历": a condition's wording, whoever reads it)
                              r"|(?:中专|中职|高中|大专|本科|职高|技校)\s*(?:或|及)\s*以上|(?:条件|要求)\s*(?:是|写着?|写的是)?\s*(?:中专|中职|高中|大专|本科|职高|技校)"
                              r"|(?:中专|中职|高中|大专|本科|职高|技校)\s*(?:学历)?\s+to\s+(?:enrol|enroll|apply|sign\s+up|register|join)\b"
                              # ("for the lvl 3 大专 route", "大专那条路线": a route named by its school, none held)
                              r"|(?:中专|中职|高中|大专|本科|职高|技校|技工院校|技师学院)\s*(?:学历)?\s*(?:\broute\b|\bpath\b|\boption\b|\bclause\b|路线|路径|那条|这条|那一条|条件)")


def _major_relevant(text: str) -> bool | None:
    """Whether the major named is this occupation's or a related one: True ("电商专业"), False ("学的是汽修",
    "会计专业"), None when no major is named or it may be related ("新闻传播": the body decides)."""
    # "不是读电商，是读汽修": a major said not to be the one studied is no major
    text = re.sub(r"(?:不是|并非|没有?|不)(?:读|学|念|修)的?(?:是)?[\u4e00-\u9fffa-z]{1,8}?(?=[，,。；;]|是|而是)", " ", text)
    # ("我们专业是经过评估论证的": how the programme was assessed, no major named)
    text = re.sub(r"专业\s*(?:是|系)?\s*(?:经过?)?评估论证", " ", text)
    text = re.sub(r"(?:不是|并非|不算)[\u4e00-\u9fffa-z]{1,8}?专业|\bnot (?:an? )?[a-z-]+(?: [a-z-]+)? major\b", " ", text)  # "不是电商专业，学的是汽修"
    text = re.sub(r"(?:不是|并非|不算|而不是)\s*(?:" + vocab.RELEVANT_MAJOR_WORD + r")(?:专业)?", " ", text)  # "行政管理专业 不是电商"
    # ("Lena's degree is in accounting, not marketing")
    text = re.sub(r"\b(?:not|rather than|instead of)\s+(?:in\s+)?(?:" + vocab.RELEVANT_MAJOR_WORD + r")", " ", text, flags=re.I)
    if re.search(r"(?<![不非没無无])(?<!不太)(?:相关|相關|对口|對口)专业|\b(?<!un)(?:relevant|related)\s+major\b", text, re.I) \
            and not re.search(r"(?:不是|并非|不算|唔系|唔係)\s*(?:相关|对口)专业|专业[^，,。]{0,3}(?:不相关|不对口|唔对口)|\bnot\s+(?:a\s+)?(?:relevant|related)\s+major", text, re.I) \
            and not re.search(r"\bcount(?:s|ed)?\s+as\b|算不算|是不是|算唔算|系唔系|算(?:作)?(?:相关|对口)专业(?:吗|嗎|不)|[?？]", text, re.I):
        return True  # "大专相关专业", "relevant major": the major said to be a related one, as such
    named = [part for match in re.finditer(vocab.MAJOR_PHRASE, text, re.I) for part in match.groups() if part]
    named += [m.group(1) for m in re.finditer(r"(?:读|念|修|学)的?(?:是|系)?(" + vocab.UNRELATED_MAJOR + ")", text)]  # "是读汽修", "读嘅係酒店管理"
    if re.search(vocab.MAJOR_SAID_UNRELATED, text, re.I) and (named or not re.search(vocab.WORK_VERB, text, re.I)):
        return False  # "学的是计算机应用，跟电商没啥关系"; "跟电商没啥关系" said of the major named before
    for known in (vocab.RELEVANT_MAJOR[0], vocab.MAYBE_RELATED_MAJOR[0], vocab.UNRELATED_MAJOR):
        named += [m.group(1) for m in re.finditer(vocab.SCHOOL_THEN_MAJOR + f"({known})", text, re.I)]
        named += [m.group(1) for m in re.finditer(f"({known})" + vocab.MAJOR_THEN_SCHOOL, text, re.I)]
        # ("a 技工学校 diploma in auto repair", "degree in accounting"): the subject of the diploma
        named += [m.group(1) for m in re.finditer(r"\b(?:diploma|degree|major(?:ed)?|majoring|studied)\s+(?:is\s+)?in\s+(?:an?\s+)?(" + known + ")", text, re.I)]
    # ("I finished 中职 in 2019 (服装设计)": the major in brackets after the school)
    named += re.findall(r"(?:中专|中职|职高|技校|技工学校|大专|高职|专科|本科|大学|college|school)[^()（）。；;]{0,16}[(（]\s*([\u4e00-\u9fff]{2,8})(?:专业)?\s*[)）]", text, re.I)
    phrase = " ".join(named)
    for pattern, relevant in ((vocab.RELEVANT_MAJOR[0], True), (vocab.MAYBE_RELATED_MAJOR[0], None),
                              (vocab.UNRELATED_MAJOR, False)):
        if phrase and re.search(pattern, phrase, re.I):
            return relevant  # "新闻传播", "journalism": related or not, the evaluation body decides
    # no major in a phrase: a relevant word said as the programme ("a 3-year e-commerce program", "major was
    # e-commerce"); the work described ("大专毕业，在深圳做TikTok直播") says nothing of the major
    if re.search(vocab.RELEVANT_PROGRAMME, text, re.I) or any(_subject_after(text, school.end())
                                                            for school in re.finditer(vocab.SCHOOL_WORD, text, re.I)):
        return True
    return False if _says(vocab.NAMED_MAJOR, text) else None


def _subject_after(text: str, at: int) -> bool:
    """A relevant subject said soon after a school, with no work said between ("大专 in marketing",
    "技师学院读高级工班，电子商务，最后一年"; not "大专毕业，做了两年电商客服")."""
    window = re.split(r"[。；;!?！？\n]", re.sub(vocab.JOB_NAME, " ", text[at:at + 30]))[0]
    subject = re.search(vocab.RELEVANT_MAJOR_WORD, window, re.I)
    return bool(subject) and not re.search(vocab.WORK_VERB, window[:subject.start()], re.I)


def _compares_schools(text: str) -> bool:
    """"技工学校、技师学院、高职走哪条路考证最快？": schools compared, none of them the asker's."""
    # ("I'm choosing between an e-commerce 大专 and a technician college 直播 program": neither is attended yet)
    return (bool(re.search(vocab.SCHOOL_LIST, text)) and bool(re.search(r"哪|which", text))) or bool(re.search(vocab.CHOOSING_SCHOOLS, text))


def _schools(text: str) -> list[str]:
    """Education codes of the schools a text names (not negated, not a requirement)."""
    codes: list[str] = []
    for pattern, found in vocab.EDUCATION:
        for match in re.finditer(pattern, text):
            before = text[max(0, match.start() - 24):match.start()]
            # (a negation counts within its own clause: "没读过高中 初中毕业" holds the 初中 said after the space)
            own_clause = re.split(r"[，,。；;]|(?<=[\u4e00-\u9fff])\s+", before)[-1]
            if not re.search(vocab.NEGATION_BEFORE, own_clause[-20:]) and not re.search(vocab.REQUIRED_BEFORE, before) \
                    and not re.search(vocab.SCHOOL_PLANNED_BEFORE, before[-14:]) and not _compares_schools(text) \
                    and not _taught_there(text, match):
                codes.extend(found)
    if "junior_middle_unfinished" in codes:  # ("初中都没毕业": the junior middle school named is the one not finished)
        codes = [code for code in codes if code != "junior_middle_school"]
    return list(dict.fromkeys(codes))


# Where the person would like to go ("我想去职校教直播", "打算到技师学院当老师"): no school of theirs
_WISHED_FOR = re.compile(r"(?:想|打算|准备|希望|计划|想要|将来|以后)(?:去|到|在)?\s*$")


def taught_school(text: str) -> str | None:
    """The school named where the person teaches or works ("我是技师学院的老师", "I teach at a vocational
    school"): not their schooling, but their students' school when they speak of the students next (not where
    they would like to teach: "我想去职校教直播", which is neither)."""
    for pattern, _ in vocab.EDUCATION:
        for match in re.finditer(pattern, text, re.I):
            if _taught_there(text, match) and not _WISHED_FOR.search(text[max(0, match.start() - 6):match.start()]):
                return match.group(0)
    return None


def _taught_there(text: str, school: re.Match) -> bool:
    """The school named is where the person teaches or works: said just before it or just after it."""
    return bool(re.search(vocab.TEACHES_AT_BEFORE, text[max(0, school.start() - 24):school.start()], re.I)
                or re.search(vocab.TEACHES_AT_AFTER, text[school.end():school.end() + 18], re.I))


def ends_a_ladder(before: str) -> bool:
    """The words before a level say where a job type's ladder ends ("平台管理员最多考到三级"), not a level wanted
    ("我想最高考到一级")."""
    # (not Cantonese "can he get to": "咁佢考唔考到五級？")
    return bool(re.search(vocab.TOP_OF_TRACK_BEFORE, before[-16:])) and not re.search(vocab.PLAN_CUE, before[-12:]) \
        and not re.search(r"考(?:唔|不)考(?:得)?(?:到|得)\s*$", before)


def levels_held(text: str) -> list[int]:
    """The levels `text` (lower case) says are held, each certificate named (one of another occupation too)."""
    return _levels(text)[0]


def _dated_as_had(after: str) -> bool:
    """Whether a level is followed by the date it was had ("四级（2023.05）", "L5 since 2022"); a year still to come is a plan."""
    dated = re.match(vocab.HELD_DATE_AFTER, after, re.I)
    year = dated and re.search(r"(?:19|20)\d{2}", dated.group(0))
    return bool(dated) and not (year and int(year.group(0)) > clock.today().year)


# A level's date and the word for having it, after a comma ("四級，2022年取得", "五级，23年6月拿的")
_DATED_AFTER_COMMA = (r"\s*(?:的|嘅)?\s*[，,]\s*(?:证书?|證書?)?\s*(?:是)?\s*(?:(?:19|20)?\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?\s*(?:才|刚|就)?"
                      r"(?:取得|拿到?|考到?|获得|考取|考过|攞)")
# A level said in introducing oneself ("level 2 video creator here, cert dated June 2023", "platform admin here, level 3")
_SELF_WHO = r"(?:" + vocab.JOB_NAME + r"|admin|creator|selector|seller|host|anchor|streamer|editor)"
_SELF_INTRO_AFTER = r"\s*(?:" + _SELF_WHO + r"\s+)?here\s*(?:[,，.!！:：;-]|$)"
_SELF_INTRO_BEFORE = _SELF_WHO + r"\s+here\s*[,，:：-]\s*(?:at\s+|on\s+)?$"


# Someone else naming a level ("老师说的是四级", "學校話係三級" read as "学校话系三级"): the level they spoke of, said right
# after their words (the text is Simplified by now)
_SOMEONE_NAMED_BEFORE = (r"(?:老师|学校|机构|中介|老板|主管|\bhr\b|朋友|同学|他们|她们|佢哋|人哋|别人|人家|招生)"
                         r"[^，,。？?我你]{0,6}(?:说|讲|话)(?:的|嘅)?(?:是|系)?\s*$")


def _levels(text: str) -> tuple[list[int], list[int], list[int], list[int], list[int], list[int]]:
    """Levels mentioned, split by role: held, target, bare (no cue), training, asked about as an alternative,
    said not held."""
    held: list[int] = []
    targets: list[int] = []
    bare: list[int] = []
    training: list[int] = []
    asked: list[int] = []
    lacked: list[int] = []
    for match in vocab.LEVEL.finditer(text):
        level = vocab.level_of(match.group(0))
        if level is None:
            continue
        before = re.split(r"[，,。.;；!！?？]", text[max(0, match.start() - 30):match.start()])[-1]
        after = re.split(r"[，,。;；!！?？]", text[match.end():match.end() + 48])[0]
        if re.search(vocab.OTHER_EXAM_BEFORE, before[-6:]):
            continue  # "英语四级", "计算机二级": another exam's level, not this occupation's
        if re.search(vocab.ANY_LEVEL_BEFORE, before[-3:]) and match.group(0).startswith("一"):
            continue  # "考任何一级", "每一级", "哪一级": no level named
        if re.search(vocab.PROMISED_BEFORE, before):
            continue  # "交了3980说包过拿三级证": a certificate promised, not one held
        if re.search(r"^[^。；;]{0,24}?(?:就能|就可以|即可|就会|便能)\s*(?:拿|考|取得|领)(?:到)?(?:证|證)", text[match.end():match.end() + 40]) \
                and not re.search(vocab.HELD_BEFORE, before):
            continue  # ("二级不需要任何条件，交钱培训72学时就能拿证": a certificate promised to whoever pays, not one held)
        if re.search(r"先\s*(?:有|拿|考|持有|取得)(?:了|到)?\s*$", before) and re.match(r"\s*(?:的)?(?:证书?)?\s*(?:再|才|然后|之后|以后)", after):
            asked.append(level)  # ("按先有四级证再报三级跟学员讲的": the order of the levels, said as a rule; no level held)
            continue
        if re.search(r"(?:就是|也就是|即是|即)\s*$", before):
            # ("能不能直接考是几 就是四级 中级的那个", "想直接考那个高级技师 就是一级 最高的那个": the level named again, to
            # say which one; its role is the one the words before gave it: wanted after "考", else nothing of its own)
            if re.search(vocab.TARGET_BEFORE, before[:-4] if len(before) > 4 else "") or re.search(r"(?:想|要|能不能|可以|打算|准备)[^，,。？?]{0,6}(?:考|报)", text[max(0, match.start() - 30):match.start()]):
                targets.append(level)
                continue
            # (else as any level: "我2023年3月考的选品员中级（就是四级）" holds it)
        if re.search(r"(?:考了|考咗|考完|拿了|拿到|攞咗|攞到)\s*$", before) \
                and re.match(r"\s*(?:证书?)?\s*(?:(?:之后|以后|后)\s*)?(?:要|还要)?\s*(?:多久|多长时间|几耐|几多耐|几年|等几年|要等)(?!了)", after):
            continue  # "唔得嘅話，考咗四級之後幾耐可以考三級？": a level supposed taken, asked how long after it; none held
        if re.search(r"(?:说|話|话|讲|講|said|says)[^，,。]{0,8}(?:考了|考咗|拿了|拿到|考到|攞到)\s*$", before) \
                and re.match(r"\s*(?:证书?)?\s*(?:就|才|会|便|以后|之后|后)?\s*(?:给|俾|帮|加|涨|升|发)", after):
            continue  # "老板说考了三级给我涨工资": a reward promised for a level, not one held
        if re.search(vocab.SOLD_BEFORE, text[max(0, match.start() - 30):match.start()]):
            continue  # "网上有人卖「互联网营销师高级证，包过」": a certificate on sale, not one held
        if re.search(vocab.ISSUED_BEFORE, before, re.I):
            continue  # "issue a 三级 certificate to my student", "给学员发一张三级证": one to be issued, nobody's held
        if re.search(vocab.EXAMPLE_BEFORE, before, re.I) or (re.match(r"\s*的(?!证|證)", after) and re.search(r"(?<![我俺])有\s*$", before)):
            continue  # "比如有三级的多给3000": those who have it, an example, not a level the asker holds
        if re.search(r"考完\s*$", before) and re.match(r"[^。；;？?]{0,12}?(?:过了|通过了|过咗|合格了|考过了|拿到证)", after):
            held.append(level)  # ("上个月刚考完四级直播销售员 过了 开心"): taken and passed
            continue
        if re.search(r"(?:^|[，,。\s])(?:我|她|他|佢|TA)(?:已经|都|早就)?(?:是|系)?\s*$", before) and re.match(r"\s*了", after):
            held.append(level)  # "我已经四级了", "佢都三级了": the level they are at
            continue
        if re.search(r"(?:做|当|干)(?:了|过)?\s*(?:" + vocab.JOB_NAME + r")\s*$", before, re.I) \
                and re.match(r"\s*(?:了|已经)?\s*(?:[\d一二两三四五六七八九十半]+)\s*多?\s*(?:年|个月)", after):
            held.append(level)  # "我表哥做咗選品員四級兩年": a level-4 product selector for two years
            continue
        if re.match(r"\s*(?:的)?(?:学员|学生|徒弟|主播|\btrainees?\b|\bstudents?\b|\blearners?\b|\bholders?\b)", after, re.I) \
                and not re.search(r"(?:想|要|准备|打算|报|考)\s*$|\b(?:for|to|want|wants|take|taking)\s*$", before, re.I):
            held.append(level)  # "some of my 二级 trainees", "我们的四级学员": people holding that level
            continue
        if re.search(_SOMEONE_NAMED_BEFORE, before, re.I) and re.match(r"\s*(?:$|[，,。？?！!\s]|不是|唔系|唔係|而不是|吗|嗎|呢|啊|呀|喔|哦|的|嘅)", after):
            asked.append(level)  # "老师说的是四级 不是要先有五级吗": a level someone else named, nobody's certificate
            continue
        if re.search(vocab.START_FROM_BEFORE, before[-16:], re.I):
            continue  # "还是必须从五级开始", "start from level 5": the ladder, not a level held or wanted
        if re.search(vocab.HOLD_TO_COME_BEFORE, before, re.I):
            asked.append(level)  # "how long until I could hold level 3?": a level to come, asked
            continue
        if ends_a_ladder(before):
            continue  # "平台管理员最多考到三级": where a ladder ends, not a level held or wanted
        if re.search(vocab.PREREQUISITE_BEFORE, before):
            continue  # "二级要不要先有三级证？": a prerequisite asked about, not a level held
        if re.search(vocab.COUNTS_AS_BEFORE, before):
            continue  # "能当五级证书用来报四级吗": what something would count as, not a level held
        if re.match(vocab.JUDGED_AFTER, after):
            continue  # "五级太低了", "考了一级是入门": a level judged, neither held nor wanted
        if re.search(r"(?:下一?(?:个|级|個|級)|next\s+(?:one|level)(?:\s+up)?|最高(?:的)?|最低(?:的)?|入门(?:的)?)\s*(?:就)?(?:是|系|is)\s*(?:the\s+)?$", before, re.I):
            asked.append(level)  # "所以下一級是四級對吧？": the level asked about, not one held
            continue
        if re.search(r"(?:\bmy|我的|我嘅)\s*$", before, re.I) \
                and not re.search(r"\b(?:is|was|isn'?t)\s+(?:that|this|it)\s+(?:\w+\s+)?$|(?:这|那|这个|那个|呢个|嗰个)(?:就)?(?:是|算|系)(?:不是)?\s*(?:我的|我嘅)\s*$", before, re.I) \
                and re.match(r"\s*(?:(?:" + vocab.JOB_NAME + r")\s*)?(?:cert\w*|证书?)?\s*(?:\bis\b|\bwas\b|是|系|的(?:证|,|，|$)|嘅|[,，.。!！]|$|\(|（|\bfrom\b|\bsince\b|\bdated\b|\bgot\b|拿|考)", after, re.I):
            held.append(level)  # "my 三级 is 选品员", "我的三级是选品员的": the level that is theirs
            continue
        if re.match(_DATED_AFTER_COMMA, text[match.end():match.end() + 30]) and not re.search(vocab.PLAN_CUE, before):
            held.append(level)  # "直播銷售員四級，2022年取得", "五级的，2023年拿的": the date it was had, after a comma
            continue
        if re.search(r"\b(?:cert|certificate|qualification(?:\s+cert\w*)?)s?\s*,\s*$", text[max(0, match.start() - 40):match.start()], re.I) \
                and re.match(r"\s*(?:,|，)\s*(?:from|since|dated|got|obtained|issued)\b|\s*(?:from|since)\s+(?:19|20)\d{2}\b",
                             text[match.end():match.end() + 30], re.I):
            held.append(level)  # "an old 营销员 qualification cert, level 3, from 2016": the level of the certificate held
            continue
        if re.match(_SELF_INTRO_AFTER, after, re.I) or re.search(_SELF_INTRO_BEFORE, text[max(0, match.start() - 40):match.start()], re.I):
            held.append(level)  # "level 2 video creator here", "platform admin here, level 3": the asker's own level
            continue
        if re.search(r"(?:中级工?|初级工?|高级工?|技师|level\s*\w+|l\d)\s*(?:，|,)?\s*(?:就是|即是|也就是|即系|就系|也即是)\s*$", before, re.I) \
                and not re.search(r"我是|我系|我有|持有|拿了|拿到|考了|考过|考到|\b(?:i'?m|i have|got)\b", before, re.I):
            asked.append(level)  # "现在想直接上中级 就是四级 可以不": the level just named, named again by its number
            continue
        if re.match(r"\s*(?:那个|那种|那一?级)", after) and re.search(r"(?:就是|即是|也就是|即系|就系)\s*$", before):
            asked.append(level)  # "能考技师吗？就是二级那个": the level asked about, said again
            continue
        if re.match(r"\s*(?:证书?)?(?:都|也|还|从来)?(?:没有?|冇|未)(?:考|拿)", after):
            continue  # "五级都没考过": not held
        if re.match(vocab.FAILED_AFTER, after, re.I) or re.search(vocab.FAILED_BEFORE, before, re.I):
            lacked.append(level)  # "上个月考的五级直播销售员没过", "failed the L4 theory twice": an exam failed, no certificate
            continue
        if re.match(r"\s*(?:(?:" + vocab.JOB_NAME + r")\s*)?(?:的)?(?:证书?)?\s*(?:要|该|应该|到底)?(?:怎么|怎样|如何|点样|咋)(?:才能)?(?:拿|考|取得|获得|报)", after):
            targets.append(level)  # "真正的四级证要怎么拿": a certificate wanted, not held
            continue
        if re.match(r"\s*(?:那些|那啲|嗰啲|的|嘅)\s*(?:培训)?(?:学时|课时)", after):
            continue  # "四級嗰啲學時可唔可以當三級嘅88學時用？": that level's hours, no certificate
        if re.match(r"\s*(?:就|都|也)?(?:够|夠)(?:了|咗)?\s*(?:吗|嗎|不够|唔夠|未|没有|冇)", after):
            targets.append(level)  # "这样四级够了吗": whether the years are enough for that level, not a level held
            continue
        if re.search(vocab.COUNTED_FROM_BEFORE, before, re.I):
            continue  # "they said 3 years after 三级 is enough": the level a rule counts from, neither held nor wanted
        if re.search(r"(?:规定|要求|必须|只招|只收|招聘|门槛)[^，,。？?]{0,12}(?:要|得|须|需)?(?:有|持有|具备|持)\s*$|\b(?:require[sd]?|must\s+(?:have|hold))\s+(?:a\s+|an\s+)?$", before, re.I):
            continue  # "我們公司規定主播要有四級以上證書": a requirement someone sets, no one's certificate
        if re.search(r"(?:那|等|如果|假如|要是|等到|若|待)\s*(?:我|你|他|她|佢)?\s*$", before) \
                and re.match(r"\s*(?:证书?)?\s*(?:拿了|拿到|考到|考了|考完|拿咗|攞到|攞咗|考咗|到手)\s*(?:以后|之后|后|過後|过后)", after):
            continue  # "那四级拿了以后 最快啥时候能报三级": a level still to be had, a step on the way
            continue
        if re.search(r"(?:如果|假如|要是|假设|若|\bif\b|\bsuppose\b)[^，,。？?]{0,10}(?:不|唔|没|冇)?(?:考|拿|攞|\bget\b|\bgot\b|\bpass\b)(?:了|咗|到|完)?\s*(?:个|一个)?\s*$", before, re.I) \
                or (re.search(r"(?:考|拿|攞)(?:了|咗|到|完)?\s*$", before) and re.match(r"\s*(?:证书?)?\s*(?:先|再报|再考)", after)):
            continue  # "如果明年3月我拿到四级", "如果唔考四級", "定係考咗四級先快啲", "是要考完五级再考四级吗": weighed, not held
        if re.match(r"\s*(?:是|系)?\s*(?:目标|目標|\bgoal\b|\btarget\b)", after, re.I):
            targets.append(level)  # "四级 目标", "L3 goal": the level aimed at
            continue
        if not re.search(vocab.HELD_BEFORE, before) \
                and re.match(r"\s*(?:同|和|跟|与|及|、|/|\band\b|&)?\s*(?:[一二三四五1-5]\s*级|高级技师|技师|高级工|中级工|初级工)\s*(?:呢|嘅|的)?\s*(?:[?？]|呢|$"
                             # ("技师和高级技师最早啥时候能考": both asked when)
                             r"|(?:分别|各自?)?\s*(?:最早|最快)?\s*(?:啥时候|什么时候|几时|何时|要多久|多久|几耐)\s*(?:能|可以)?\s*(?:考|报))", after):
            # "培训要几多学时？四级同三级呢？", "那四级三级呢", "技师和高级技师呢": the first of two levels asked about, not held
            asked.append(level)
            continue
        if (re.search(r"(?:初级工|中级工|高级工|技师|高级技师|最高|最低|入门|起步)\s*(?:是|系|算|叫|=)\s*$", before)
                and re.match(r"\s*(?:还是|定系|或者|或|\bor\b)", after)) \
                or re.search(r"(?:是|系|算|叫)\s*[一二三四五1-5]\s*级\s*(?:还是|定系|或者|或|\bor\b)\s*$", before):
            asked.append(level)  # "初级工是五级还是一级": which of two levels a name is, nothing held
            continue
        if re.search(r"\b(?:what|which)\b[^?.;]{0,40}\bwith\s+(?:a|an|the)\s*(?:(?:" + vocab.JOB_NAME + r")\s*)?$", before, re.I):
            continue  # "what jobs can they get with a level 5 cert?": what a certificate brings, no one's certificate
        if re.search(r"(?:最容易|最简单|最低|最高|最难|最快|最好)[^，,。？?]{0,4}是\s*$", before):
            asked.append(level)  # "最容易考的是一级吧？": a level weighed, not one held
            continue
        if re.match(vocab.TRAINING_AFTER, after):
            training.append(level)
        elif re.search(r"(?<![了过咗])考(?:个|一个|張|张|一张)\s*(?:(?:" + vocab.JOB_NAME + r")\s*)?(?:的)?$", before):
            targets.append(level)  # "顺便考个直播销售员五级证": one to take ("考了个" is one taken)
        elif re.match(vocab.SESSION_AFTER, after) and re.search(r"\b(?:took|sat|did)\b[^.;!?]{0,30}$", before, re.I) \
                and re.search(r"^[^.;!?]{0,40}?\b(?:and|&)\s+(?:i\s+)?passed\b|^[^。；;？?]{0,20}?(?:并且|而且|也)?(?:通过了|过了)", after, re.I):
            held.append(level)  # "I took the Taobao Live level 4 exam back in March 2022 and passed": that level held
        elif re.match(vocab.SESSION_AFTER, after) and not re.search(r"(?:考过|考了|通过了?|过了|\bpassed|\btook)\s*(?:the\s+)?(?:(?:" + vocab.JOB_NAME + r")\s*)?(?:的)?$", before):
            targets.append(level)  # "我们这边下个月有五级报名": a session of that level, the one to take
        elif (re.match(r"\s*(?:(?:感觉|觉得|好像|有点|太)+\s*(?:太|好|有点)?\s*(?:低|简单|容易|没用|无用|鸡肋|没意思)|(?:is|seems|feels)\s+(?:too\s+)?(?:low|basic|easy|useless))", after, re.I)
              and not re.search(vocab.HELD_BEFORE, before)) \
                or re.search(r"(?:只有到|只到|最多到|最高到|最高只到|最多只到|只去到)\s*$", before) \
                or re.search(r"\bbother(?:ing)?\s+with\s*(?:the\s+)?$|\bskip(?:ping)?\s*(?:the\s+)?$|(?:不想|懒得|不用|唔使|唔想)(?:考|报)\s*$", before, re.I):
            # "五级感觉太低了": a level weighed; "它只有到三级": a track's top; "doesn't want to bother with level 5":
            # a level skipped; neither held nor asked
            continue
        elif re.match(r"\s*(?:或者?|还是|抑或|定系|\bor\b)\s*(?:(?:level|lvl)\s*|l)?[一二三四五1-5](?:\s*级)?", after, re.I) \
                and not re.search(vocab.PAST_YEAR_BEFORE, before):
            asked.append(level)  # "可以直接考选品员四级或三级吗", "level 4 or 3": two levels weighed, neither held
        elif re.match(vocab.ASKS_TO_APPLY_AFTER, after) or (re.match(vocab.HOW_LONG_UNTIL_AFTER, after)
                                                            and not re.search(r"(?:到|至)\s*$|\bto\s*$", before)):
            targets.append(level)  # "有5级证 22年8月拿的 4级能报不": the level asked about, whatever was said before it
        elif re.search(vocab.NEGATION_BEFORE, before):
            # "没有二级证书": not that one (nor, the ladder being climbed in order, any above it)
            if (re.match(vocab.CERTIFICATE_AFTER, after) and not re.search(r"\bwithout|w/o|不用|无需|不需要", before)) or re.search(r"(?:没有|没|冇|未有|\bno|don't have|do not have|haven't got)\s*(?:a\s+|an\s+|any\s+)?$", before, re.I):
                lacked.append(level)
            continue
        elif re.search(r"(?:想|要|打算|准备|计划|希望)(?:去)?(?:考|报|拿)\s*(?:(?:" + vocab.JOB_NAME + r")\s*(?:的)?\s*)+$", before):
            targets.append(level)  # "想考互联网营销师 直播销售员 四级证书": the certificate wanted, named by its job type
        elif re.search(vocab.HELD_THEN_LEVEL, text[max(0, match.start() - 60):match.start()], re.I) \
                or (_dated_as_had(after) and not re.search(vocab.PLAN_CUE, before)
                    and not re.search(vocab.ASKS_FOR_LEVEL_BEFORE, before, re.I)):
            held.append(level)  # "我有…营销员职业资格证书 四级中级": the certificate named, then its level
        elif re.search(vocab.PAST_YEAR_BEFORE, before):
            held.append(level)  # "2022年考五级，2024年考四级": exams taken
        elif re.search(vocab.TARGET_BEFORE, before):
            targets.append(level)
        elif re.search(vocab.TRACK_HAS_BEFORE, before) and not (
                re.match(vocab.CERTIFICATE_AFTER, after) and (re.search(r"我(?!们)|\bi(?:'m|\s+am)\b", text[max(0, match.start() - 16):match.start()], re.I)
                                                              # ("帮闺蜜问的 她做视频创推员 有三级证 2022年12月拿的": a
                                                              # certificate told, not asked of the job type)
                                                              or (re.search(r"(?:做|是|系|当)\s*(?:" + vocab.JOB_NAME + r")\s*有\s*$", before)
                                                                  and not re.search(r"[吗嗎咩?？]|有没有|有冇", text[match.end():match.end() + 12])))) \
                and not re.search(r"(?:已经|已|早就)\s*有\s*$", before) \
                and not re.search(r"(?:^|[\s，,。])(?:我|他|她|佢)(?:自己|本人)?(?:是|系)\s*(?:" + vocab.JOB_NAME + r")\s*$", before):
            # ("做紧平台管理员 已经有三级": theirs already; "他是直播销售员三级 就是高级工": the level he is at)
            continue  # "平台管理员 has level 1": what a job type offers, not what anyone holds ("…有三级证" is held)
        elif re.search(r"(?<![我你他她佢])(?:要|需要|得|须|必须)(?:先)?(?:有|持有)?\s*$", before) and re.match(vocab.CERTIFICATE_AFTER, after):
            asked.append(level)  # ("哦 要四级证啊 我啥证都没有": the certificate a route needs, not one held)
        elif re.search(r"(?:考完|考过|考咗)\s*$", before) and re.match(r"\s*(?:喇|了|啦|咯|嘞|咗)", after):
            held.append(level)  # "考完四級喇": the exam taken and done
        elif re.search(r"(?:考|拿|报)(?:不|唔)(?:考|拿|报)(?:得)?(?:到)?\s*$|(?:能不能|可不可以|可唔可以)(?:考|拿|报)(?:到|得到)?\s*$", before):
            targets.append(level)  # "咁考唔考到三級", "拿不拿得到三级": whether a level can be had, asked
        elif (re.search(r"(?:考到|拿到|考取|考上|\bget\b|\bgetting\b|\breach)\s*(?:the\s+|a\s+|my\s+)?$", before)
              # ("深圳考到直播銷售員三級有人才補貼嗎": the job type's name between; not "2022年考到直播銷售員四級", taken then)
              # ("can i get the 直播销售员 level 5 cert now": the job type's name between, asked in English)
              or re.search(r"(?:\bget\b|\bgetting\b|\breach)\s*(?:the\s+|a\s+|my\s+)?(?:" + vocab.JOB_NAME + r")\s*$", before)
              # ("can i get the chinese level 5 cert yet": one word between the article and the level)
              or re.search(r"(?:\bget\b|\bgetting\b)\s+(?:the|a|my|this|that)\s+(?:chinese|china|national|official|mainland|new)\s+$", before, re.I)
              or (re.search(r"(?:考到|拿到|考取|考上)\s*(?:(?:" + vocab.JOB_NAME + r")\s*(?:的)?\s*)$", before)
                  and not re.search(r"(?:19|20)?\d{2}\s*年|去年|前年|上个?月|之前|以前|早就", before[-24:]))) \
                and not re.search(r"了|已经|\bgot\b", before[-8:]) and not re.search(vocab.PAST_YEAR_BEFORE, before) \
                and (re.search(vocab.PLAN_CUE, before[-12:]) or re.search(r"往上|慢慢|一路|一步步|逐步|然后|再", before[-10:]) or re.search(r"[?？吗呢]|先|才能|才可以|要不要|用不用|多少|多久|几年|以后|之后|\b(?:can|could|if|whether|how)\b", text, re.I)):
            targets.append(level)  # "想一路考到直播销售员一级": a level wanted, not held
        elif re.search(r"(?:想|要|打算|准备|计划|希望|目标是?)\s*(?:考|报|拿|申报)(?:的|取)?\s*(?:是|系)?\s*$", before):
            targets.append(level)  # "今年想考的是四级": a level planned, not held
        elif re.search(r"\s$", before) and re.match(r"\s*(?:要多久|要几年|要等多久|还要多久|多久(?:能|可以|才)|什么时候(?:能|可以)|能报|可以报|能考|可以考)", after):
            targets.append(level)  # "二级… 证是2023年3月拿的 一级要多久": a new clause asking about a level, not the one held
        elif re.match(vocab.ENOUGH_FOR_IT_ASKED, after) and not re.search(vocab.HELD_BEFORE, before):
            targets.append(level)  # "五级应该够了吧 那四级呢", "五級梗係夠啦": the years enough for it, not a level held
        elif re.search(vocab.HELD_BEFORE, before) or re.match(vocab.CERTIFICATE_AFTER, after) \
                or (re.match(vocab.HELD_AFTER, after) and not re.search(vocab.PLAN_CUE, before)):
            held.append(level)
        elif re.match(r"\s*(?:的话)?(?:要|需要|得|须|只要)\s*(?:做|工作|干)?(?:满|够)?\s*[\d一二两三四五六七八九十半]+\s*(?:年|个月)", after):
            asked.append(level)  # "五级要一年对吧 那四级呢": a level's rule recalled, not a level held
        elif re.match(vocab.TARGET_AFTER, after):
            targets.append(level)
        elif re.search(vocab.ASKED_LEVEL_BEFORE, before) or re.match(vocab.ASKED_LEVEL_AFTER, text[match.end():]):
            asked.append(level)  # "还是只能五级？", "so level 5 ok?": a level asked about, never one held
        else:
            bare.append(level)
    # beside a level wanted, one asked about as well is an alternative: neither held nor the one wanted;
    # alone, it is the level asked about (never a reason to read a bare level beside it as held)
    return held, targets, bare, training, asked, lacked


# "19年在服装厂", "21年转做直播", "23年停了大半年": a two-digit year with what happened in it, not a duration
# (unless a work verb comes just before: "做了19年在服装厂" is rare and kept as years).
_TWO_DIGIT_YEAR_AFTER = r"(?:开始|起|在|考|拿|转|停|入行|入职|进|去|回|就|又|底|初|中|末|尾|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|的时候|时|毕业)"
_TWO_DIGIT_YEAR_NOT_BEFORE = r"(?:做|干|有|了|满|近|快|整整|共|累计|从业|工作)\s*$"


def _durations(text: str) -> list[_Duration]:
    found = []
    for pattern in (vocab.ZH_YEARS, vocab.ZH_MONTHS, vocab.ZH_DAYS, vocab.EN_DURATION):
        for match in pattern.finditer(text):
            if re.search(r"[上下]$", text[max(0, match.start() - 1):match.start()]) and match.group(0).startswith("半年"):
                continue  # "2022年下半年": half of a year named, not half a year of work
            number = vocab.number(match.group("num"))
            unit = match.group("unit")
            days = unit in ("天", "days")
            if number is None or (number >= 100 and not days) or (days and number < 30):
                continue  # "2021年" is a date, "三四年" a range, "3天" no work history
            if "整" in match.group(0) and not re.search(r"(?:休|停|断|歇|空|放)(?:了|咗|过)?\s*$", text[:match.start()]):
                continue  # ("又干了一整年": a year said loosely of some stretch; "休了一整年" is a break of a year)
            if pattern is vocab.ZH_YEARS and re.fullmatch(r"[12]\d", match.group("num")) \
                    and re.match(_TWO_DIGIT_YEAR_AFTER, text[match.end():]) and not re.search(_TWO_DIGIT_YEAR_NOT_BEFORE, text[:match.start()]):
                continue  # "19年在服装厂做跟单", "23年停了大半年": a year named in two digits, not nineteen years
            years = number / 365 if days else number / 12 if pattern is vocab.ZH_MONTHS or unit.startswith("mo") else number
            if match.group("half"):
                years += 0.5
            just_before = text[max(0, match.start() - 8):match.start()]
            if pattern is vocab.EN_DURATION and re.match(r"\s*[1-6]\b", text[match.end():]) and re.fullmatch(r"(?i)an?\s+years?", match.group(0).strip()):
                continue  # "im a year 3 BBA marketing student": a school year, not a year of work
            if re.search(r"(?:没有|没|冇|无|并没有)(?:另外|额外|单独|其他|多)的?\s*$", just_before):
                continue  # "学徒期满了，没有另外一年工作经验": a year not had
            if re.match(r"[^，,。？?！!\s]{0,4}的人", text[match.end():]):
                continue  # "那做了十几年后台的人以后要怎么往上走": anyone with those years, not the asker
            if re.search(r"(?:那|嗰|这|呢|\bthose|\bthe)\s*$", just_before) \
                    and re.match(r"\s*(?:的)?\s*(?:计唔计|计不计|算不算|算唔算|算吗|能不能算|可不可以算|\bcount|\bdo\s+they\s+count)", text[match.end():]):
                continue  # ("兼職嗰兩年計唔計": the years told before, asked about, not told again)
            if just_before.endswith("早") and re.match(r"\s*(?:就|已经)?(?:报|上|读|学|参加|交|买)", text[match.end():]):
                continue  # ("我早两年报了个班": a time ago when a class was taken, not years of work)
            if re.match(r"\s*(?:的)?\s*(?:thing|rule|requirement|condition|route|clause|minimum|要求|规定|条件|门槛|那条|那个条件)", text[match.end():]) \
                    and (pattern is not vocab.EN_DURATION or re.search(r"\bthe\s*$", text[:match.start()])):
                continue  # ("does part time count for the 1 year thing?", "一年的要求": a rule named, not a year worked)
            near = re.search(vocab.NEAR_BEFORE, just_before) or (match.group("below") or "").startswith("差不多")
            if (match.group("below") and not near) or (near and float(years).is_integer()):
                # "差不多两年半" stays 2.5: a quarter either way crosses no whole-year requirement
                # ("快半年": about five months; "快一年半": a year and five months, not "almost 2" less a quarter)
                years = max(years - (JUST_UNDER if years >= 1 and float(years).is_integer() else 1 / 12), 0)
            vague = match.group("vague") or match.groupdict().get("short") or re.search(vocab.VAGUE_BEFORE, just_before)
            if vague and re.fullmatch(r"maybe|perhaps", str(match.group("vague") or ""), re.I) \
                    and re.search(vocab.TOTAL_SAID + r"|\bactual(?:ly)?\b|^\s*of\s+(?:that|it|those|them)\b", text[match.end():match.end() + 30], re.I):
                # "on and off — maybe 2.5 yrs of actual work in total", "he does the lives himself, maybe 3 years of
                # that": the asker's own total, however hedged
                vague = None
            found.append(_Duration(match.start(), match.end(), None if vague else years, bool(match.groupdict().get("more")),
                                   bool(match.group("below") or near)))
    return _without_restatements(text, _joined(text, sorted(found, key=lambda d: d.start)))


def _without_restatements(text: str, durations: list[_Duration]) -> list[_Duration]:
    """"我做了4年10个月直播带货，快5年了": "almost 5 years" rounds up the figure said just before (or just
    after) it, the same stretch said twice, not a second one. Only a figure within the year below the rounded
    one, a few words away with no number between, is restated."""
    out: list[_Duration] = []
    for d in durations:
        last = out[-1] if out else None
        if last is not None and last.years is not None and d.years is not None and last.almost != d.almost \
                and re.fullmatch(r"[^\d，,。.;；!！?？]{0,8}[，,]\s*(?:都|也|已经|就)?|\s*[(（]|[了啦咯喇]?\s*", text[last.end:d.start]):
            rounded, exact = (d, last) if d.almost else (last, d)
            if math.ceil(rounded.years) - 1 <= exact.years < math.ceil(rounded.years):
                # ("一年多了 快一年半": "more than a year" made finer by the half said after it)
                finer = (exact.more or bool(re.search(r"多|几|余|\+", text[exact.start:exact.end]))) and rounded.years > exact.years \
                    and bool(re.search(r"半|\d\.\d|个月|months?", text[rounded.start:rounded.end]))
                out[-1] = rounded if finer else exact
                continue
        out.append(d)
    return out


def _joined(text: str, durations: list[_Duration]) -> list[_Duration]:
    """"1年3个月", "one year and 3 months": years then months, side by side, are one duration."""
    out: list[_Duration] = []
    for d in durations:
        last = out[-1] if out else None
        if last is not None and re.fullmatch(vocab.DURATION_JOINER, text[last.end:d.start]) \
                and re.search(vocab.MONTH_UNIT, text[d.start:d.end]) and not re.search(vocab.MONTH_UNIT, text[last.start:last.end]):
            both = None if last.years is None or d.years is None else last.years + d.years
            out[-1] = _Duration(last.start, d.end, both, last.more or d.more)
        else:
            out.append(d)
    return out


# A return to work said after a break ("今年先返工", "今年回来做选品", "came back", "went back to work")
_BACK_AT_WORK = vocab.RESUMED + r"|返工|复工|返嚟|(?:今年|去年|后来|然后|才|先)\s*(?:先|才)?\s*上班|回来[^，,。]{0,4}(?:做|干|播|上班)|重新(?:上班|工作|出来)|\bwent back\b|\bback at work\b|\breturned\b"


# A return to the work said with "again" ("又返嚟", "又回来", "back again"): more work after a stop, not all of it
_AGAIN_AT_WORK = r"又\s*(?:返|回)(?:嚟|来|去)|又\s*重新|重新\s*(?:返|回)(?:嚟|来)|\b(?:came|come|went|got|been)\s+back\b[^.,;]{0,20}\bagain\b|\bback\s+again\b"


def _read_years(text: str, profile: Profile, expecting: str | None, today: date) -> None:
    by_role: dict[str, list[float | None]] = {_SINCE: [], _TOTAL: [], _UNCLEAR: [], _GAP: [], _HELD: [], _GRADUATED: []}
    in_field: list[float | None] = []  # totals said of this line of work ("做咗一年半直播")
    whole: list[float | None] = []  # totals that are not a part of another ("前三年", "其中两年")
    unclear_whole: list[float | None] = []  # figures said with no cue, not a part of another
    durations = _durations(text)
    total_said = bool(re.search(vocab.TOTAL_SAID + r"|\btotal\b", text))  # "7 yrs total", "一共": a total holds its parts
    totals_said: list[_Duration] = []  # the durations read as years of work
    gaps_said: list[_Duration] = []  # the durations read as breaks
    since_said: list[_Duration] = []  # the durations read as years since the certificate
    for duration in durations:
        role = _duration_role(text, duration)
        if role != _SKIP:
            by_role[role].append(duration.years)
        if role == _TOTAL:
            totals_said.append(duration)
        if role == _GAP:
            gaps_said.append(duration)
        if role == _SINCE:
            since_said.append(duration)
        part = re.search(vocab.PART_BEFORE, text[max(0, duration.start - 4):duration.start])
        if role == _TOTAL and not part:
            whole.append(duration.years)
        if role == _UNCLEAR and not part:
            unclear_whole.append(duration.years)
        whole_clause = text[slice(*_clause(text, duration.start, duration.end))]
        own = _clause_text(text, duration)
        # (a platform named beside other work is where that work was: "在淘宝店做了3年客服"; a clause naming no work,
        # "…转成店铺主播，做满一年了", is of the work named just before it)
        said_of = _work_named_before(text, duration) if not re.search(vocab.FIELD_WORK + "|" + vocab.OTHER_WORK, own) else own
        if role == _TOTAL and (_nearest_work_is_field(said_of, text, duration) or (
                re.search(vocab.FIELD_WORK, whole_clause) and not re.search(vocab.OTHER_WORK, whole_clause))):
            in_field.append(duration.years)
    ranges, ranges_end = [], 0
    other_ranges: list[float] = []
    other_ranges_end = 0  # where the last stretch of other work between two dates was said
    figures = list(by_role[_TOTAL])  # the figures said, against which a stretch may be the same one said twice
    break_ranges: list[float] = []  # "中间2024年3月到10月休产假": a stretch between two dates with no work
    for start, end, years in _date_ranges(text):
        if re.search(r"(?:\bstopped|\bpaused|\bquit|\bbreak|\boff|停了|停咗|休息|歇)[^,.;，。]{0,10}?(?:\bfrom|\bbetween|从|由)?\s*$", text[max(0, start - 24):start], re.I) \
                and re.search(r"\bexcept\b|\bapart from\b|\bother than\b|\bbesides\b|\bbut\b|\botherwise\b|中间|中途|除了|其他时间|其余时间", text, re.I) \
                and not by_role[_GAP]:  # ("took 2 years off (2023-2024)": the figure said is the break; the dates only place it)
            break_ranges.append(years)  # ("been streaming since, except I stopped from Sept 2024 to Feb 2025": a break inside the work)
            continue
        if re.search(vocab.STUDY_BEFORE_RANGE, text[max(0, start - 24):start], re.I):
            continue  # ("then 专升本 in 电子商务 2021-2024", "2021到2024年脱产读本科"): years of study, not of work
        if re.match(vocab.BREAK_RANGE_AFTER, text[end:end + 12]):
            if re.search(r"(?:中间|中途|其间|期间)\s*$", text[max(0, start - 4):start]):
                break_ranges.append(years)  # (inside the stretch said: "中间…休产假"; one between two stretches takes nothing out)
            continue
        # "2021年3月到2023年3月在MCN做助播": a stretch of this work between two dates (other work between two
        # dates is left to the evaluation body, like other work said with a figure); a figure said of the
        # same stretch ("15到21年…整整6年") is not counted twice
        said = text[slice(*_clause(text, start, end))] + text[end:end + 24]
        if re.match(r"[^，,。；;]{0,6}(?:去|跑去)?(?:当兵|服役|入伍|部队)", text[end:end + 12]):
            break_ranges.append(years)  # ("2020年9月到2022年9月去当兵": time away in the army between stretches, taken out)
            continue
        if re.search(vocab.OTHER_WORK, said) and not any(y is not None and abs(y - years) < 0.1 for y in figures):
            other_ranges.append(years)  # "18年到21年在苏宁门店做导购": other work, the other reading
            other_ranges_end = max(other_ranges_end, end)
        if not re.search(vocab.FIELD_WORK, said) or re.search(vocab.OTHER_WORK, said) \
                or any(y is not None and abs(y - years) < 0.1 for y in figures) \
                or (by_role[_TOTAL] and total_said):
            continue  # ("7 yrs total (Taobao 2017-2020, … Douyin since 2022)": the stretches are parts of the total said)
        ranges.append(years)
        ranges_end = max(ranges_end, end)
        by_role[_TOTAL].append(years)
        whole.append(years)
        in_field.append(years)
    if not ranges and len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and re.search(vocab.SAME_TIME, text, re.I) \
            and not re.search(vocab.TOTAL_SAID, text):
        # "A公司干了2年，B公司干了3年，基本是同一段时间": jobs over the same stretch; the longer one is the time worked
        by_role[_TOTAL] = whole = in_field = [max(by_role[_TOTAL])]
    if len(ranges) > 1 and len(by_role[_TOTAL]) == len(ranges):
        # "2021年10月到2022年3月、2023年6月到2026年6月做直播": stretches between dates lie apart; they add up
        by_role[_TOTAL] = whole = in_field = [round(sum(ranges), 4)]
        profile.stretches_added = True
    gaps = by_role.pop(_GAP) + break_ranges
    if ranges and gaps_said and all(d.start >= ranges_end for d in gaps_said):
        # ("2021年尾开始…做到2023年中，之后生BB停了一年半": the break came after the stretch, not inside it)
        gaps = []
    figures_said = [d for d in durations if d not in gaps_said and d.years is not None]
    if gaps_said and figures_said and all(any(d.end <= gap.start and re.search(vocab.THEN_SAID, text[d.end:gap.start], re.I)
                                              and not re.search(r"中间|中途|期间|\bin between\b|\bin the middle\b", text[d.end:gap.start], re.I)
                                              for d in figures_said) for gap in gaps_said):
        # ("拎證之後做咗一年 跟住停咗兩年", "做了一年 然后停了两年": the break came after the year said, not inside it)
        gaps, profile.stopped_after = [], True
    elif gaps_said and figures_said and all(all(gap.end <= d.start and re.search(_BACK_AT_WORK, text[gap.end:d.start], re.I)
                                                for d in figures_said) for gap in gaps_said):
        # ("之後生BB 停咗差唔多五年 今年先返工 都係做選品 做咗半年": the break came before the return, and the figure
        # said is the work since; the break lies between it and the work told before)
        gaps, profile.back_after_break = [], True
    if not gaps_said and len(figures_said) == 1 and re.search(_AGAIN_AT_WORK, text[:figures_said[0].start], re.I):
        # ("依家又返嚟做咗半年 喺抖音", "后来又回来做了半年" after a stretch and a stop told before): the work since the
        # return, to be added to the stretch before it
        profile.back_after_break = True
    if not gaps_said and figures_said and _STOPPED_AFTER_FIGURE.match(text[max(d.end for d in figures_said):]):
        # ("拿证后只干了一年多就回家带娃了", "做了一年 然后停了": the work stopped after the year said, for how long not said;
        # work said in a later message after a return adds to it)
        profile.stopped_after = True
    # a later start said after the stretches: after the last range, or after the last figure when a "then" leads to it
    anchor = ranges_end if ranges else (max(d.end for d in totals_said) if totals_said and None not in by_role[_TOTAL] else 0)
    cue = re.search(vocab.SEQUENCE + "|" + vocab.RESUMED, text[anchor:]) \
        if anchor and not total_said else None  # a total said holds its parts
    if cue:
        cue_at = anchor + cue.start()
        if re.fullmatch(vocab.RESUMED, cue.group(0)):  # the clause of a return: "…，今年5月才回来继续播" has its date before "回来"
            cue_at = max([anchor] + [m.end() for m in re.finditer(r"[，,。；;]", text[:cue_at])])
    later = text[anchor:] if ranges else text[cue_at:] if cue else ""
    resumed = _work_start(later, today) if later and re.search(vocab.FIELD_WORK, text) else None
    if resumed is None and later and re.search(vocab.FIELD_WORK, text) and re.search(vocab.RESUMED + r"|\bstarted\s+again\b", later):
        # "then started again in March 2025 part time, still going": the same work resumed, named before;
        # a date corrected on the way ("came back Dec 2023... sorry I mean Dec 2024") is the one meant
        meant = re.split(r"\bi\s+mean\b|\bi\s+meant\b|\bsorry\b|不对|应该是|我是说", later, flags=re.I)[-1]
        resumed = _work_start(meant, today, any_date=True)
    # (the other work between, "then an office admin job, then back to hosting Feb 2024 till now", is not the later start's)
    back = list(re.finditer(vocab.RESUMED, later))
    restarted = later[back[-1].start():] if back else later
    if resumed is not None and (re.search(vocab.OTHER_WORK, restarted) or (
            totals_said and all(re.search(vocab.OTHER_WORK, _clause_text(text, d)) for d in totals_said))):
        resumed = None  # ("在香港做咗3年幾保險，之後2023年9月開始做選品": the other work is the other reading)
    if resumed is not None and cue and not ranges and totals_said and all(d.start >= cue_at for d in totals_said):
        resumed = None  # ("2023年又开始播，到现在一年半": the figure is the stretch since the return itself, not one before it)
    if resumed is not None:
        # "2019年7月到2023年6月做电商运营，之后歇了一年，2024年6月到现在做场控": the stretch since the later
        # start adds to the one between two dates; the break lies between them and takes nothing out
        by_role[_TOTAL] = [sum(by_role[_TOTAL]) + resumed]
        whole, in_field, gaps = list(by_role[_TOTAL]), list(by_role[_TOTAL]), []
        profile.years_total_from_date = profile.stretches_added = True  # (the time between is left out, not supposed away)
    graduated = by_role.pop(_GRADUATED)  # "graduated 4 yrs ago": work since then, if said
    held = by_role.pop(_HELD)  # how long the certificate has been held
    if held and not by_role[_SINCE]:
        # "我有三级证，拿了五年了": read as years of work since it (what nearly everyone means), but said as
        # supposed unless the message speaks of work or answers "how many years have you worked since?"
        by_role[_SINCE] = held
        profile.years_since_held = expecting != "years_since_certificate" and \
            not re.search(vocab.WORK_CUE, re.sub(vocab.JOB_NAME, " ", text))
    # a start with an end is a stretch, not ongoing work; a date that corrects the start date is the start
    started = _work_start(text, today, any_date=expecting == "work_start_date") if not ranges and resumed is None else None
    started_other = False
    other_work = bool(totals_said) and all(re.search(vocab.OTHER_WORK, _work_said(text, d)) for d in totals_said)
    # (not a figure said after the restart, of the stretch since it: "2023年又开始播，到现在一年半")
    restart_at = min((m.start() for m in re.finditer(vocab.RESUMED, text)), default=None)
    since_restart = restart_at is not None and bool(totals_said) and all(d.start > restart_at for d in totals_said) \
        and re.search(r"(?:到|至)(?:现在|而家|今)|\b(?:till|until)\s+now\b", text)
    # (not when the earlier stretch is other work: "went back to my office job (accounting) for 2 yrs, then since Sept 2024…")
    if started is not None and by_role[_TOTAL] and None not in by_role[_TOTAL] and re.search(vocab.RESUMED, text) and not since_restart \
            and not (other_work and not in_field and all(re.search(vocab.OTHER_WORK, text[m.start():m.end() + 48])
                                                          for m in re.finditer(vocab.RESUMED, text))):
        # "2020年做了一年选品……2024年1月起又回来做选品到现在": the earlier stretch and the years since the restart
        by_role[_TOTAL] = [sum(by_role[_TOTAL]) + started]
        profile.years_total_from_date = profile.stretches_added = True
        last_restart = max(m.start() for m in re.finditer(vocab.RESUMED, text))
        if gaps_said and totals_said and all(totals_said[-1].end <= gap.start and gap.end <= last_restart for gap in gaps_said):
            # ("之後又播了兩年，2025年3月生寶寶休息了一年，今年3月回來繼續播": the break lies between the two stretches,
            # outside both)
            gaps = []
    elif started is not None and len(by_role[_TOTAL]) == 1 and by_role[_TOTAL][0] is not None and by_role[_TOTAL][0] < started \
            and re.search(vocab.WORKED_ALL_ALONG, text) and re.search(vocab.RECENT_PART, text):
        # ("2017年开始一直做淘宝店 这两年开始自己直播": the dated start runs all along; the later years are a part of it)
        by_role[_TOTAL] = [started]
        profile.years_total_from_date = True
    elif started is not None and len(totals_said) == 1 and by_role[_TOTAL] == [totals_said[0].years] and not in_field \
            and other_work and _started_the_other_work(text, totals_said[0]):
        # ("19年开始做淘宝店客服 干了两年半": the start and the figure are one stretch of the other work, over; its
        # figure is read as other work said alone is, "电话客服干了4年", not the years since the start)
        started_other = True
    elif started is not None and by_role[_TOTAL] and not in_field and None not in by_role[_TOTAL] and other_work:
        # "服装店做了三年导购，去年3月开始在抖音帮老板直播": the dated stretch is this work; the other years
        # are the other reading (whether they count is for the evaluation body)
        profile.other_years = sum(by_role[_TOTAL])
        by_role[_TOTAL] = [started]
        profile.years_total_from_date = True
    elif len(by_role[_TOTAL]) == 2 and None not in by_role[_TOTAL] and len(totals_said) == 2 and not total_said \
            and len(part_time := [d for d in totals_said if re.search(vocab.PART_TIME, text[max(0, d.start - 12):d.end + 8])]) == 1:
        # ("全职做了3年直播 之前读大学那阵兼职做了2年": the full-time years; the part-time ones count as the body decides)
        profile.other_years = part_time[0].years
        by_role[_TOTAL] = [next(d.years for d in totals_said if d is not part_time[0])]
    elif len(by_role[_TOTAL]) > 1 and len(whole) == 1:
        # "做了快七年了 前三年在广告公司做剪辑": the first three are part of the seven
        by_role[_TOTAL] = whole
    elif len(by_role[_TOTAL]) > 2 and None not in by_role[_TOTAL] and gaps_said and len(totals_said) == len(by_role[_TOTAL]) \
            and abs(by_role[_TOTAL][0] - sum(by_role[_TOTAL][1:])) < 0.1 and total_said:
        # "7 years total but with gaps - 2 years, then 3 years off, then 5 years": the total said, its parts after it
        by_role[_TOTAL] = [by_role[_TOTAL][0]]
        gaps = []
    elif len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and (re.search(vocab.RESUMED, text) or (
            gaps_said and len(totals_said) == len(by_role[_TOTAL]) and not total_said
            # ("7 years across two companies, with a 1 year break (so 7 years of actual work)": said again, not added)
            and not (len(set(by_role[_TOTAL])) == 1 and re.search(r"\bso\b|\bactual|\bi\.e\.|实际|也就是|即是", text, re.I))
            and all(totals_said[0].end <= gap.start and gap.end <= totals_said[-1].start for gap in gaps_said))):
        # "host for 2 yrs, quit for 3, came back and been doing it again 1 yr", "hosted 2 years, then 1 year off,
        # then 5 years": the stretches on either side of the break add up
        by_role[_TOTAL] = [sum(by_role[_TOTAL])]
        gaps = []  # the break lies between the stretches, not inside one
    elif len(set(by_role[_TOTAL])) > 1 and 0 < len(in_field) < len(by_role[_TOTAL]) and (
            len(set(in_field)) == 1 or (None not in in_field and (re.search(vocab.SEQUENCE, text) or _in_different_years(text, durations)))):
        # "做咗一年半直播主播，之前喺餐厅做咗三年侍应": the years in this line of work are the figure;
        # the other work may or may not count as related, which the evaluation body decides ("1 yr as a
        # cashier, then 18 months doing short videos, … now 6 months as a live host": 2 years, 1 other)
        others = list(by_role[_TOTAL])
        for years in in_field:
            others.remove(years)
        profile.other_years = sum(others) if None not in others else None
        by_role[_TOTAL] = in_field if len(set(in_field)) == 1 else [sum(in_field)]
    elif len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and len(totals_said) == len(by_role[_TOTAL]) \
            and 0 < len(other := [d.years for d in totals_said if re.search(vocab.OTHER_WORK, _clause_text(text, d))]) \
            < len(totals_said) and re.search(vocab.SEQUENCE, text):
        # "(选品员 at an MCN) been there 4 yrs, before that 2 yrs as a buyer at a supermarket": the stretch
        # not named as other work is this one; the other may count as related, which the body decides
        profile.other_years = sum(other)
        by_role[_TOTAL] = [sum(by_role[_TOTAL]) - sum(other)]
    elif len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and (re.search(vocab.SEQUENCE, text) or _in_different_years(text, durations)):
        # "后来去了一家MCN做了一年半选品，现在在直播间带货快一年了": one stretch after the other
        by_role[_TOTAL] = [sum(by_role[_TOTAL])]
    elif len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and len(totals_said) == len(by_role[_TOTAL]) \
            and not total_said and len(in_field) == len(totals_said) and re.search(_ANOTHER_STRETCH, text[totals_said[0].end:totals_said[-1].start]):
        # "我做了两年直播 另外还做了半年助播", "streamed for 2 years and did 6 months as an assistant": one stretch of this
        # work and another; they add up (said so in the reply, since whether they overlapped was not said)
        by_role[_TOTAL] = [sum(by_role[_TOTAL])]
        profile.platforms_added = profile.lines_added = True
    elif len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and len(totals_said) == len(by_role[_TOTAL]) \
            and not total_said and _on_different_platforms(text, totals_said):
        # "抖音带货两年 快手一年", "2 years on Taobao live and 1 year on Douyin": a stretch on each platform; they
        # add up (said so in the reply, since whether they overlapped was not said; "同时" is read above)
        by_role[_TOTAL] = [sum(by_role[_TOTAL])]
        profile.platforms_added = True
    elif len(by_role[_TOTAL]) > 1 and None not in by_role[_TOTAL] and len(totals_said) == len(by_role[_TOTAL]) \
            and not total_said and len(in_field) == len(totals_said) and _on_different_platforms(text, totals_said, vocab.LINES_OF_WORK):
        # "做咗三年選品 兩年直播": a stretch in each line of this work; they add up, said so as the platforms are
        by_role[_TOTAL] = [sum(by_role[_TOTAL])]
        profile.platforms_added = profile.lines_added = True
    if other_ranges and profile.other_years is None:
        profile.other_years = sum(other_ranges)
        if len(other_ranges) == 1 and len(totals_said) == 1 and None not in by_role[_TOTAL] and len(by_role[_TOTAL]) == 1 \
                and not ranges and by_role[_TOTAL][0] <= other_ranges[0] < by_role[_TOTAL][0] + 1 \
                and re.search(vocab.OTHER_WORK, _work_named_before(text, totals_said[0]) + _clause_text(text, totals_said[0])):
            # ("之前在电商公司做客服 干了两年多 2021年7月到2023年10月": the figure and the dates are one stretch of the
            # other work, not two; it is counted only if the evaluation body accepts it)
            by_role[_TOTAL] = []
    if expecting in YEAR_FIELDS and not by_role[_SINCE] and not whole and by_role[_UNCLEAR]:
        # the bare figure answers (or corrects) the one asked about; "前两年是兼职的" beside it is a part of it
        by_role[_SINCE if expecting == "years_since_certificate" else _TOTAL] = unclear_whole
    after_break = text[gaps_said[-1].end:] if gaps_said else ""
    if gaps and None not in gaps and by_role[_SINCE] and not by_role[_TOTAL] and re.search(vocab.RESUMED, after_break) \
            and re.search(vocab.CONTINUED_TO_NOW, after_break):
        # "拿证后做了一年半主播 中间停了半年 后来又做到现在": the stretch before the break is a part; the work since
        # the certificate runs to now less the break (its date, said before or after, gives the whole)
        by_role[_SINCE], profile.break_years, gaps = [], sum(gaps), []
        profile.worked_since_certificate = True
    changed = re.search(vocab.JOB_CHANGE + r"|然后|后来|跟住|\bthen\b", text[since_said[0].end:], re.I) if len(since_said) == 1 else None
    before_change = text[since_said[0].start:since_said[0].end + changed.start()] if changed else ""
    if changed and len(by_role[_SINCE]) == 1 and profile.other_years is None \
            and re.search(vocab.OTHER_WORK, before_change) and not re.search(vocab.FIELD_WORK, before_change) \
            and re.search(vocab.FIELD_WORK, text[since_said[0].end + changed.end():]):
        # ("拿证之后做了两年电话销售 然后2023年6月开始做抖音直播带货": the years after the certificate were other work, then
        # this work began; they are counted only if the evaluation body accepts them)
        profile.other_years, by_role[_SINCE] = since_said[0].years, []
    profile.years_since_certificate = _one_number(by_role[_SINCE])
    profile.years_total = _one_number(by_role[_TOTAL])
    if profile.years_total and other_work and not in_field and _SWITCH_PLANNED.search(text) \
            and not re.search(vocab.FIELD_WORK, text[:_SWITCH_PLANNED.search(text).start()]):
        # "做咗十幾年文職，想轉行做直播帶貨": only other work so far, this work still to come; no year of this work,
        # the other work the other reading (whether it counts is for the evaluation body); beside other work dated
        # before it ("retail sales 2017 to 2024, then 2 yrs in a factory (unrelated). thinking of moving into live
        # commerce"), added to that
        profile.other_years, profile.years_total = round((profile.other_years or 0.0) + profile.years_total, 4), 0.0
    elif profile.years_total and other_work and not in_field and re.search(vocab.WORK_SAID_UNRELATED, text, re.I) \
            and re.match(vocab.OPENS_AFTER_THAT, text):
        # "之后返咗香港做咗三年半文员，同直播冇关": other work said after this work, and unrelated, is no year of it
        # (said first, "我之前在服装厂干了3年流水线 跟直播没啥关系", it stays the figure the dated stretches told
        # next replace, with the note on the other work)
        profile.other_years, profile.years_total = round((profile.other_years or 0.0) + profile.years_total, 4), None
    if profile.years_total is not None and len(totals_said) == 1 and not ranges \
            and re.search(r"多|几|余|\+|\bplus\b|\bover\b|more than|\bodd\b", text[max(0, totals_said[0].start - 10):totals_said[0].end + 2]):
        # "做咗3年幾帶貨主播 2023年頭開始": a rough figure and the start date it rounds, the date is the finer
        dated = _work_start(text, today)
        if dated is not None and profile.years_total <= dated < profile.years_total + 1:
            profile.years_total, profile.years_total_from_date = dated, True
    if profile.years_total is not None and profile.other_years is None and total_said and len(totals_said) == 1 and not ranges:
        profile.other_years = 0.0  # "加起来5年": the total said holds any other work told before it
    if profile.years_total is not None and totals_said and not re.search(vocab.TOTAL_SAID, text) \
            and all(re.search(vocab.PAST_WORK + "|" + vocab.BEFORE_CERTIFICATE, text[slice(*_clause(text, d.start, d.end))]) for d in totals_said):
        profile.years_total_before = True  # every stretch said is said as past ("之前做过3年导购")
        profile.before_certificate = bool(re.search(vocab.BEFORE_CERTIFICATE, text)) or None
        before_that = _BEFORE_THAT_START.search(text)
        if before_that is not None and len(totals_said) == 1 and not ranges and profile.other_years is None \
                and not profile.before_certificate and totals_said[0].start > before_that.start() \
                and not re.search(vocab.OTHER_WORK, text[before_that.start():], re.I) \
                and (since := _work_start(text[:before_that.start()], today)) is not None and since > 0:
            # "has been with us since April 2020, and before that he sold on Taobao for about a year": the work since
            # the date, and the stretch before it
            profile.years_total = round(profile.years_total + since, 4)
            profile.years_total_before, profile.stretches_added = None, True
        later = text[totals_said[0].end:]
        if not profile.stretches_added and len(totals_said) == 1 and not ranges and profile.other_years is None \
                and profile.certificate_level is None and not re.search(_ANY_CERTIFICATE_WORD, text) \
                and re.search(r"到现在|到而家|至今|到今天|\b(?:till|until|to) (?:now|today)\b", later) and re.search(vocab.FIELD_WORK, later) \
                and not re.search(vocab.OTHER_WORK, later, re.I) and (since := _work_start(later, today)) is not None and since > 0:
            # "之前在台湾做虾皮直播三年，前年搬到厦门，在一家淘宝店当主播到现在": the stretch before, then the work from
            # the date said to today; both
            profile.years_total = round(profile.years_total + since, 4)
            profile.years_total_before, profile.before_certificate = None, None
            profile.stretches_added = profile.years_total_from_date = True
    if gaps and totals_said and any(_NET_BEFORE.search(text[max(0, d.start - 12):d.start])
                                    or (_ADDED_UP_BEFORE.search(text[max(0, d.start - 14):d.start]) and gaps_said
                                        and all(gap.end <= d.start for gap in gaps_said)) for d in totals_said):
        # ("中間停咗大半年，加埋計應該做咗五年左右": a total added up after the break was told is net of it too)
        gaps = []  # "中间有两年去厂里上班了 实际播了也就5年左右": the figure said is the time worked, the break already out
    if gaps and totals_said and gaps_said and None not in gaps and profile.before_certificate and not by_role[_SINCE] \
            and all(gap.start > totals_said[-1].end and _AFTER_THE_CERTIFICATE.search(text[totals_said[-1].end:gap.start])
                    for gap in gaps_said):
        # ("考之前已经干了一年半了 考完一直在做 就是24年生孩子歇了8个月"): the break came after the certificate, in the work
        # since it, not in the stretch before it
        profile.break_years, gaps = sum(gaps), []
    if gaps and totals_said and gaps_said and all(any(gap.end <= d.start and _EARLIER_STILL.search(text[gap.end:d.start]) for d in totals_said)
                                                  for gap in gaps_said):
        # ("之前在家带孩子两年没上班，再之前在商场做了三年售货员": the break a stretch of its own, the work before it told
        # after; nothing comes out of the years)
        gaps = []
    dated = _certificate_date(text, today) if gaps and gaps_said and profile.years_total is None else None
    # (the certificate's year: its date, the least time since it back from today)
    certificate_year = (today.year * 12 + today.month - 1 - round(dated[0] * 12)) // 12 if dated is not None else None
    if dated is not None and all(_years_said_before(text[max(0, gap.start - 24):gap.end + 4], certificate_year)
                                 for gap in gaps_said):
        # ("was sick most of 2022, like a year off … got 三级 in 2023": the break came before the certificate, not in the
        # years since it)
        gaps = []
    if gaps:  # "二级证拿了四年，但中间有一年没上班": three years of work since, not four
        _take_out_gaps(profile, gaps)
    # ("2023年我有半年去进修，那半年没有工作": no work in the stretch pointed at, a break, not none at all)
    if not by_role[_TOTAL] and _says_of_asker(vocab.NO_WORK, _before_a_start_dropped(_BEFORE_THE_START_SAID.sub(" ", _NO_WORK_IN_THAT_STRETCH.sub(" ", text)))):
        profile.years_total = 0.0  # (not of the time before a start: "started … on 15 March 2026. before that I was a student, never worked")
    if by_role[_SINCE] and re.search(vocab.CONTINUED_TO_NOW, text):
        profile.worked_since_certificate = True  # the years since said, and the work went on after them
    if profile.years_total is None and not by_role[_TOTAL] and re.search(vocab.WORKED_SINCE_GRADUATION, text) \
            and (year := vocab.GRADUATION_YEAR.search(text)) is not None \
            and not re.match(r"\s*年?\s*(?:中间|期间)?\s*(?:有|停|没|冇|休)", text[year.end():]):
        # (not the year of a break said after it: "毕业后在公司做直播 不过25年有4个月没工作")
        # "graduated 2019 … working in short video promotion since I graduated": the years since that year's end
        # (the month not said: the fewest it can be)
        number = calendar_year(year.group("y1") or year.group("y2") or year.group("y3"), today)
        since, _ = _years_since_month(today, number, _month_said(year.group("month"), year.group("mname") or year.group("mname0")))
        profile.years_total = round(since, 4)
        profile.years_total_from_date = True
    if not by_role[_SINCE] and re.search(vocab.WORKED_ALL_ALONG, text) and re.search(vocab.WORK_CUE, text) \
            and profile.years_total != 0.0:  # ("一直没去上班": no work at all, all along)
        if graduated and None not in graduated and profile.years_total is None and not profile.certificate_level:
            # "graduated in accounting 4 yrs ago, been doing live selling since": four years of work
            profile.years_total = max(graduated)
        else:
            profile.worked_since_certificate = True  # "跟住一直喺公司做直播主管" after the certificate's date
    # ("拿证后一直在做电商运营 21年开始转直播": work all along since the certificate, the date only of a switch within it)
    # ("之后一直做销售管理 22年开始带直播团队": a new part of the work, taken up within it)
    all_along = re.search(r"(?:拿证|取得证书|考完|考到|拿到)?(?:后|之后|以后|后来)\s*(?:就)?一直\s*(?:在[^，,。\s]{0,6})?(?:做|干|搞|跑|当|卖)", text)
    switched_within = bool(all_along and re.search(r"(?:开始|起)\s*(?:转|改|换|带|负责|管理|(?:做|干|搞)(?![的了咗嘅]|\s*$))|" + vocab.JOB_CHANGE,
                                                   text[all_along.end():]))
    if profile.years_total is None and not switched_within and not started_other:
        started = _work_start(text, today, any_date=expecting == "work_start_date")
        if started is not None:  # "2019年开始做直播", "since march 2022 i've been streaming": the years since then
            profile.years_total, profile.years_total_from_date = started, True
            if other_ranges and profile.other_years and started > profile.other_years + 0.5 \
                    and not vocab.CALENDAR_YEAR.search(text[other_ranges_end:]) \
                    and re.search(vocab.JOB_CHANGE + r"|然后|之后|后来|跟住|\bthen\b", text[other_ranges_end:other_ranges_end + 24], re.I) \
                    and re.search(vocab.FIELD_WORK, text[other_ranges_end:]):
                # "2015年开始做销售 线下门店做到2022年 然后转做直播带货", "in sales since 2015, offline store till 2022
                # then moved to live commerce": the start said is the other work's; this work runs from its end
                # (the other work stays beside it, counted only if the evaluation body accepts it)
                started = profile.years_total = round(started - profile.other_years, 4)
            earliest = _work_start(text, today, any_date=expecting == "work_start_date", earliest=True)
            if earliest is not None and earliest > started and not profile.break_years:
                profile.years_total_at_most = earliest  # "2020年开始": from December at least, from January at most
            # (not a break before a restart: "回老家带娃两年多 今年3月重新开始直播" counts from the restart)
            # (nor a break said before the date the work runs from: "后来在家歇了一年多 23年9月开始给一个服装店播到现在",
            # "stopped for a year, back streaming since Sept 2025": the break ended where the count starts)
            break_before_start = bool(gaps_said) and all(
                _a_start_date_after(text, gap.end) for gap in gaps_said)
            if profile.break_years and profile.years_since_certificate is None and not by_role[_SINCE] and not break_before_start \
                    and not re.search(r"(?:重新|再次|又)(?:开始|开播|复播|做|播|出来|出嚟)|复播|\b(?:restarted|came back|went back|back to|back (?:since|from|in|at it))\b", text, re.I):
                # "由2024年3月做到而家，中间6月同7月…冇开播": the break comes out of the years since the start
                profile.years_total = max(started - profile.break_years, 0.0)
                profile.break_years, profile.break_taken_out = None, True
    if profile.years_total is None and not by_role[_SINCE] and (just := _JUST_STARTED.search(text)) is not None:
        # ("Jo - 19, started last month", "上个月才开始播"): a month of work at most, a week's next to none
        profile.years_total = 0.0 if re.search(r"周|礼拜|星期|week", just.group(0), re.I) else round(1 / 12, 4)
    if not by_role[_SINCE] and _says(vocab.NO_FIELD_WORK_SINCE, text):
        profile.years_since_certificate = 0.0  # "拿证后一直在厂里上班，没做直播": no years of this work since
    # ("今天刚拿到", "last month": no years since it yet; not "今天正好满4年", "刚拿一年半", "2022年11月30日发的")
    earlier_year = any(int(m.group("year")) < today.year for m in vocab.CALENDAR_YEAR.finditer(text))
    # (nor "今年3月刚拿的" in December: "刚" of a month said, months ago; the years since are the date's to give)
    if profile.years_since_certificate is None and profile.certificate_level and _says(vocab.JUST_OBTAINED, text) \
            and not any(d.years for d in durations) and not earlier_year and not _month_long_past(text, today) \
            and not re.search(vocab.JUST_IN_A_PAST_YEAR, text):
        profile.years_since_certificate = 0.0
    # (a date with no certificate anywhere in the message is no certificate's: "quit for 3 years, came back in 2024")
    if profile.certificate_level != NO_CERTIFICATE and (profile.certificate_level is not None or expecting == "certificate_date"
                                                        or re.search(_ANY_CERTIFICATE_WORD, text)):
        dated = _certificate_date(text, today, any_date=expecting == "certificate_date")
        if dated is not None and profile.certificate_level is None and profile.target_level is not None \
                and _DEADLINE_ASKED.search(text):
            dated = None  # ("小周今年年底前能不能直接报四级": the date the level is asked for by, no certificate's)
        if dated is None and profile.certificate_level:
            dated = _date_of_level(text, profile.certificate_level, today)  # "L5 in Mar 2022, L4 in Oct 2024"
        # A date says when the certificate came, not that the person worked since: only a message that
        # also speaks of work ("2019年拿的四级，之后一直做直播") makes it years of work since.
        if dated:
            profile.years_since_at_most = float(dated[1])  # rules out what needs more, says nothing of work
            profile.certificate_age = float(dated[0])  # the least it can be: work said since in a later message counts it
        # (a platform named as where the exam was taken is no work: "through the Taobao exam")
        # (nor another occupation's certificate named: the 运营 of "全媒体运营师 四级 from 2021" is no work since)
        unworked = re.sub(vocab.JOB_NAME + r"|全媒体运营师|电子商务师|电商师|电商运营师|营销员|营销师|(?:taobao|淘宝|抖音|douyin|快手|kuaishou|alibaba|阿里巴?巴?)\s*(?:的)?\s*(?:live\s+)?(?:exam|test|assessment|考试|认证|考点|考核)", " ", text)
        # ("我19年考过一个'带货主播'的证": a certificate's name in quotes is no work said)
        unworked = re.sub(r"['‘\"“「『][^'’\"”」』]{1,24}['’\"”」』]", " ", unworked)
        if dated and not by_role[_SINCE] and (dated[0] == 0 or re.search(vocab.WORK_CUE, unworked)
                                              or (profile.worked_since_certificate and re.search(vocab.WORKED_ALL_ALONG, text))):
            profile.years_since_certificate = float(dated[0])
            profile.years_since_from_date = True
            if profile.break_years and profile.years_total is None and profile.break_years < dated[0]:
                # "五級證2021年12月攞，但係中間有兩年冇做直播": the time since it, less the break
                profile.years_since_certificate = round(dated[0] - profile.break_years, 4)
                profile.years_since_at_most = max(profile.years_since_at_most - profile.break_years, 0.0)
                profile.break_years, profile.break_taken_out = None, True
            if profile.years_total is not None and by_role[_TOTAL] and not whole:
                profile.years_total = None  # "2016年考的，一直在做电商运营，最近三年转直播": the three are a part
            back = _back_after_other_work(text, today)
            if back is not None and back < profile.years_since_certificate:
                # "21年12月考了五级，之后就去送外卖了，今年5月才重新回来做直播": the work since the certificate is since the return
                profile.years_since_certificate, profile.break_taken_out = back, True
                profile.years_since_at_most = min(profile.years_since_at_most, back) if profile.years_since_at_most is not None else back
            elif profile.years_total_from_date and profile.years_total is not None and profile.worked_since_certificate \
                    and profile.years_total < profile.years_since_certificate and re.search(vocab.JOB_CHANGE, text) \
                    and re.search(vocab.OTHER_WORK, text):
                # "营销员四级证（2019年拿的），一直在做销售，今年转做直播": the start said is the change's; the work
                # since the certificate runs through the other job (whether it counts is noted for the body to decide)
                profile.years_total, profile.years_total_from_date = None, None
        elif dated and (profile.years_since_certificate or 0) > dated[1]:
            profile.years_since_certificate = None  # more years than the date allows: one of them is misread
    if profile.before_certificate and profile.years_total_before and profile.worked_since_certificate \
            and profile.years_since_certificate is not None and profile.years_total is not None:
        # "五级证书是2024年1月拿到的，在这之前我已经做了整整3年主播了…一直没停": the years before it and the
        # years since, both worked, are the total
        profile.years_total = round(profile.years_total + profile.years_since_certificate, 4)
        profile.years_total_before = None
    elif profile.years_since_certificate is not None and profile.years_total is not None and not re.search(vocab.TOTAL_SAID, text) \
            and re.search(r"(?:拿|考|取得|攞)(?:到|了|咗)?(?:证|证书)?(?:之|以)?前[^，,。]{0,8}?[\d一二两三四五六七八九十半]", text) \
            and re.search(r"(?:拿|考|取得|攞)(?:到|了|咗)?(?:证|证书)?(?:之|以)?后", text):
        # "拿证前做了2年 拿证后1年": the years before the certificate and the years since, said apart, are the total
        profile.years_total = round(profile.years_total + profile.years_since_certificate, 4)


_STARTS_AT_IT = re.compile(r"\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份|初|底|中)?\s*(?:又|重新|再|才)?\s*(?:开始|开播|复播|起|回来|出来)")


def _a_start_date_after(text: str, position: int) -> bool:
    """A start date (a year, or a year said relative to today, with a start word: "23年9月开始", "since Sept 2025") is
    said after `position` in `text`."""
    later = text[position:]
    dates = [*vocab.CALENDAR_YEAR.finditer(later), *(m for pattern, _ in vocab.RELATIVE_YEARS for m in re.finditer(pattern, later))]
    return any(_STARTS_AT_IT.match(later[m.end():]) or re.search(r"(?:\bsince|\bfrom|从|自从?|由)\s*(?:[a-z]+\.?\s+)?$", later[max(0, m.start() - 16):m.start()])
               for m in dates)


def _work_named_before(text: str, d: _Duration) -> str:
    """The clause of a duration, or the nearest one before it in the same sentence that names work ("我同时在两家公司
    兼职做主播，一家干了8个月，另一家同一时期干了10个月": both are the hosting's)."""
    lo, hi = _clause(text, d.start, d.end)
    sentence_start = max((m.end() for m in re.finditer(_SENTENCE_END, text[:d.start])), default=0)
    while lo > sentence_start:
        before = text[sentence_start:lo].rstrip("，, ")
        cut = max((m.end() for m in re.finditer(r"[，,]", before)), default=0)
        clause = before[cut:]
        if re.search(vocab.FIELD_WORK + "|" + vocab.OTHER_WORK, clause, re.I):
            return clause + "，" + text[lo:hi]
        lo = sentence_start + cut
    return text[lo:hi]


def _nearest_work_is_field(said: str, text: str, d: _Duration) -> bool:
    """Whether the work `said` of a duration is this line of work: the work word nearest the figure decides when
    both kinds are named ("在淘宝店做了3年客服": customer service, at a Taobao shop; "8 years in 电话销售 and 2 yrs
    as 直播销售员": the live selling is the two years')."""
    at = text.find(said, max(0, d.start - len(said)))
    if at < 0:
        return bool(re.search(vocab.FIELD_WORK, said)) and not re.search(vocab.OTHER_WORK, said)
    # (one stretch after another in one clause, "4 yrs as taobao customer service then 2.5 yrs as a live host": each
    # figure's own stretch, between the "then"s)
    cues = [(at + m.start(), at + m.end()) for m in re.finditer(vocab.SEQUENCE, said, re.I)]
    lo = max([end for start, end in cues if end <= d.start], default=at)
    hi = min([start for start, end in cues if start >= d.end], default=at + len(said))
    if re.search(vocab.FIELD_WORK + "|" + vocab.OTHER_WORK, text[lo:hi], re.I):
        said, at = text[lo:hi], lo
    def distance(m: re.Match) -> int:
        start, end = at + m.start(), at + m.end()
        return 0 if start < d.end and end > d.start else min(abs(start - d.end), abs(d.start - end))
    # (a platform or a company's line of business is where work was done, not what it was: "4 yrs as Taobao customer
    # service" is customer service; a role of this work named beside other work still decides by nearness)
    others = list(re.finditer(vocab.OTHER_WORK, said, re.I))
    def qualifies_other(m: re.Match) -> bool:
        # a place word with other work named just after it: "电商客服", "Taobao customer service", or with this
        # figure between the two ("淘宝店做了3年客服"); not another stretch's ("十年电商运营 中间有两年做地产")
        return any(0 <= o.start() - m.end() <= 8 and (not re.search(r"[\d两二三四五六七八九十半]", said[m.end():o.start()])
                                                       or at + m.end() <= d.start and d.end <= at + o.start())
                   for o in others)
    field_words = [distance(m) for m in re.finditer(vocab.FIELD_WORK, said, re.I)
                   if not (re.fullmatch(vocab.FIELD_PLACE, m.group(0), re.I) and qualifies_other(m))]
    other_words = [distance(m) for m in others]
    if not field_words:
        return False
    return not other_words or min(field_words) < min(other_words)


def _on_different_platforms(text: str, durations: list[_Duration], names: dict[str, str] = vocab.PLATFORMS) -> bool:
    """Each duration has a platform (or a line of work, with `names`) of its own, named once, all on the same side
    of its figures: "抖音带货两年 快手一年" (name, figure, name, figure) or "2 years on Taobao and 1 year on Douyin"
    (figure, name, …); "做咗三年選品 兩年直播" with the lines of work."""
    named = sorted((m.start(), platform) for platform, pattern in names.items()
                   for m in re.finditer(pattern, text, re.I))
    if len(named) != len(durations) or len({platform for _, platform in named}) != len(named):
        return False
    starts = [d.start for d in durations]
    ends = [d.end for d in durations]
    before = all(at < start and (i == 0 or ends[i - 1] <= at) for i, ((at, _), start) in enumerate(zip(named, starts)))
    after = all(end <= at and (i == len(named) - 1 or at < starts[i + 1]) for i, ((at, _), end) in enumerate(zip(named, ends)))
    return before or after


def _back_after_other_work(text: str, today: date) -> float | None:
    """Years since the return to this work, when other work came between ("…之后就去送外卖了，今年5月才重新
    回来做直播"); None when no such return is dated."""
    for m in vocab.BACK_ON_A_DATE.finditer(text):
        if not re.search(vocab.OTHER_WORK, text[:m.start()]):
            continue
        year = calendar_year(m.group("year") or m.group("year2") or m.group("year3"), today)
        if 1990 <= year <= today.year:
            since, _ = _years_since_month(today, year, _month_said(m.group("month") or m.group("month2"), m.group("mname")))
            return round(since, 4)
    return None


_MONTH_ABBREVIATIONS = tuple(vocab.MONTHS)
_DAY_DATES = (
    # "2022年12月20日", "2022.12.20", "2022/12/20"
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]"
               r"|[./](?P<m2>1[0-2]|0?[1-9])[./](?P<d2>3[01]|[12]\d|0?[1-9])(?![\d./]))"),
    # "2022-12-05" (an ISO date, written back as "2023-01" when the day is later in the month than today's)
    re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m3>1[0-2]|0[1-9])-(?P<d3>3[01]|[12]\d|0[1-9])(?![\d-])"),
    # "20 Dec 2022", "the 3rd of March 2023"
    re.compile(rf"\b(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{vocab._MONTH_NAMES})[a-z]*\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b"),
    # "Dec 20, 2022", "December 20th 2022"
    re.compile(rf"\b(?P<mn>{vocab._MONTH_NAMES})[a-z]*\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b"),
)


def _dates_to_the_month(text: str, today: date) -> str:
    """A date with its day ("2022年12月20日", "20 Dec 2022") read to the month, as every date is, and rounded so
    that the time since it is never overstated: a day later in the month than today's counts from the month
    after ("20 Dec 2022" on 1 Dec 2026 is 3 years 11 months ago, not 4 years)."""
    def to_month(match: re.Match) -> str:
        year, month = counted_month(*_day_date(match), today)
        if match.groupdict().get("m3") is not None:
            return f"{year}-{month:02d}"
        english = match.groupdict().get("mn") is not None
        return f"{_MONTH_ABBREVIATIONS[month - 1]} {year}" if english else f"{year}年{month}月"
    for pattern in _DAY_DATES:
        text = pattern.sub(to_month, text)
    return text


def _day_date(match: re.Match) -> tuple[int, int, int]:
    """(year, month, day) of a date said with its day, matched by one of `_DAY_DATES`."""
    groups = match.groupdict()
    month = int(groups.get("m") or groups.get("m2") or groups.get("m3") or 0) or vocab.MONTHS[groups["mn"][:3]]
    return int(groups["y"]), month, int(groups.get("d") or groups.get("d2") or groups.get("d3"))


def counted_month(year: int, month: int, day: int, today: date) -> tuple[int, int]:
    """The month a date said with its day is counted from: its own, or the next when the day is later in the month
    than today's (so the time since it is never overstated)."""
    if day <= today.day:
        return year, month
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _full_years(text: str) -> str:
    """"21年3月到23年3月" -> "2021年3月到2023年3月", "15到21年" -> "2015年到2021年": dates, not durations."""
    # "有个level 5 cert", "做live selling嘅": Latin words against Chinese characters stand apart (a regex's \b sees none)
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff])", " ", text)
    text = re.sub(r"\bw/o\b", "without", text)  # "level 4 w/o the level 5 cert"
    text = re.sub(r"(?:今年|去年|上年|前年)\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[）)]", r"\1年", text)  # "去年（2025年）3月": the year itself
    text = re.sub(r"\b(early|mid|late)-((?:19|20)\d{2})\b", r"\1 \2", text)  # "since mid-2022"
    text = re.sub(rf"\((?!(?:{vocab._MONTH_NAMES})[a-z]*\))([a-z][a-z\s'-]*)\)", r" \1 ", text)  # "started as a 主播助理 (streamer assistant) in…": a gloss

    # "since way before that, like 2018": since that year
    # ("since her second year, around oct 2024": since that month)
    text = re.sub(r"\bsince\b[^.;!?\d]{0,30}?,?\s*\b(?:like|around|about|maybe|roughly)\s+(?=(?:(?:" + vocab._MONTH_NAMES + r")[a-z]*\.?\s+)?(?:19|20)\d{2}\b)", "since ", text)
    text = vocab.SHORT_YEAR_RANGE.sub(lambda m: f"20{m.group(1)}年", text)
    text = vocab.EVENT_AFTER_YEAR.sub(_event_month, text)
    # "took 2023 off completely": a whole calendar year off
    # ("took the whole of 2020 off", "took all of 2020 off")
    text = re.sub(r"\b(?:took|take|had|taken)\s+(?:(?:the\s+)?whole\s+of\s+|all\s+(?:of\s+)?)?((?:19|20)\d{2})\s+(?:completely\s+|entirely\s+)?off\b",
                  r"took a year off in \1", text)
    # "stopped working for the whole of 2024", "stopped streaming during all of 2023": a whole calendar year off
    text = re.sub(r"\b(?:stopped|quit|paused|took\s+a\s+break\s+from)\s+(?:work|stream|host|sell|working|streaming|hosting|selling)?\s*"
                  r"(?:for|during|in|throughout)\s+(?:the\s+whole\s+of\s+|all\s+of\s+|the\s+entire\s+|the\s+whole\s+)?((?:19|20)\d{2})\b(?!\s*[-–—]|\s+(?:to|till|until|and)\b)",
                  r"took a year off in \1", text)
    # "all of 2021 and 2022", "the whole of 2021 and 2022": January of the first to December of the second
    text = re.sub(r"\b(?:all\s+of|the\s+whole\s+of|the\s+entire\s+years?\s+of|throughout)\s+((?:19|20)\d{2})\s+(?:and|&|to|through)\s+((?:19|20)\d{2})\b",
                  lambda m: f"jan {m.group(1)} - dec {m.group(2)}" if int(m.group(2)) == int(m.group(1)) + 1 else m.group(0), text)
    # "didn't work at all during 2024", "did not stream in 2023": a whole calendar year off
    text = re.sub(r"\b(?:didn'?t|did\s+not|wasn'?t|was\s+not)\s+(?:work|stream|host|sell|working|streaming|hosting)(?:ing)?\s+(?:at\s+all\s+)?(?:during|in|for)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?((?:19|20)\d{2})\b",
                  r"took a year off in \1", text)
    # "2019 jan-dec": the year before its months; "2021 whole year", "all of 2021": January to December
    text = re.sub(r"\b((?:19|20)\d{2})\s*[,:]?\s+((?:" + "|".join(vocab.MONTHS) + r")[a-z]*\.?\s*(?:–|-|—|to|till|until)\s*(?:"
                  + "|".join(vocab.MONTHS) + r")[a-z]*\.?)", r"\2 \1", text)
    text = re.sub(r"\b((?:19|20)\d{2})\s+(?:the\s+)?(?:whole|entire|full)\s+year\b(?!\s+off)|\b(?:all\s+of|the\s+whole\s+of|whole|the\s+entire)\s+((?:19|20)\d{2})\b(?!\s+off)",
                  lambda m: f"jan {m.group(1) or m.group(2)} to jan {int(m.group(1) or m.group(2)) + 1}", text)  # (a whole year: twelve months)
    # "2021.3-2022.8": a stretch between two dates written with dots
    text = re.sub(r"((?:19|20)\d{2})[./](1[0-2]|0?[1-9])\s*(?:-|–|—|~|到|至)\s*((?:19|20)\d{2})[./](1[0-2]|0?[1-9])(?!\d)",
                  lambda m: f"{m.group(1)}年{int(m.group(2))}月到{m.group(3)}年{int(m.group(4))}月", text)
    # "4级证（2020.11）": a year and month written with a dot
    text = re.sub(r"(?<![\d.])((?:19|20)\d{2})[./](1[0-2]|0?[1-9])(?![\d.])", lambda m: f"{m.group(1)}年{int(m.group(2))}月", text)
    # "since 2022-03": a year and a two-digit month written with a hyphen (not "2019-2022", "2019-20")
    text = re.sub(r"(?<![\d.\-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d\-])", lambda m: f"{m.group(1)}年{int(m.group(2))}月", text)
    # "入行：2020.10", "start: 2021-03": a start written as a label and its date, the work from then on
    text = re.sub(r"(?:入行|入职|入職|开播|開播|从业|從業|\bstart(?:ed)?)\s*(?:时间|時間|日期|date)?\s*[:：]\s*((?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?)",
                  r"\1开始做", text, flags=re.I)
    # "Jan–Aug 2021", "2021年1月到8月": both ends in the year said once
    # (not a certificate's: "obtained Sept–Dec 2022" dates certificates, and its last month is the one counted)
    def of_work(m: re.Match) -> bool:
        return not re.search(r"obtain|got|get|cert|issued|拿|考|取得|获得|证", text[max(0, m.start() - 24):m.start()])
    text = vocab.MONTHS_IN_ONE_YEAR_EN.sub(lambda m: f"{m.group(1)} {m.group(4)} to {m.group(2)}{m.group(3)} {m.group(4)}"
                                           if of_work(m) else m.group(0), text)
    text = vocab.MONTHS_IN_ONE_YEAR_ZH.sub(lambda m: f"{m.group(1)}年{m.group(2)}月{m.group(3)}{m.group(1)}年{m.group(4)}月"
                                           if of_work(m) else m.group(0), text)
    text = vocab.SHORT_YEAR_AFTER_TO.sub(lambda m: f"{m.group(1)}20{m.group(2)}", text)
    text = vocab.SHORT_YEAR.sub(lambda m: f"20{m.group(1)}", text)
    # "小李是2022年应届进来的": a graduate of that year, starting then (no final-year student now)
    text = re.sub(r"((?:19|20)\d{2})\s*年\s*(?:的)?\s*应届(?:毕业)?生?\s*(?:就|毕业就|一毕业就)?\s*(?=进|入职|加入|来)",
                  r"\1年毕业 \1年", text)
    # "去年五月", "2022年十月": a month spelled out is a month's number
    text = vocab.SPELLED_MONTH.sub(lambda m: f"{m.group(1)}{vocab.SPELLED_MONTHS.index(m.group(2)) + 1}", text)
    # "今年考了四级，6月拿的证": the month the certificate came is in the year said before it
    text = re.sub(r"(今年|去年|前年)([^。！？!?\n]{0,20}?[，,]\s*)(?=(?:1[0-2]|0?[1-9])\s*月(?:份)?\s*(?:拿|攞|取得|获得|下|出)(?:到|咗|了)?(?:的)?\s*证)",
                  r"\1\2\1", text)
    # "2020年尾 大概11月": the part of the year, then its month: the month
    text = re.sub(r"((?:19|20)\d{2})\s*年\s*(?:尾|底|初|中|末)[，,\s]*(?:大概|大约|应该|估计|差不多|可能)?\s*(1[0-2]|0?[1-9])\s*月",
                  r"\1年\2月", text)
    # "2023年成年冇做", "2023年全年没播": a whole calendar year off is a break of one year
    text = vocab.WHOLE_YEAR_OFF.sub(lambda m: f"{m.group(1)}，有一年没", text)
    text = vocab.YEAR_STOPPED_WHOLE.sub(lambda m: f"{m.group(1)}{m.group(2)}，有一年没做", text)
    text = vocab.MONTHS_OFF.sub(lambda m: f"有{len(re.findall(r'月', m.group(0)))}个月没做", text)
    # "三年制", "学制3年": a programme's length, no years of work
    text = re.sub(r"[一二三四五两\d]\s*年制|学制\s*[一二三四五两\d]\s*年", lambda m: " " * len(m.group(0)), text)
    # "a 3 yr 大专 in e-commerce": the programme's length, no years of work
    text = re.sub(r"\b[1-5]\s*-?\s*(?:yr|year)s?\s+(?=(?:full-time\s+|part-time\s+)?(?:大专|高职|中职|中专|本科|技校|college|degree|diploma|course|program|bachelor|master|associate|undergrad|uni\b|university))",
                  lambda m: " " * len(m.group(0)), text)
    # "our 直播电商 program is 3 years", "课程是两年": a programme's length, no years of work
    text = re.sub(r"(?:\b(?:program(?:me)?|course|degree|diploma)\s+(?:is|lasts|takes|runs)\s+(?:for\s+)?[1-5]\s*-?\s*(?:yr|year)s?\b"
                  r"|(?:课程|专业|学制|项目)\s*(?:是|为|读|要读)\s*[一二三四五两\d]\s*年)",
                  lambda m: " " * len(m.group(0)), text, flags=re.I)
    # "我这两年一直兼职带货": the years said by "these N years" of part-time work (not "这三年一直在做" after a
    # certificate's date, which says the work went on since it)
    text = re.sub(r"(?:这|近|最近|过去)\s*([两二三四五六七八九十\d]+)\s*年(?:来|里|间)?\s*(?=(?:都|也)?(?:一直|都在|在)?\s*(?:兼职|业余|副业|下班后|晚上))",
                  r"\1年来", text)
    # "我干了五年半了，差半年满六年": the shortfall restates the years said; only they are read
    return vocab.SHORT_OF.sub(lambda m: " " * len(m.group(0)), text)


# The month a part of a year names, at either end of a stretch ("2021年尾开始…做到2023年中": December to June).
_PART_MONTH = {"初": 1, "中": 6, "底": 12, "末": 12, "尾": 12}


def _part_month_en(part: str | None) -> int | None:
    """The month "early", "mid" or "the end of" a year names at an end of a stretch (January, June, December)."""
    if not part:
        return None
    part = part.lower()
    # (a season is its middle month: "summer 2020" is July; winter, said of a year, its December)
    season = re.search(r"spring|summer|autumn|fall", part)
    if season:
        return {"spring": 4, "summer": 7, "autumn": 10, "fall": 10}[season.group(0)]
    return 1 if re.search(r"early|start|beginning", part) else 6 if re.search(r"mid", part) else 12


def range_ends(m: re.Match) -> tuple[int, int | None, int, int | None]:
    """(first year, its month, last year, its month) of a vocab.DATE_RANGE match; a month is None when not said."""
    if m.group("y1"):
        m1 = int(m.group("m1")) if m.group("m1") else _PART_MONTH.get(m.group("e1") or "")
        m2 = int(m.group("m2")) if m.group("m2") else _PART_MONTH.get(m.group("e2") or "")
        return int(m.group("y1")), m1, int(m.group("y2")), m2
    m1 = vocab.MONTHS.get((m.group("n1") or "")[:3].lower()) or _part_month_en(m.group("p1"))
    m2 = vocab.MONTHS.get((m.group("n2") or "")[:3].lower()) or _part_month_en(m.group("p2"))
    return int(m.group("y3")), m1, int(m.group("y4")), m2


def _date_ranges(text: str) -> list[tuple[int, int, float]]:
    """(start, end, years) of each stretch between two dates in `text`; months count when said."""
    found = []
    for m in vocab.DATE_RANGE.finditer(text):
        y1, m1, y2, m2 = range_ends(m)
        if y2 < y1 or not 1990 <= y1 <= 2100:
            continue
        months = (y2 - y1) * 12 + ((m2 or 1) - (m1 or 1)) if (m1 or m2) else (y2 - y1) * 12
        if months > 0:
            found.append((m.start(), m.end(), round(months / 12, 4)))
    return found


def _in_different_years(text: str, durations: list[_Duration]) -> bool:
    """Each stretch said with its own year ("5 months in 2023 and 8 months in 2025", "2023年做了5个月"): separate, they add up."""
    years = []
    for d in durations:
        near = re.search(r"(?:19|20)\d{2}", text[max(0, d.start - 8):d.end + 10])
        if not near:
            return False
        years.append(near.group(0))
    return len(set(years)) == len(years) > 1


def _years_said_before(words: str, year: int) -> bool:
    """Whether `words` name a calendar year, every one of them before `year`."""
    said = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", words)]
    return bool(said) and all(y < year for y in said)


_NO_WORK_IN_THAT_STRETCH = re.compile(r"(?:那|这|嗰)(?:半年|几个月|段时间|[一二两三四五六七八九十\d]+\s*(?:年|个月))[^，,。]{0,3}(?:都|也)?(?:没有?|冇|未)(?:工作|上班|做|返工)")


# A stretch told as earlier than the one just told ("再之前", "before that")
_EARLIER_STILL = re.compile(r"再之前|再往前|在那之前|在这之前|更早(?:之前|以前)?|\bbefore that\b|\bprior to that\b|\bbefore then\b", re.I)


def _take_out_gaps(profile: Profile, gaps: list[float | None]) -> None:
    """A break said beside one figure comes out of it; an unsized break ("停过几个月") or a figure it
    could belong to either of leaves the years unknown, so the engine asks."""
    figures = [name for name in YEAR_FIELDS if getattr(profile, name) is not None]
    if not figures and all(gap is not None for gap in gaps):
        profile.break_years = sum(gaps)  # kept for the figure said in an earlier message (Profile.merge)
        return
    if len(figures) != 1:
        return
    name = figures[0]
    if any(gap is None for gap in gaps):
        setattr(profile, name, None)
        return
    setattr(profile, name, max(getattr(profile, name) - sum(gaps), 0.0))


# A date said as the deadline to apply by ("今年年底前能不能报四级", "明年6月之前考得到吗", "before the end of the year")
_DEADLINE_ASKED = re.compile(r"(?:年底|年尾|年末|\d{1,2}\s*月(?:份|底)?)\s*(?:之前|以前|前)\s*(?:能|可以|可不可以|能不能|可唔可以|要|就|报|考|申报)"
                             r"|\bbefore\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b", re.I)
_ANY_CERTIFICATE_WORD = (r"证|證|cert|qualif|level|\blv?l?\s*[1-5]\b|[一二三四五1-5]\s*级|拿|攞|考|取得|获得|领|\bgot\b|\bget\b|obtain|receiv|"
                         r"issued|earned|passed")


_RULE_DATE = re.compile(r"(?:更新|公告|通知|规定|政策|新规|新规定|文件|发布|出台|\bupdate|\bnotice|\bannouncement|\bregulation|\brule)\s*[（(：:]?\s*(?:19|20)\d{2}\s*(?:年)?\s*[)）]?"
                        r"|(?:19|20)\d{2}\s*(?:年)?\s*[)）]?\s*(?:的|嘅)?\s*(?:官方)?(?:更新|公告|通知|规定|政策|新规|文件|update|notice|announcement|regulation|rule)", re.I)


_AS_OF_DATE = re.compile(r"(?:现在|如今|今年|而家|宜家)(?:都|已经|经已|是|系)*\s*(?:19|20)\d{2}\s*年(?=\s*(?:了|啦|喇|嘞|咯|，|,|\s|$))|(?:\bas\s+(?:of|at)|截至|截止到?)\s*(?:[a-z]{3,9}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[a-z]{3,9}\.?\s+)?"
                         r"(?:19|20)\d{2}(?:\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?)?", re.I)


def _certificate_date(text: str, today: date, any_date: bool = False) -> tuple[float, float] | None:
    """(least, most) years since the certificate from its date ("拿证是2021年", "去年考到的", "2022年8月拿的",
    "got it in june 2023"), if one is said."""
    this_year = today.year
    # the date of a rule or an announcement quoted ("官方更新（2026）：…", "the 2023 notice says") is no certificate's
    text = _RULE_DATE.sub(lambda m: " " * len(m.group(0)), text)
    # nor is the day a count is made to ("so thats 6 full years as of Dec 1 2026", "截至2026年12月")
    text = _AS_OF_DATE.sub(lambda m: " " * len(m.group(0)), text)
    # A calendar year alone says at least (this year - year - 1): the month is unknown; with its month the
    # months are counted. A date in the future or before 1990 is not that of a certificate anyone holds.
    mentions = []
    for m in vocab.CALENDAR_YEAR.finditer(text):
        year = int(m.group("year"))
        if not 1990 <= year <= this_year:
            continue
        months = _months_since(text, m, today)
        if months is not None:
            mentions.append((rf"(?<!\d){year}(?!\d)", months / 12, months / 12))
        else:  # at least from that year's December, at most from its January
            mentions.append((rf"(?<!\d){year}(?!\d)", *_years_since_month(today, year, None)))
    found = set()
    # the job types' names are no work or certificate words ("I'm L2 视频创推员 since Aug 2022": 视频 is no work said)
    masked = re.sub(vocab.JOB_NAME, lambda name: " " * len(name.group(0)), text)
    # nor is a diploma's ("今年的应届生还没拿到毕业证": no date of a skill certificate)
    # (nor a professional title's: "我2022年取得了中级经济师")
    masked = re.sub(r"(?:还)?(?:没有?|未)?(?:拿到|拿|取得|领到|领|评上|评了)?了?(?:毕业证|学位证|结业证|(?:" + vocab.TITLE_GRADES + r")?(?:" + vocab.TITLE_NOUNS + r"))书?(?:[^，,。]{0,2}(?:拿到?|取得|领到?)了?)?|(?:\b(?:got|received|obtained|earned|get)\s+(?:the\s+|a\s+|my\s+|its\s+)?)?\b(?:completion|graduation|training)\s+cert(?:ificate)?s?\b",
                    lambda m: " " * len(m.group(0)), masked)
    # nor a platform that ran the assessment ("2022年3月在淘宝直播考的四级": Taobao Live, where it was taken)
    # ("22年3月淘宝直播和阿里那场考的四级", "在淘宝直播参加阿里的考试 拿了四级")
    masked = re.sub(r"(?:淘宝|抖音|快手|视频号|阿里)直播(?=[^，,。]{0,10}?(?:考|拿|攞|取得|认证|组织))", lambda m: " " * len(m.group(0)), masked)
    for pattern, back in vocab.RELATIVE_YEARS:  # "去年底拿的": December of last year; "前年": some month of that year
        for m in re.finditer(pattern, text):
            month = _month_of(text, m)
            if month is None:  # "去年考的": a year back at least; at most from that year's January, not a whole two years
                mentions.append((re.escape(m.group(0)), float(back), max(float(back), _years_since_month(today, this_year - back, 1)[1])))
                continue
            mentions.append((re.escape(m.group(0)), *_years_since_month(today, this_year - back, month)))
    last = None  # the date said last, with where it was said
    for pattern, least, most in mentions:
        for m in re.finditer(pattern, text):
            lo, hi = _clause(text, m.start(), m.end(), vocab.CONJUNCTION)
            if lo >= 2 and re.fullmatch(r"\s*(?:back\s+)?(?:in|since|from|on)?\s*(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d{2}\s*[.!]?\s*", text[lo:hi], re.I):
                # ("…certificate, level 4, back in 2015": a date alone in its clause dates the clause before)
                lo = _clause(text, lo - 2, lo - 1, vocab.CONJUNCTION)[0]
                if lo >= 2 and re.fullmatch(r"\s*(?:" + vocab.JOB_NAME + r"|" + vocab.JOB_SAID_EN + r")\s*", text[lo:_clause(text, lo, lo + 1, vocab.CONJUNCTION)[1]], re.I):
                    # ("lvl 2 technician cert, 选品员, nov 2022": the job type's name between the level and its date)
                    lo = _clause(text, lo - 2, lo - 1, vocab.CONJUNCTION)[0]
            # ("今年刚上完一级的培训": the training's date, not a skill certificate's)
            training = re.search(vocab.TRAINING_WORD, text[lo:hi]) and not re.search(r"(?<!结业)证|\bcert", text[lo:hi])
            # (a question to take a level after a date the certificate word names, "cert is from 2022 can i do 中级",
            # leaves it the certificate's; "今年能申三级吗", "2025年11月就可以报一级了吧" are dates of the asking)
            # (a date said to correct the certificate's, "哦不对 是2022年11月 一直在做…现在能报四级吗": an ask after it is no
            # date of the asking)
            asks = re.search(vocab.ASKS_TO_TAKE, text[lo:m.start()] if any_date else text[lo:hi]) and not (
                re.search(r"(?:\bcert(?:ificate)?|证书?)\s*(?:is|was|是)?\s*(?:from|dated|since)\s*(?:[a-z]+\.?\s+)?$", text[lo:m.start()], re.I)
                and not re.search(vocab.ASKS_TO_TAKE, text[lo:m.start()]))
            if not training and not re.search(vocab.PLAN_CUE, text[lo:hi]) and not asks \
                    and (any_date or _nearest_event(masked, lo, hi, m.start(), m.end()) == _SINCE):
                found.add((least, most))
                if last is None or m.start() > last[0]:
                    last = (m.start(), (least, most))
    exact = {f for f in found if f[0] == f[1]}  # "前年，2024年4月": the date with its month
    if len(found) > 1 and len(exact) == 1:
        found = exact
    if len(found) > 1 and any_date:
        return last[1]  # a date said to correct one ("the standard came out Dec 2021. it was Oct 2022"): the last
    return found.pop() if len(found) == 1 else None


_FIELD_OF_THE_LEVEL = re.compile(r"((?:级|級|\blevel\s*[1-5]|\blvl\s*[1-5]|\bl[1-5]|\bcert(?:ificate)?)\s*)(in\s+" + vocab.JOB_SAID_EN + r")", re.I)
def _job_type_of_the_level(match: re.Match) -> str:
    """A level's field said in English ("level 4 in live selling") as the job type's Chinese name, which no reader takes
    for work done."""
    field = match.group(2).lower()
    name = next((zh for cue, zh in (("select", "选品员"), ("video", "视频创推员"), ("admin", "平台管理员")) if cue in field), "直播销售员")
    return f"{match.group(1)}{name}"


_DATE_AFTER_LEVEL = re.compile(r"\s*(?:" + vocab.JOB_NAME + r"|" + vocab.JOB_SAID_EN + r")?\s*(?:cert(?:ificate)?|证书?)?\s*(?:in|on|since|from|was|是|系|:|，|,|（|\()?\s*(?:(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
                               r"(?P<year>(?:19|20)\d{2})(?:\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月|[.\-/](?P<num>1[0-2]|0?[1-9])(?!\d))?")


def years_back(word: str) -> int:
    """How many years back a relative year lies ("今年" 0, "去年"/"上年" 1, "前年" 2), from vocab.RELATIVE_YEARS."""
    return next(back for pattern, back in vocab.RELATIVE_YEARS if re.fullmatch(pattern, word, re.I))


def calendar_year(said: str, today: date) -> int:
    """A year said in digits ("2019") or relative to this one ("去年", "this year")."""
    return int(said) if said.isdigit() else today.year - years_back(said)


def _month_said(number: str | None, name: str | None) -> int | None:
    """A month said as a number ("5月") or by the first three letters of its English name ("may", "Aug"); None when none is."""
    return int(number or 0) or vocab.MONTHS.get((name or "").lower())


_SEASON_MONTH = {"暑假": 7, "夏天": 7, "寒假": 1, "年初": 3, "年中": 6, "年底": 12, "年末": 12, "春天": 4, "秋天": 10}
_DATE_BEFORE_LEVEL = re.compile(r"(?:(?P<year>(?:19|20)\d{2})\s*年|(?P<rel>今年|去年|上年|前年))\s*(?:(?P<month>1[0-2]|0?[1-9])\s*月(?:份)?"
                                r"|(?P<season>暑假|夏天|寒假|年初|年中|年底|年末|春天|秋天))?[^，,。；;？?\d]{0,4}(?:考|拿|取得|考到|拿到)(?:了|到|的|过|埋)?"
                                r"\s*(?:" + vocab.JOB_NAME + r")?\s*$")


def _date_of_level(text: str, level: int, today: date) -> tuple[float, float] | None:
    """(least, most) years since the certificate of `level` from the date said right after it, when each
    level held has its own date ("got L5 in Mar 2022, L4 in Oct 2024", "五级2022年3月，四级2024年10月")."""
    for m in vocab.LEVEL.finditer(text):
        if vocab.level_of(m.group(0)) != level:
            continue
        before = _DATE_BEFORE_LEVEL.search(text[max(0, m.start() - 24):m.start()])
        if before:  # "去年考了五级，今年考了四级", "今年暑假考了互联网营销师四级"
            year = calendar_year(before.group("year") or before.group("rel"), today)
            month = int(before.group("month") or 0) or _SEASON_MONTH.get(before.group("season") or "")
            if 1990 <= year <= today.year:
                return _years_since_month(today, year, month)
        said = _DATE_AFTER_LEVEL.match(text, m.end())
        if not said or not 1990 <= int(said.group("year")) <= today.year:
            continue
        if re.match(r"\s*(?:年)?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份|初|中|底)?\s*(?:就)?(?:开始|入行|起|出来|毕业)|\s*(?:i\s+)?(?:started|began|joined)\b",
                    text[said.end():], re.I):
            continue  # "我有五級證 2016年開始做電商": the date the work began, said after the certificate
        year = int(said.group("year"))
        month = vocab.MONTHS.get(said.group("name") or "") or int(said.group("month") or said.group("num") or 0) or None
        return _years_since_month(today, year, month)
    return None


def _years_since_month(today: date, year: int, month: int | None) -> tuple[float, float]:
    """(least, most) years since a month of a year, or since some month of a year said alone (its December,
    its January)."""
    if month:
        since = _months_from(today, year, month) / 12
        return since, since
    return _months_from(today, year, 12) / 12, _months_from(today, year, 1) / 12


def _full_months(first_of_month: date, day: int, today: date) -> int:
    """Whole months from a start day to today, counting both days ("1 Dec 2025" to "30 Nov 2026": 12)."""
    months = 0
    while True:
        # the (months + 1)-th month is whole the day before the start day comes round again
        if _day_in(months_later(first_of_month, months + 1), day) - timedelta(days=1) > today:
            return months
        months += 1


def _day_in(first_of_month: date, day: int) -> date:
    """That day of the month, or its last day when the month is shorter."""
    return min(first_of_month + timedelta(days=day - 1), months_later(first_of_month, 1) - timedelta(days=1))


def _months_from(today: date, year: int, month: int) -> int:
    return max((today.year * 12 + today.month) - (year * 12 + month), 0)


def months_later(start: date, months: float) -> date:
    """The first of the month `months` (rounded) after `start`'s month."""
    total = start.year * 12 + start.month - 1 + round(months)
    return date(total // 12, total % 12 + 1, 1)


def has_dated_stretch(text: str) -> bool:
    """Whether a message says a stretch between two dates ("17年到20年在MCN当运营", "2022–2024")."""
    # ("2019到2021做過兩年電商主播": two bare years are a stretch too)
    text = re.sub(r"(?<!\d)((?:19|20)\d{2})\s*(?:到|至)\s*((?:19|20)\d{2})(?![\d年.\-/])", r"\1年到\2年", text.lower())
    return bool(_date_ranges(_full_years(text)))


def _month_of(text: str, year: re.Match) -> int | None:
    """The month said with a calendar year: "2022年8月", "2022.8", "2022-08", "august 2022", "aug of 2022"."""
    english = re.match(r",?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", text[year.end():year.end() + 12])
    if english:  # "2022, jan"
        return vocab.MONTHS[english.group(1)]
    after = re.match(vocab.MONTH_AFTER_YEAR, text[year.end():year.end() + 8]) or \
        re.match(r"\s*(?P<month>1[0-2]|0?[1-9])\s*月", text[year.end():year.end() + 6])  # "去年3月"
    if after:
        return int(after.group("month"))
    # "2019年中", "early 2022": the latest month the words allow (the years since are a lower bound)
    part = re.match(r"\s*年?\s*(上半年|下半年|初|头|中|底|末|尾|春|夏|秋|冬)", text[year.end():year.end() + 6])
    if part:  # "2022年春天开始": spring, counted from its end; "下半年": the year's second half, from its end
        return {"初": 3, "头": 3, "中": 8, "底": 12, "末": 12, "尾": 12, "春": 5, "夏": 8, "秋": 11, "冬": 12,
                "上半年": 6, "下半年": 12}[part.group(1)]
    part = re.search(r"\b(early|mid|late|end of|beginning of|start of|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?$",
                     text[max(0, year.start() - 16):year.start()])
    if part:
        return {"early": 4, "beginning of": 3, "start of": 3, "mid": 8, "late": 12, "end of": 12, "spring": 5,
                "summer": 8, "autumn": 11, "fall": 11, "winter": 12}[part.group(1)]
    before = re.search(vocab.MONTH_BEFORE_YEAR, text[max(0, year.start() - 16):year.start()])
    if before:
        return vocab.MONTHS[before.group("month")[:3]]
    return None


def _months_since(text: str, year: re.Match, today: date) -> int | None:
    month = _month_of(text, year)
    if month is None or not 1 <= month <= 12:
        return None
    months = (today.year * 12 + today.month) - (int(year.group("year")) * 12 + month)
    return months if months >= 0 else None


_CAME_BACK_ON = re.compile(r"\W*(?:(?:and|then|but)\s+)?(?:(?:i|she|he|they)\s+)?(?:came|come|got|went)\s+back(?:\s+on)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", re.I)


# The words of a start of work, its work named after it ("19年开始做淘宝店客服")
_START_THEN_WORK = re.compile(r"(?:(?:19|20)?\d{2}\s*年|\b(?:19|20)\d{2}\b)[^，,。；;\d]{0,6}?(?:开始|起|\bstarted\b|\bsince\b)")
# (narrower than vocab.FIELD_WORK on purpose: its 淘宝 and 电商 name the shop of the other work, "19年开始做淘宝店客服")
_LIVE_WORK = r"直播|带货|主播|助播|场控|选品|短视频|\blive|\bstream|\bhost"


def _started_the_other_work(text: str, duration: "_Duration") -> bool:
    """A start date said just before a figure, with other work and no live work between ("19年开始做淘宝店客服 干了两年半",
    "started as 客服 in 2019, did it for 2.5 yrs"): the figure is how long that other work lasted from the start."""
    starts = list(_START_THEN_WORK.finditer(text[:duration.start]))
    if not starts:
        return False
    between = text[starts[-1].end():duration.start]
    # (not another stretch told after the start: "2021年底开始做的 之前在服装店当了3年导购")
    return len(between) <= 24 and bool(re.search(vocab.OTHER_WORK, between)) and not re.search(_LIVE_WORK, between, re.I) \
        and not re.search(r"之前|以前|此前|先前|后来|之后|然后|\bbefore\b|\bthen\b|\bafter\b|\bprior\b", between, re.I)


# A stretch said as before the work since a date ("since April 2020, and before that he sold on Taobao for a year")
# ("2024年中开始在深圳做直播主播，之前在香港自己搞IG网店搞了两年": a clause opening with 之前, after a start told)
_BEFORE_THAT_START = re.compile(r"\bbefore\s+(?:that|this|then)\b|在?(?:这|那)之前|(?<=[，,\s])(?:之前|以前|此前)(?=\s*(?:在|喺|做|干|自己|有|还|也|帮))")


def _work_start(text: str, today: date, any_date: bool = False, earliest: bool = False) -> float | None:
    """Years of work since a start date said with work ("2019年开始做直播", "从2024年1月开始做选品", "been
    streaming since march 2022"); a year alone counts from its end (at least), never more than said."""
    found, cued, in_this_work, starts_this_work = set(), set(), set(), set()  # cued: dates said with a start word ("开始", "since")
    dated: list[tuple[int, bool, float]] = []  # (calendar year, month said, years since) of each date read, in order
    dates = [(m, int(m.group("year"))) for m in vocab.CALENDAR_YEAR.finditer(text)]
    dates += [(m, today.year - back) for pattern, back in vocab.RELATIVE_YEARS for m in re.finditer(pattern, text)]
    for m, year in dates:  # "2019年开始", "去年3月开始"
        if not 1990 <= year <= today.year:
            continue
        lo, hi = _clause(text, m.start(), m.end(), vocab.CONJUNCTION)
        before, after = text[max(lo, m.start() - 64):m.start()], text[m.end():min(hi, m.end() + 16)]
        said_after = re.match(vocab.WORK_START_AFTER, after)  # "2019年开始做直播": the work follows the start word
        if said_after and re.search(r"转|\bswitched\b|\bmoved\b", said_after.group(0), re.I) \
                and re.search(vocab.OTHER_WORK, text[m.end():min(hi, m.end() + 24)]):
            said_after = None  # ("不过2024年转咗去做咗半年外卖": a move away to other work, no start of this work)
        said_before = re.search(vocab.WORK_START_BEFORE, before)  # "been streaming since march 2022"
        if said_before is None and len(dates) == 1 and not re.search(r"\bbreak\b|\boff\b|\bgap\b|停|歇|休", text, re.I):
            # ("came back may 1st 2024 and still streaming now", a message of its own after a stretch and a stop: the
            # return's date; not beside other dates or a break, which the stretches read)
            said_before = _CAME_BACK_ON.fullmatch(text[:m.start()])
        sentence = max((e.end() for e in re.finditer(_SENTENCE_END, text[:m.start()])), default=0)
        near = text[max(sentence, m.start() - 14):min(hi, m.end() + 16)] if said_after \
            else text[max(lo, m.start() - (80 if said_before else 40)):min(hi, m.end() + 24)]  # "在家做小红书视频种草带货，2024年8月开始的"
        # ("hosting Taobao Live full-time for a skincare brand since March 2019": the work is said well before "since")
        # "started 2023-06" alone, after the work was described: a start, with the work said before
        alone = len(text) <= START_ALONE_MAX and (said_after or said_before)
        # "2024年4月開始的，之前在台灣做過3年…": a message opening with the start alone dates the work said before
        # ("started in april 2019, no certificates yet" after the work was described: the start of that work)
        alone = alone or (lo == 0 and said_before and re.fullmatch(
            r"\s*(?:(?:i\s+|i've\s+|she\s+|he\s+)?(?:started|began|joined)(?:\s+(?:in|on|around|back\s+in))?"
            # ("Since March 2020, full-time.", "I've done this since Sept 2020": since then, the work said before)
            r"|(?:(?:i've|i\s+have|i'm|i\s+am)\s+(?:done|been\s+doing|doing)\s+(?:it|this|that)\s+)?(?:ever\s+)?since)\s*"
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?", text[lo:m.start()], re.I)
            and not re.search(vocab.OTHER_WORK, text[m.end():hi], re.I))
        # ("等下 我算了一下 我是2021年3月开始的": words of checking or taking back before it change nothing)
        alone = alone or (lo == 0 and said_after and re.fullmatch(_CHECKED_FIRST + r"\s*(?:我是|我系|我係|我|是|系|係|从|由|自从?)?\s*", text[lo:m.start()])
                          and re.fullmatch(r"(?:" + vocab.WORK_START_AFTER + r")\s*(?:的|嘅|咗|了|啦|喇)?\s*[，,。.!！]?\s*" + _NEVER_STOPPED, text[m.end():hi]))
        # ("I'm a 选品员 at a live commerce company, started Sep 2021": the work said earlier in the sentence)
        # ("i do beauty product live streams on weekends, since jan 2024": the work said before the comma)
        work_said = re.search(vocab.WORK_START_CUE, near) or (said_before and re.search(r"\bstart|\bbegan|\bjoined|\bsince\b|从|自从?|由", before)
                                                              and re.search(vocab.WORK_START_CUE, text[sentence:m.start()])) \
            or (said_before and sentence > 0 and not re.search(r"[?？]\s*$", text[:sentence])
                and re.match(r"\W*(?:i\s+|i've\s+|she\s+|he\s+)?(?:started|began)\b", text[sentence:m.start()], re.I)
                # ("i do tiktok shop lives for a uk skincare brand, based in guangzhou. started march 2025": the work
                # said in the sentence before)
                and re.search(vocab.WORK_START_CUE, text[max(0, sentence - 120):sentence])
                and not re.search(vocab.OTHER_WORK, text[max(0, sentence - 120):sentence], re.I)) \
            or (said_before and re.search(r"\bback(?:\s+(?:at it|to it|to work|streaming|live|on air))?\s+(?:since|from|in|on)\s+(?:[a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"
                                    # ("came back may 1st 2024 and still streaming now")
                                    r"|\b(?:came|come|got|went)\s+back\s+(?:[a-z]+\.?\s+)(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"
                                    # ("she restarted in march 2025": back at the work said before)
                                    r"|\b(?:restarted|resumed|started\s+again)\s+(?:in\s+|on\s+|from\s+|around\s+)?(?:[a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", before, re.I)) \
            or (said_after and re.match(r"[^。.;；]{0,12}?[，,]\s*(?:就|都)?一直(?:做|干|播)|[^。.;；]{0,12}?[，,]\s*(?:就)?(?:做|干|播)到(?:现在|而家|今天)"
                                        # ("22年7月开始给我们县一个服装店在抖音上播的 一直播到现在没断过": the clause said to its verb)
                                        r"|[^。.;；，,]{0,22}?(?:播|做|干|卖)(?:的|嘅)?\s+一直(?:都)?(?:在)?(?:做|干|播)(?:到|至)(?:现在|而家|今天)",
                                        text[m.end():m.end() + 40]))  # "係由2021年10月開始，一直做到而家"
        if not any_date and not alone and (not (said_after or said_before) or not work_said
                                           or re.search(vocab.NOT_WORK_START, after) or re.search(vocab.PLAN_CUE, text[lo:m.start()])
                                           or re.search(r"\binterested\b|\bfollow(?:ing|ed)\b|\bwatch(?:ing|ed)\b|关注|了解", before)
                                           # ("2023年起多地要求新入行主播必须持证上岗": the date a rule is said to start)
                                           or re.match(r"\s*(?:起|开始|以来)?[^，,。]{0,6}(?:要求|规定|必须|实施|施行|强制)", text[m.end():m.end() + 16])
                                           or re.search(r"\b(?:saying|says|said|claim(?:s|ed|ing)?|told\s+me)\b[^.;?!]{0,12}$", before, re.I)
                                           # ("個培訓班話…仲話2023年起好多地方新入行都要持證上崗": their claim's date)
                                           or re.search(r"(?:机构|培训班|学校|老师|他们|佢哋|人家|网上|广告|朋友|同事|中介)[^。；;]{0,40}(?:话|話|说|說|讲|講)[^，,。；;]{0,6}$", before)):
            # ("a training school called me saying since 2023 all new streamers must be certified": a claim's date)
            continue  # "2021年开始关注这个职业", "2016年到现在的文件": no work started then
        if _nearest_event(text, lo, hi, m.start(), m.end(), vocab.OTHER_EVENT + "|" + vocab.WORK_CUE) == _SINCE:
            continue  # "got my L3 in june 2023": the certificate's date
        if re.search(r"(?:\blevel\s*|\blvl\s*|\bl)[1-5]\b[^,.;，。\d]{0,48}\bsince\s+(?:[a-z]+\.?\s+)?$|[一二三四五]级[^,.;，。\d]{0,12}since\s+(?:[a-z]+\.?\s+)?$", before):
            continue  # "level 2 video creator-promoter since August 2024": the level held since then
        month = _month_of(text, m)
        months = (today.year * 12 + today.month) - (year * 12 + month) if month else None
        day = re.match(r"\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份)?\s*([0-3]?\d)\s*[号日]", text[m.end():m.end() + 12]) if month else None
        if day and months is not None and 1 <= int(day.group(1)) <= 31:
            # "去年12月1号正式入职", said on 30 November: a full year (the day counts), not eleven months
            months = _full_months(date(year, month, 1), int(day.group(1)), today)
        years = round((months if months is not None and months >= 0 else _months_from(today, year, 1 if earliest else 12)) / 12, 4)
        found.add(years)
        dated.append((year, month is not None, years))
        if said_after or said_before:
            cued.add(years)
            if re.search(vocab.FIELD_WORK, near) and not re.search(vocab.OTHER_WORK, near):
                in_this_work.add(years)
            if said_after and re.search(vocab.FIELD_WORK, text[m.end():hi]) and not re.search(vocab.OTHER_WORK, text[m.end():hi]):
                starts_this_work.add(years)  # (its own clause: "…淘宝客服，2020年开始做主播")
    if any_date and len(found) > 1 and len(cued) == 1:
        # "不对 是2024年3月开始的 23年是在做客服": the corrected start is the date said as a start
        return cued.pop()
    if any_date and len(found) > 1 and len({y for y, _, _ in dated}) == 1 and any(known for _, known, _ in dated):
        # "no wait, it was 2021. feb 2021": the same year said again with its month: that month
        return next(years for _, known, years in dated if known)
    if any_date and len(found) > 1 and not cued:
        # "oh wait no sorry it was sept 2021, i was still at uni in 2020": the date the correction gives comes first
        return dated[0][2]
    if len(found) > 1 and re.search(vocab.SAME_TIME, text, re.I) and not any_date:
        # "同时在两家店直播，一家从2024年6月，一家从2025年1月": jobs at the same time; the time since the first start
        return max(found)
    if len(found) > 1 and found == in_this_work and not any_date:
        # "2021年7月開始喺小紅書做視頻，之後2023年4月先開始直播帶貨": one start of this work after another, all of it since the first
        return max(found)
    if len(found) > 1 and len(cued) == len(found) and min(found) in starts_this_work and not any_date:
        if max(found) not in in_this_work and re.search(_STOPPED_BETWEEN, text):
            # "19年9月开始在电商公司做客服做到21年3月 然后休息了一年多 22年10月又出来了 在做直播带货": other work,
            # a break, then this work: its years are since the last start (the other work is noted apart)
            return min(found)
        # "2016年開始做淘寶客服，2020年開始做主播，冇斷過": one start after another, the last in this work, as for
        # a change of job below (the other work is noted for the evaluation body to decide)
        return max(found)
    if len(found) > 1 and re.search(vocab.JOB_CHANGE, text):
        # "2019年开始在服装店当店员，2022年6月转做淘宝客服，今年3月开始做直播": one start after another, each
        # ending the last; all of it since the first (what counts as related work is for the evaluation body)
        return max(found)
    if len(found) > 1 and len(in_this_work) == 1 and min(found) in in_this_work and len(cued) == len(found) and not any_date:
        # ("been in sales since 2012 — department store 4 yrs, then an online shop, and streaming since 2019"): one start
        # of this work, the last of the starts, the others other work; the years since it (the other work is noted apart;
        # a later start of other work, "2019年开始做直播，2023年开始去工厂上班", ends this work at a date not said)
        return next(iter(in_this_work))
    return found.pop() if len(found) == 1 else None


# A stop between one stretch and the next ("然后家里有事休息了一年多"): the stretches are apart
_STOPPED_BETWEEN = r"休息|停了|停咗|歇了|没做了|冇做|辞职|离职|\bbreak\b|\bgap\b|\bquit\b|\bstopped\b"


def _nearest_event(text: str, lo: int, hi: int, start: int, end: int,
                   other: str = vocab.NOT_CERTIFICATE_EVENT) -> str | None:
    """_SINCE when, in text[lo:hi], the words nearest text[start:end] are about obtaining the certificate."""
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    for role, pattern in ((_SINCE, vocab.CERTIFICATE_EVENT), (_SKIP, other)):
        for m in re.finditer(pattern, text[lo:hi]):
            if lo + m.end() <= start:
                before.append((start - lo - m.end(), role))
            elif lo + m.start() >= end:
                after.append((lo + m.start() - end, role))
    # "selling since 2018 and got my L4": an English date after a preposition dates what precedes it.
    cues = before if before and re.search(vocab.DATE_PREPOSITION, text[lo:start]) else before + after
    closest = {role for distance, role in cues if distance == min(cues)[0]}
    return closest.pop() if len(closest) == 1 else None


def _clause(text: str, start: int, end: int, also_split_at: str = "") -> tuple[int, int]:
    breaks = "|".join(filter(None, (r"[，,]", _SENTENCE_END, also_split_at)))
    lo = max((m.end() for m in re.finditer(breaks, text[:start])), default=0)
    stop = re.search(breaks, text[end:])
    return lo, end + stop.start() if stop else len(text)


# "播了一年就跑去外商公司做行政": the duration belongs to the work before the move, not the job moved to
_MOVED_ON = r"就(?=跑|去|转|换|改|辞)|然后(?=去|转|换|改|跑)"


def _work_said(text: str, d: _Duration) -> str:
    """The work a duration is said of: its clause, or with the clause before when it names no work of either
    kind ("我原本是房仲业务，做了四年")."""
    lo, hi = _clause(text, d.start, d.end, also_split_at=_MOVED_ON)
    own = text[lo:hi]
    if re.search(vocab.FIELD_WORK, own) or re.search(vocab.OTHER_WORK, own) or lo == 0:
        return own
    before = re.split(r"[，,]", text[:lo].rstrip("，, "))[-1]
    return before + "，" + own


def _clause_text(text: str, d: _Duration) -> str:
    """The stretch of work a duration is said of: its clause, cut at "and" ("8 years in 电话销售 and 2 yrs as 直播销售员")."""
    return text[slice(*_clause(text, d.start, d.end, also_split_at=r"\s+and\s+(?=\S+\s+(?:years?|yrs?|months?)\b|\d)|" + _MOVED_ON))]


def _one_number(values: list[float | None]) -> float | None:
    return values[0] if len(values) == 1 or (values and len(set(values)) == 1) else None


def _duration_role(text: str, d: _Duration) -> str:
    """Whether a duration is years since the certificate, years of work in total, or neither."""
    sentence_start = max((m.end() for m in re.finditer(_SENTENCE_END, text[:d.start])), default=0)
    before, after = text[sentence_start:d.start], text[d.end:d.end + 20]
    if (d.more or re.match(r"\s+more\b", after)) and re.search(r"\bthen\b[^,.;]{0,12}$", before):
        return _TOTAL  # "…took a break, then 1.5 yrs more", "quit, then 3 more yrs": past work, not years to come
    if d.more:
        return _SKIP  # "2 more years": years to come
    if re.search(r"(?:有效期|有效|期限|年审|续证|validity|valid\s+for|expires?\s+(?:after|in))\s*(?:是|为|只有|仅)?\s*$", before, re.I):
        return _SKIP  # ("证书有效期3年", "valid for 3 years"): how long a certificate is said to last, not years worked
    if (re.match(r"[\s-]*(?:one|route|rule|condition|option|path|clause|requirement)s?\b", after, re.I)
            and re.search(r"\b(?:the|that|this)\s*$", before, re.I)) \
            or (re.match(r"\s*(?:的|嘅)?\s*(?:条件|條件|路线|路線|规定|規定)", after) and re.search(r"(?:那|这|嗰|呢)(?:条|條|个|個)\s*$", before)):
        return _SKIP  # "so the 6-year one works?", "那条6年的条件": a rule named by its years, not years worked
    if re.search(r"\blevel\s*[1-5]\b[^,.;?]{0,24}\b(?:is|means|=)\s*$", before, re.I) and re.match(r"\s+(?:after|since|from)\b", after, re.I):
        return _SKIP  # "so level 3 for me is 5 years after that, March 2030?": the rule's wait read back, not years worked
    if re.search(r"\b(?:is|does|do)\s+(?:it|that|this|the\s+\w+)\b", before, re.I) \
            and re.search(r"\bor\b[^.?!]{0,60}\?|\bor\b[^.?!]{0,60}$", before + text[d.start:d.end] + text[d.end:].split("?")[0] + "?", re.I):
        return _SKIP  # "is it 2 yrs after getting lvl 4, or 2 yrs total work?": figures of a rule weighed, not the asker's
    if re.search(r"(?:这|近|最近)(?:一)?$", before) and re.match(r"\s*(?:主要|其实|都|一直|也|我|他|她|佢|在)", after) \
            and re.match(r"两年|几年|一两年", text[d.start:d.end]):
        return _SKIP  # "这两年主要在做平台管理员": these last years, not a count of them
    if re.search(r"(?:一定要|一定得|必须|非要|非得|是不是要|是否要|要不要|需不需要|需要|还得|就得|(?<![想只])要)\s*(?:先)?\s*(?:做|干|工作|播|上班)?\s*满\s*$", before[-10:]):
        return _SKIP  # "还是一定要做满一年": the rule's figure asked about, not the asker's time
    if re.search(r"(?:只要|只需要?|只用|仅需)\s*(?:做|干|工作|播)?\s*(?:满|够)?\s*$", before[-8:]) \
            and re.match(r"\s*(?:的)?(?:工作)?(?:经验|年资|工龄)?\s*(?:就行|就够了?|就可以|即可|就得|就能|便可|可以)", after):
        return _SKIP  # ("台湾人报四级只要4年经验就可以，对吧？": the figure a rule is said to ask, not the asker's years)
    if re.search(r"(?:说|讲|话|写|写着|说是)\s*$", before) and re.match(r"\s*(?:就行|就够了?|就可以|即可|就得|就能|便可)", after):
        return _SKIP  # ("一个说四级要干满6年 一个说5年就行": a figure someone says a rule asks)
    if re.search(r"(?:等|等到|等够|熬到|熬够|\bwait\s+(?:until|till|for))[^，,。？?]{0,8}(?:满|够|\bhas\b|\bhave\b)?\s*$", before[-14:], re.I) \
            and not re.search(r"(?:了|咗|过)\s*$", before):
        return _SKIP  # ("是非得等五级满四年 还是可以直接考": a wait the rule asks, not time already gone)
    if re.match(r"\s*(?:之内|以内|内)(?:必须|要|得|需|拿|考|取得|完成)", after):
        return _SKIP  # "所有主播半年内必须拿到四级": a deadline set, not time worked
    if re.match(vocab.RULE_AFTER, after) or (re.search(vocab.NEEDED_BEFORE, before[-4:]) and re.match(vocab.NEEDED_AFTER, after)) \
            or re.search(vocab.NEEDED_ASKED_BEFORE, before[-8:]):
        return _SKIP  # "the 6-year requirement", "满6年的条件": a rule's figure, not the asker's years
    # (not after a verb of work done: "转去送外卖 做了半年 之后又回来" is half a year done, then back)
    if (re.match(vocab.HYPOTHETICAL_AFTER, after) and not (re.search(r"(?:做|干|播|搞|送|开|当)(?:了|咗|过)\s*$", before)
                                                           and re.match(r"\s*[，,\s]\s*(?:之后|以后)", after))) \
            or re.search(vocab.HYPOTHETICAL_BEFORE, before):
        return _SKIP
    if re.search(vocab.RESIDENCE_BEFORE, before):
        return _SKIP  # "been living in Yiwu for 5 years": years of residence, not of work
    if re.search(r"(?:课|课程|培训|培训班|训练营|\bcourse|\bclass(?:es)?|\bbootcamp)[^。；;？?.!]{0,12}(?:上了|上咗|学了|学咗|读了|读咗|\bfor)\s*$", before, re.I) \
            or re.search(r"(?:上|学|读)(?:了|咗)\s*$", before) and re.match(r"\s*(?:的)?(?:课|课程|培训)", after):
        return _SKIP  # "上了一个直播带货的课，上了三个月": the course's length, not work
    if re.search(r"(?:\bprogram(?:me)?s?|\bcourses?|\bdegree|\bdiploma|\bmajor|专业|课程|学制)\s*[,，:：(（]\s*(?:(?:it'?s|is|是|读)\s*)?$", before, re.I):
        return _SKIP  # ("studying in a 高职…, e-commerce program, 3 years, this is my final year": the programme's length)
    if re.search(r"(?:\bbanned|\bsuspended|\bblocked|\brestricted|封号|封了|被封|禁播|禁言|限流)[^。；;？?.!]{0,6}$", before, re.I):
        return _SKIP  # "my brother's douyin account got banned for 30 days": a ban, not work
    if re.match(r"\s*(?:的)?(?:全职)?(?:宝妈|妈妈|主妇|太太|家庭主妇)|\s*(?:as\s+a\s+)?(?:stay[- ]at[- ]home|full[- ]time)\s+(?:mom|mum|mother|parent)", after, re.I):
        return _SKIP  # "做了五年全职宝妈": years at home, no work of any kind
    if re.search(r"(?:假|伪造|造假|\bfake\b|\bforge)[^。.？?]{0,30}(?:话|说|写|\bsays?\b|\bsaying\b|\bthat\b)\s*(?:我|\bi\b)?[^。.？?，,]{0,8}$", before, re.I):
        return _SKIP  # "幫我整張假嘅工作證明，話我做咗六年": the years a forged paper would state, not the work
    if re.search(r"(?:那|嗰)\s*$", before[-2:]) and re.match(r"\s*(?:都|也)?(?:没有?|冇|未)(?:工作|上班|做|返工)", after) \
            and re.search(r"(?:进修|读书|上学|念书|读研|深造|备考|休息|歇|停|带孩子|带娃|生孩子|养病)", text[:d.start]):
        return _SKIP  # ("…有半年去进修，那半年没有工作": the break told just before, pointed at again)
    if re.search(r"(?:嗰|那)\s*$", before[-2:]) and re.search(r"(?:计唔计|计不计|算唔算|算不算|还算|仲计|仲算|还计|算数|有冇用|有没有用|能不能算|可唔可以计|可不可以算)", text[d.end:d.end + 30]):
        return _SKIP  # ("咁我之前播嗰四年 转咗做平台管理员之后仲计唔计？": the years told before, pointed at again to ask if they count)
    if re.match(r"\s*(?:都|也)?(?:没有?|未曾?|不|冇)(?:干|做|工作|从事|上班|直播|播|开播|接到?(?:活|单)|活干|活做|单子?|开工|接单)", after):
        return _GAP  # "中间有一年没干", "中间有两个月没接到活": a gap, not years of work
    if re.search(r"(?:歇|停|休息?|断|空|没播|没做|没干|冇做|冇播)(?:了|咗)?(?:的|嘅)(?:那|嗰|这)?\s*$", before):
        return _GAP  # ("歇的那8个月是真一点没播"): the break said before, pointed at again
    if re.search(_SUM_ADDED_BEFORE, before) and re.match(r"\s*(?:了|啦)?\s*(?:吧|对吧|对不对|是不是|\?|？)", after) \
            and re.search(r"双倍|两倍|翻倍|能不能算|可不可以算|能不能加|可不可以加|算不算|可唔可以计|计唔计", text):
        return _SKIP  # ("能不能算双倍啊 两份加起来差不多三年了吧"): a sum put forward to be confirmed, not years said
    if re.search(r"(?:能不能|可不可以|可唔可以|能否|可否)[^，,。？?]{0,3}(?:加起来|加埋|合起来|合埋)(?:算|当|计|算作|当作|算成|当成)?\s*$", before):
        return _SKIP  # ("两份工的年限能不能加起来算四年多"): a sum asked whether it may be made, not years said
    if (re.search(_SUM_PROPOSED, before) or _SUM_WORKED_OUT.search(text[sentence_start:d.end + 60])) \
            and re.search(r"[?？吗吧]|\bright\b|\bcorrect\b|对吧|对不对|是不是", text[d.end:d.end + 60]):
        # "so thats 6 years experience total for level 4 right?", "almost 2 yrs x 2 jobs = 4 years right?": a sum put as a
        # question, not years said
        return _SKIP
    if re.search(vocab.RATE_BEFORE, before[-12:]) or re.match(vocab.RATE_AFTER, after):
        return _SKIP  # "earn 3000 more a month", "每个月挣多少": a rate, not a duration of work
    if re.search(r"(?:读|念|进修|上学|读书)(?:了|咗)?\s*$", before) and re.match(r"\s*(?:的)?书", after) \
            and (re.search(r"中间|中途|期间", before) or re.search(r"(?:没|冇|未)(?:上班|工作|做|干)", after)):
        return _GAP  # "中间2024年下半年去读了半年书 没上班": half a year out of work, studying
    if re.search(vocab.STUDY_YEAR, text[max(0, d.start - 4):d.end + 2]):
        return _SKIP  # "读紧高职最后一年": a year of study
    if re.match(vocab.ASKED_AFTER, after) and re.search(vocab.ASKED_BEFORE, before):
        return _SKIP  # "算满一年了吗": asked about, not said
    if re.search(r"(?:按|还是|或者|或)\s*$", before) and re.match(r"\s*(?:多|半)?\s*(?:还是|算|呢|吗|？|\?)", after):
        return _SKIP  # "按两年多还是三年多算": figures weighed in a question, not the years worked
    if re.search(r"(?:明年|下个?月|下年|年底|年尾|(?:今年|明年)?\s*\d{1,2}\s*月(?:份|底|初)?)\s*(?:就|才|先)?(?:满|够)\s*$", before):
        return _SKIP  # "快一年了 明年1月满一年": when a figure will be reached, not the years worked
    if d.years is not None and d.years <= 1 / 12 + 1e-6 and _A_MONTHS_MONEY.match(text[d.end:d.end + 16]):
        return _SKIP  # "一个月卖个几千块", "一个月才五千出头": a month's takings or pay, not a month of work
    if re.match(vocab.STUDY_AFTER, text[d.end:d.end + 40]):
        return _SKIP  # "a 3-year e-commerce program": the length of a course
    if re.search(vocab.WATCHING_BEFORE, before[-10:]) or re.search(vocab.WATCHING_BEFORE_EN, before[-30:]):
        return _SKIP  # "刷抖音都五六年了", "看直播看了5年": watching is no work
    if re.search(vocab.OTHER_WORK_GAP_BEFORE, before[-6:]) and re.match(vocab.OTHER_WORK_GAP_AFTER, after):
        return _GAP  # "中间有一年去送外卖": a year of other work inside the stretch
    if re.search(r"(?:之后|然后|后来|接着|跟住|再)(?:就)?(?:去|跑去|转去|改去)?[^，,。；;]{0,2}(?:" + vocab.OTHER_WORK + r")[^，,。；;]{0,4}$", before[-16:]) \
            and re.search(vocab.RESUMED, after[:24]):
        return _GAP  # "做到2023年底，之后去送外卖了一年，2025年初又回来做到现在": other work between two stretches of this work
    if re.search(vocab.SWITCHED_AWAY_BEFORE, before[-12:]) and re.match(r"\s*(?:的)?(?:" + vocab.OTHER_WORK + ")", after) \
            and (re.search(vocab.WORKED_ALL_ALONG, text) or (re.search(r"中间|中途|期间", before[-12:]) and re.search(vocab.RESUMED, after))):
        # "之后一直做主播，不过2024年转去做了半年外卖", "中间转行做了一年地产，之后又回来做直播": a stretch out of
        # the work said to go on, or come back to
        return _GAP
    if re.search(r"(?:[一二三四五1-5]\s*级|证书?)[^，,。我了]{0,3}满\s*$", before[-10:]) \
            and re.match(r"\s*(?:就|才|即|便)(?:能|可以|可)", after):
        return _SKIP  # "有三级证满3年就能考技师", "五级满3年就能考四级": a figure of a rule said, not the asker's years
    if re.search(r"(?:要|需要|得|使唔使|使不使|要不要|是不是要|係咪要|一定要)\s*(?:做|干|工作|播)?\s*(?:够|满)\s*$", before[-8:]) \
            and re.match(r"\s*(?:年|个月)?\s*(?:先|才|就)\s*(?:考得|能考|可以考|能报|可以报|考|报)", after):
        return _SKIP  # "係咪要做夠一年先考得五級？": the years a rule asks for, asked about, not the asker's years
    if re.search(r"(?:算不算|算唔算|计不计|计唔计|算作|算成|当作|当成|能不能算|可不可以算|可唔可以计|可唔可以算|能算)\s*(?:做|作|是|系)?\s*$", before[-10:]) \
            and re.match(r"\s*(?:的)?(?:相关)?(?:工作|从业)?(?:经验|经历|年限|工龄)", after):
        return _SKIP  # "實習計唔計一年工作經驗？": whether something counts as the figure a rule asks, not the asker's years
    if re.search(r"[一二三四五1-5]\s*级\s*(?:=|＝|等于|就是|即是|\bis\b|\bmeans\b|needs?|要)\s*$", before[-10:], re.I):
        return _SKIP  # "ok so 五级 = 1 yr work": a level's rule said back, not the asker's years
    if re.search(r"[一二三四五1-5]\s*级\s*(?:证书?)?\s*(?:后|之后|以后|過後|过后)\s*$", before[-8:]) \
            and re.match(r"\s*(?:年|个月)?\s*(?:就|便|即|都|咪|系咪|不就|唔系)?\s*(?:得|可以|能|行|够)", after):
        return _SKIP  # "我聽人講五級後三年就得？": a rule's figure heard, not the asker's years
    if re.search(r"\b(?:you|one|u|we|they|applicants?)\s+(?:need(?:ed|s)?|require[sd]?|must\s+have|should\s+have)\s+(?:at\s+least\s+)?$|以为(?:要|需要)(?:有)?\s*$", before[-30:], re.I):
        return _SKIP  # "I thought you needed 1 year of work": a rule as the asker thinks it is, not the asker's years
    if re.match(r"\s*(?:去|在|回)(?:学校)?(?:进修|读书|上学|念书|读研|深造|备考|脱产学习)", after):
        return _GAP  # ("2023年我有半年去进修，那半年没有工作": time spent studying, off work)
    if re.match(r"[^.;!?]{0,40}\bin\s+between\b", text[d.end:d.end + 50]) and re.search(r"\bsince\s+(?:19|20)\d{2}\b", text[:d.start], re.I):
        return _SKIP  # ("since 2023 makes short videos…, plus about a year at an agency in between": a part of the stretch)
    # (a year said within: "中间2023年转去送外卖 做了半年 之后返返来")
    inside = re.search(r"(?:中间|中途|期间)((?:(?:19|20)?\d{2}\s*年)?[^，,。\d]{0,10})$", before)
    if inside and re.search(vocab.OTHER_WORK, inside.group(1)) and re.search(vocab.RESUMED + r"|回来|返来|回到|继续|\bback\b", after[:24]):
        # "2024年中间去了工厂做了8个月，之后回来继续拍片": other work inside the stretch, then back to this work
        return _GAP
    if inside and re.search(r"旅行|旅游|休息|回老家|生孩子|生小孩|带孩子|带娃|坐月子|养病|出国|玩了", inside.group(1)):
        return _GAP  # "中间去了旅行三个月": time off inside the stretch
    if re.search(r"(?:带娃|带孩子|带小孩|照顾孩子|生孩子|生小孩|坐月子|养病|休养|旅行|旅游)(?:了|咗)?\s*(?:大概|大约|差不多|将近|快)?\s*$", before[-10:]):
        return _GAP  # "然后回老家带娃两年多 今年3月重新开始直播": time off, not work
    if re.match(vocab.NET_AFTER, after):
        return _TOTAL  # "7年是扣掉送外卖那年的": the figure without the break
    if re.match(vocab.BREAK_AFTER, after) or re.search(vocab.BREAK_BEFORE, before[-6:]) or re.search(vocab.BREAK_BEFORE_EN, before[-24:]) \
            or re.search(vocab.TAKEN_OFF_BEFORE_EN, before[-44:], re.I) \
            or (re.search(vocab.GAP_BEFORE_EN, before[-28:], re.I) and re.search(r"\bsince\s+(?:19|20)\d{2}", before, re.I)):
        return _GAP  # "中间断过一年": a break in the work, not the work
    if re.match(vocab.AGO_AFTER, after):
        return _ago_role(before, re.split(r"[，,]", after)[0])
    if re.search(vocab.GRADUATED_FOR, before):
        return _GRADUATED  # "毕业两年了，一直在做直播": work since then only if said so
    if re.match(vocab.SINCE_AFTER, text[d.end:d.end + 40]):
        return _SINCE  # "3 years of work after the cert": the work words do not make it a total
    if re.search(vocab.TOTAL_BEFORE, before) or re.match(vocab.TOTAL_AFTER, after):
        return _TOTAL
    if any(re.search(p, before) for p in vocab.HELD_FOR):
        # "证书拿了3年": held that long; worked that long only if the message speaks of work
        return _HELD
    if any(re.search(p, before) for p in vocab.SINCE_BEFORE):
        return _SINCE
    lo, hi = _clause(text, d.start, d.end)
    anaphor = re.search(vocab.ANAPHOR_SINCE, text[lo:hi])
    if anaphor:  # "ever since", "after that": since the certificate if that is what came just before
        at = lo + anaphor.start()
        if _nearest_event(text, max(0, at - 120), at, at, at, vocab.OTHER_EVENT) == _SINCE:
            return _SINCE
    role = _nearest_cue(text, d, sentence_start)
    if role == _UNCLEAR and _OWN_YEARS_BEFORE.search(before) and _OWN_YEARS_AFTER.match(text[d.end:]):
        return _TOTAL  # "I have 5 years and 3 months btw" after talk of the years a level needs: their own
    if role == _UNCLEAR and _NO_CERTIFICATE_AFTER.match(text[d.end:]):
        return _TOTAL  # "and me? 4 years, no cert", "5年 没证": one's years of work, told beside having no certificate
    return role


# Years said as one's own and nothing else ("I have 5 years and 3 months btw", "我有5年了"): years of work.
_OWN_YEARS_BEFORE = re.compile(r"(?:\bi\s+(?:have|'ve\s+got|'ve|got)|\bi've|我(?:已经|都|也)?有)\s*(?:about|around|like|almost|nearly|over|just|大概|差不多|快)?\s*$", re.I)
_OWN_YEARS_AFTER = re.compile(r"\s*(?:(?:and\s+)?(?:a\s+half|\d+\s*(?:months?|mos?))|多|半|零?\d+\s*个月)?\s*(?:btw|by the way|now|already|so far|了|啦|喇|啊|囉|咯)?\s*[.,!?，。！？~]*\s*$", re.I)


# No certificate said right after a duration ("4 years, no cert", "5年 没证")
_NO_CERTIFICATE_AFTER = re.compile(r"\s*(?:了|啦)?\s*[,，;；]?\s*(?:and\s+|but\s+)?(?:no\s+cert|without\s+(?:a\s+|any\s+)?cert|没证|没有证|无证|冇证|未有证)", re.I)


# Money said right after "a month" ("一个月卖个几千块", "一个月才五千出头", "一个月也就几千"): takings or pay by the month
_A_MONTHS_MONEY = re.compile(r"\s*(?:能|可以|大概|也就|才|就)?(?:卖|賣|赚|挣|收入|拿|出|开|播|到手|工资|薪水|底薪|流水)(?:个|了|到)?[^，,。]{0,6}(?:块|元|万|千|单|场)"
                             r"|\s*(?:才|也就|就|只有|只|大概|差不多|能有|有)?\s*(?:[\d.]+|[一二两三四五六七八九十几]+)\s*(?:千|万|k\b|块|元|蚊|多块)", re.I)


# Work begun last month or last week ("上个月才开始播", "started last month")
_JUST_STARTED = re.compile(r"(?:上个?月|上周|上礼拜|上星期|这个月|本月)(?:才|刚|刚刚)?(?:开始|开播|入行|入职)"
                           r"|\b(?:started|began|joined)\b[^.,;|]{0,24}?\b(?:last|this)\s+(?:month|week)\b", re.I)


# A figure said as the time actually worked ("实际播了也就5年左右", "actually only streamed about 5 years")
_ADDED_UP_BEFORE = re.compile(r"(?:加起来|加埋计?|加埋|一共|总共|合共|合计|累计|前前后后|\ball\s+together\b|\bin\s+total\b)[^，,。；;\d]{0,8}$", re.I)
_NET_BEFORE = re.compile(r"(?:实际|实际上|真正|其实|净)(?:上)?(?:只|就|也就|才)?(?:播|做|干|工作|带货)?(?:了|过)?(?:也就|只有|才|就)?\s*(?:大概|差不多|约)?\s*$"
                         r"|\bactually\s+(?:only\s+)?(?:streamed|worked|did|hosted|sold)\s+(?:for\s+)?(?:about\s+|around\s+)?$", re.I)


# Another stretch of work said after a first ("另外还做了半年助播", "plus 4 months part time", "and did 6 months as…")
_ANOTHER_STRETCH = re.compile(r"另外|此外|还(?:做|干|当|播)|也(?:做|干|当)过|\bplus\b|\balso\b|\band\s+(?:then\s+)?(?:did|spent|worked|was)\b", re.I)


# A sum worked out in the message, to have it checked ("4 years retail + 4 years streaming = 8 years right?", "almost 2 yrs
# x 2 jobs = 4 years"): every figure in it is the asker's arithmetic, not years said
_SUM_WORKED_OUT = re.compile(r"(?:=|＝|等于|\bequals?\b)\s*(?:like\s+|about\s+)?\d+(?:\.\d+)?\s*(?:years?|yrs?|年)", re.I)
# A sum the asker puts forward to have it checked ("so that's 6 years", "那就算6年了吧？").
_SUM_PROPOSED = re.compile(r"(?:\bso\s+(?:that'?s|thats|it'?s|its|i\s+have)|\bthat\s+makes|\bwhich\s+makes|\bdoes\s+that\s+(?:make|count\s+as)|那就是|那就算|所以是|所以算|所以就是|加起来就?是|算起来就?是|加埋就?系|即系|就是算(?:我|佢|他|她)?|算我|(?:可以|能|可唔可以|可不可以|能不能)\s*(?:当|算)(?:做|作|成))\s*(?:like\s+|about\s+|total\s+of\s+|a\s+total\s+of\s+)?$", re.I)


_SUM_ADDED_BEFORE = re.compile(r"(?:加起来|算起来|加埋|合起来)(?:就|都|也)?(?:是|系|有)?(?:差不多|大概|大约|将近|快|约)?\s*$")


_SWITCHED_TO = re.compile(r"\b(?:switched|changed)\s+(?:over\s+)?(?:to|into)\b|\b(?:got|went)\s+into\b", re.I)


def _ago_role(before: str, after: str) -> str:
    """"3 years ago" is since the certificate if it was obtained then, work if work started then."""
    cues = []
    for role, pattern in ((_SINCE, vocab.OBTAINED_NEAR_AGO), (_TOTAL, vocab.STARTED_NEAR_AGO), (_GRADUATED, vocab.GRADUATED_NEAR_AGO)):
        cues += [(len(before) - m.end(), role) for m in re.finditer(pattern, before)]
        cues += [(m.start(), role) for m in re.finditer(pattern, after)]
    switched = list(_SWITCHED_TO.finditer(before))
    if switched and re.search(vocab.OTHER_WORK, before, re.I):
        # ("12 years as an offline sales rep, switched to live selling 2 years ago": this work began then; a switch
        # between job types of this occupation, "直播销售员 for 5 years but switched to 视频创推员 work", starts nothing)
        cues += [(len(before) - m.end(), _TOTAL) for m in switched]
    return min(cues)[1] if cues else _SKIP


def _nearest_cue(text: str, d: _Duration, sentence_start: int) -> str:
    """Work words make a duration years of work; study words ("培训了3个月") rule it out."""
    sentence_end = re.search(_SENTENCE_END, text[d.end:])
    end = d.end + sentence_end.start() if sentence_end else len(text)
    for lo, hi in (_clause(text, d.start, d.end), (sentence_start, end)):
        cues = []
        for role, pattern in ((_TOTAL, vocab.WORK_CUE), (_SKIP, vocab.STUDY_CUE)):
            for match in re.finditer(pattern, text[lo:hi]):
                position = lo + match.start()
                distance = d.start - (lo + match.end()) if position < d.start else position - d.end
                cues.append((distance, role != _TOTAL, role))
        if cues:
            return min(cues)[2]
    return _UNCLEAR


def _read_bare_answer(text: str, profile: Profile, expecting: str) -> None:
    """Answers to the bot's own question: "没有", "yes", "3"."""
    yes, no = _says(vocab.BARE_YES, text), _says(vocab.BARE_NO, text)
    if expecting in YES_NO_FIELDS and getattr(profile, expecting) is None and yes != no:
        setattr(profile, expecting, yes)
    elif expecting == "certificate_level" and profile.certificate_level is None and no:
        profile.certificate_level = NO_CERTIFICATE
    elif expecting == "certificate_level" and profile.certificate_level is None \
            and (level := re.fullmatch(vocab.BARE_LEVEL, text.strip(), re.I)) is not None:
        profile.certificate_level = _ZH_DIGIT.get(level.group("level")) or int(level.group("level"))  # "五級", "L5"
    elif expecting in YEAR_FIELDS and getattr(profile, expecting) is None:
        match = re.fullmatch(vocab.BARE_NUMBER, text)
        if match:
            setattr(profile, expecting, vocab.number(match.group("num")))
            return
        # "wait no, more like 6, i only started end of 2019": the one small number is the figure
        numbers = {float(m) for m in re.findall(vocab.LONE_NUMBER, text)}
        if len(numbers) == 1:
            setattr(profile, expecting, numbers.pop())

