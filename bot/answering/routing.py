"""What kind of question this is: injection, out of scope, not covered, or one of the in-scope intents.

Routing here is by patterns kept in `bot/resources/intents.yaml`; the retrieval scores make the final
call on scope (see `bot.answering.advisor`), so a question in words the patterns do not know is not refused
when the knowledge base clearly covers it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from bot.language import mandarin_words


@dataclass(frozen=True)
class Routing:
    injection: bool
    core: bool  # names the domain on its own
    support: bool  # domain-flavoured words
    other_occupation: bool
    personal: bool  # the asker speaks about themselves
    not_covered: str | None  # date | fee | venue | school | pass_rate
    intent: str  # eligibility | certificate | policy | career | general
    dishonest: str | None = None  # forgery | exam_answers | false_claims: a request to deceive


# Another occupation said as the asker's own work ("我做咗十年廚師", "I'm an accountant, 8 yrs"): their past, not
# a question about that occupation.
_OWN_WORK_BEFORE = re.compile(r"(?:做|当|當|干|幹)(?:了|咗|过|過)?[^，,。？?]{0,4}$|(?:以前|之前|原来|本来)?(?:是|系|係)(?:个|一名|一个)?$"
                              r"|\b(?:i'?m|i am|i was|was|worked as|working as|used to be)\s+(?:an?\s+)?$"
                              # ("I'm an ex-teacher thinking of switching", "as a former nurse"): the work left behind
                              r"|\b(?:ex-\s*|former\s+|retired\s+)$|退休(?:的)?$"
                              # ("大专学会计的 这个算相关专业不", "I studied nursing"): a subject studied, not the work asked about
                              r"|(?:学|學|读|讀|念|修)(?:的是|的|了|咗|过|過)?$|\b(?:studied|study|studying|majored in|major in|majoring in|degree in|diploma in)\s+$", re.I)
# ("会计专业毕业", "an accounting major"): the subject of a diploma, said after the word
_A_SUBJECT_AFTER = re.compile(r"^\s*(?:专业|專業|系(?!统)|科(?!技|学)|\s*majors?\b|\s*degree\b|\s*diploma\b)", re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict:
    text = (resources.files("bot.resources") / "intents.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)

    def compile_all(items) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in items), re.I)

    return {
        "injection": compile_all(data["injection"]),
        "core": compile_all(data["core_terms"]),
        "support": compile_all(data["support_terms"]),
        "other": compile_all(data["other_occupations"]),
        "personal": re.compile(data["personal"], re.I),
        "not_covered": {k: re.compile(v, re.I) for k, v in data["not_covered"].items()},
        "intent": {k: re.compile(v, re.I) for k, v in data["intent_keywords"].items()},
        "dishonest": {k: re.compile(v, re.I) for k, v in (data.get("dishonest") or {}).items()},
    }


def route(question: str) -> Routing:
    p = _patterns()
    # (the topics read in Mandarin words too: "去邊度考？幾時有得考？" asks a venue and a date)
    mandarin = mandarin_words(question)
    not_covered = next((name for name, rx in p["not_covered"].items() if rx.search(question) or rx.search(mandarin)), None)
    intent = "general"
    for name in ("eligibility", "certificate", "policy", "career"):
        if p["intent"][name].search(question):
            intent = name
            break
    return Routing(
        injection=bool(p["injection"].search(question)),
        core=bool(p["core"].search(question)),
        support=bool(p["support"].search(question)),
        other_occupation=any(not _OWN_WORK_BEFORE.search(question[max(0, m.start() - 12):m.start()])
                             and not _A_SUBJECT_AFTER.search(question[m.end():m.end() + 10])
                             for m in p["other"].finditer(question)),
        personal=bool(p["personal"].search(question)),
        not_covered=not_covered,
        intent=intent,
        dishonest=next((name for name, rx in p["dishonest"].items() if rx.search(question)), None),
    )
