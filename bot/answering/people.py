"""Several people in one message ("A：五级证书…；B：没有任何证书…", "me: 3 years, no cert. her: 16 yo, 2 months",
"我做虾皮直播3年；他在厦门做选品2年半"): each one's own facts, so that their cases are decided apart and
never merged into one profile."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.eligibility import Profile, parse_profile
from bot.language import mandarin_words

# A label that opens a person's part: "A：", "学员B:", "张某，", "me:", "her:".
_LABEL = re.compile(r"(?:^|(?<=[\s，,。；;!！?？：:])|(?<=[是系的])(?=[小老阿]))(?P<label>(?:学员|学生|同学)?[A-ZＡ-Ｚ甲乙丙](?![a-z])|[\u4e00-\u9fff]某|[小老阿](?!孩|朋友|师|板|公|婆|家|姨|时|乡|红书|伙|弟|妹|哥|姐)(?:[\u4e00-\u9fff]|[A-ZＡ-Ｚ](?![a-z]))|阿[A-Za-z]{1,10}|"
                    r"(?-i:(?:Ms|Mr|Mrs|Miss)\.?\s*[A-Z][a-z]+|(?!Note|Current|Learner|Student|Trainer|Update|Edit|Question|Then|First|Next|Finally|Also|Answer|Context|Background|Info|Details|Facts|Btw|Ps|Confirm|Say|Tell|Reply|Write|Ignore|Remember|Summary|Claim|Rule|Fact|Statement|Example|Hint|Task|Instruction|Reminder|Warning|Important|Source|Quote|Correction|Sorry|Actually|Wait|Hello|Hey|Dear|Thanks|Please|Pls|Urgent|Draft|Case|Scenario)[A-Z][a-z]{2,10}(?=\s*[：:]))|"
                    r"me|her|him|she|he|my (?:cousin|friend|sister|brother|wife|husband))\s*(?:[：:，,]|(?<=\w)\s+[–—-]\s+|"
                    # "A做了3年淘宝客服，B做微商4年", "阿明做选品三年；阿芬有…": a letter or a short name then straight
                    # into what that person did ("A – 7 yrs…": after a dash)
                    r"(?:(?<=[A-ZＡ-Ｚ])|(?<=[小老阿][\u4e00-\u9fff]))(?=做|干|开|有|是|系|在|拿|已|从|没|冇|刚|今年|去年)"
                    # "有四级的是小周 2022年7月拿的…；没证的小吴播了5年了": a short name, then a space or what they did
                    r"|(?<=[小老阿][\u4e00-\u9fff])(?=\s|播|卖|带|考|持|读))", re.I)
# What is said of a person just before their label, in the same clause ("有四级的是小周…", "…；没证的小吴…"),
# is theirs: at most this many characters.
_BEFORE_LABEL_MAX = 12
# English names each followed by what that person did, at least two of them ("Lily joined 2020-06 as host… Tom
# is our platform admin since 2019"); a capitalised word that is not a name is never one.
_NAME_DOING = re.compile(r"(?:^|(?<=[\s,.;!?，。；]))(?P<label>(?!The|This|That|There|These|Those|Then|Now|It|She|He|They|We|You|What"
                         r"|Which|Who|When|Our|My|Your|Their|His|Also|But|And|Since|Before|After|Level|Lvl|Taobao|Douyin|Kuaishou"
                         r"|Tiktok|Shopee|Lazada|Amazon|Internet|Live|Platform|Product|Video|Hi|Hello|Yes|No|Ok|Okay)[A-Z][a-z]{2,10})"
                         r"(?=\s+(?:joined|started|began|got|gets|has|had|holds|is|was|works|worked|streams|streamed|sells|sold|runs|ran"
                         r"|does|did|also)\b|'s\b)")
# Groups of learners counted ("10 have 1–2 yrs of livestream work and no certs; 8 got level-5 certs in 2021…; 7 just
# graduated", "一半做过一两年直播，三分之一是中专电商应届生，剩下的没上过班"): each group's facts, decided apart.
_GROUP = re.compile(r"(?:^|(?<=[;；:：,，.。]))\s*(?:and\s+|还有|另外)?(?P<label>(?:about\s+|around\s+|roughly\s+)?(?:\d+|half|a\s+third|a\s+quarter|"
                    r"two\s+thirds|the\s+other\s+half|the\s+rest|the\s+others|others)(?:\s+(?:of\s+)?(?:them|the\s+class|the\s+learners|the\s+students))?"
                    r"(?=\s+(?:have|has|had|got|are|is|were|just|did|hold|worked|work|never|been|finished|graduated)\b)"
                    r"|(?:有)?\d+\s*(?:个|位|名)(?:学员|学生|人)?(?=[^，,；;。]{0,2}(?:有|是|做|干|拿|没|刚|已经|都|在))"
                    r"|一半(?:的?人|学员)?|三分之一|四分之一|其余的?|剩下的?(?:人)?)", re.I)
# Two people told apart as "one … the other" ("两个人 一个有四级一个没有", "one has L4, the other has none"); a bare
# "没有" for the other is the thing the first has, lacked.
_ONE_THE_OTHER = re.compile(r"(?:^|(?<=[\s，,：:]))(?:一个|一位|\bone\b)(?P<a>[^，,；;。]{1,30}?)[，,；;\s]*(?:另(?:外)?一个|另一位|(?<=[级证年个])一个|\bthe other(?: one)?\b)(?P<b>[^，,；;。]+)", re.I)
UNNAMED_PEOPLE = ("一个", "另一个", "one", "the other")  # the labels of "one … the other", replaced once they are named
_BARE_LACK = re.compile(r"^\s*(?:没有?|冇|没得|doesn'?t|has\s+none|none|has\s+not|hasn'?t)\s*$", re.I)
# Without labels: one clause about the asker and one about someone else ("我做虾皮直播3年；他在厦门做选品2年半").
_SELF_THEN_OTHER = re.compile(r"^(?P<me>我(?!们|們)[^；;。]+)[；;。，,]\s*(?P<other>(?:他|她|佢|我老公|我老婆|我同桌|我朋友|同桌)[^；;。]+)")
# The same in English, either order ("she has 4 yrs, I have 7 yrs", "I've done 3 years and my gf 1.5").
_OTHER_EN = r"(?:she|he|my (?:gf|bf|girlfriend|boyfriend|wife|husband|friend|sister|brother|cousin|partner))\s+(?:only\s+|also\s+|just\s+)?(?:has|had|did|does|got|holds|is|was|works|worked|streams|streamed|sells|sold|'s)\b"
_ME_EN = r"i\s*(?:only\s+|also\s+|just\s+)?(?:have|had|did|do|got|hold|am|'ve|'m|work|worked|stream|streamed|sell|sold)\b"
_PAIR_EN = re.compile(rf"^\W*(?:(?P<other>{_OTHER_EN}[^;.?!]+?)[,;]\s*(?:and\s+|while\s+|but\s+)?(?P<me>{_ME_EN}[^;.?!]+)"
                      rf"|(?P<me2>{_ME_EN}[^;.?!]+?)[,;]\s*(?:and\s+|while\s+|but\s+)?(?P<other2>{_OTHER_EN}[^;.?!]+))", re.I)
_SHARED = re.compile(r"(?:两人|两位|她俩|他俩|她们|他们|两个人|大家|所有人|全部人?|个个)都[^。？?]*[。]?|\b(?:both of them|they both)\b[^.?]*\.?", re.I)
# Asks about each of them ("两位都想考四级，可以吗", "这俩谁能报三级", "what can each of us apply for?").
ASKS_EACH = re.compile(r"两位|两个人|两人|俩|分别|各自|都能|都可以|谁能|谁可以|逐个|逐一|一个个|一个一个|每个人?|三个|三位|"
                       r"\beach\b|\bboth\b|\beither\b|which of (?:them|us)|one by one|"
                       r"who can|\bthey both\b|我们都|我們都", re.I)


def _clause_start(text: str, after: int, label_start: int) -> int:
    """Where the clause holding a label begins: what is said of the person just before the label belongs to them
    ("没证的小吴"), unless it is long (then the label opens their part)."""
    between = text[after:label_start]
    cut = max(between.rfind(mark) for mark in "；;。\n")
    start = after + cut + 1 if cut >= 0 else (after if after == 0 else label_start)
    return start if label_start - start <= _BEFORE_LABEL_MAX else label_start


def split_people(text: str, held_level: int | None = None) -> list[tuple[str, Profile]]:
    """(label, facts) for each person the message describes with facts of their own; [] for one person.
    `held_level`: the level all of them were said to hold before ("5个人都有五级" then "2个是2022年6月拿的，3个是
    2024年1月拿的"), given to a part that dates a certificate without naming its level."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2 and len(names := list(_NAME_DOING.finditer(text))) >= 2:
        labels = names
    parts: list[tuple[str, str]] = []
    bare_years = False  # bare figures are years of the work talked about
    if len(labels) < 2 and len(groups := list(_GROUP.finditer(text))) >= 2:
        labels = groups
    if len(labels) >= 2:
        starts = [_clause_start(text, labels[n - 1].end() if n else 0, label.start()) for n, label in enumerate(labels)]
        for n, label in enumerate(labels):
            end = starts[n + 1] if n + 1 < len(labels) else len(text)
            parts.append((label.group("label"), text[starts[n]:label.start()] + " " + text[label.end():end]))
    elif one_other := _ONE_THE_OTHER.search(text):
        first, other = one_other.group("a"), one_other.group("b")
        if _BARE_LACK.match(other):
            chinese = bool(re.search(r"[\u4e00-\u9fff]", other))
            if re.search(r"证|级|\blevel|\bl[1-5]\b|\bcert", first, re.I):
                other = "没有证书" if chinese else "no certificate"
        names = UNNAMED_PEOPLE[:2] if re.search(r"[\u4e00-\u9fff]", text) else UNNAMED_PEOPLE[2:]
        parts = [(names[0], first), (names[1], other)]
    else:
        pair = _SELF_THEN_OTHER.search(text)
        pair_en = _PAIR_EN.search(text)
        if pair:
            other = re.match(r"他|她|佢|我老公|我老婆|我同桌|我朋友|同桌", pair.group("other")).group(0)
            parts = [("我", pair.group("me")), (other, pair.group("other"))]
        elif pair_en:  # "she has 4 yrs, I have 7 yrs, no certs"
            other = pair_en.group("other") or pair_en.group("other2")
            label = re.match(r"she|he|my \w+", other, re.I).group(0)
            parts = [("me", pair_en.group("me") or pair_en.group("me2")), (label, other)]
            bare_years = True
    if parts:  # "两人都在2023年6月拿了直播销售员四级": a sentence said of all of them, at the end of the last part
        label, last = parts[-1]
        shared = _SHARED.search(last)
        if shared:
            parts[-1] = (label, last[:shared.start()])
            parts = [(label, part + "，" + shared.group(0)) for label, part in parts]
    # (two people compared on one line, "she has 4 yrs, I have 7 yrs": bare figures are their years of the work talked about)
    people = [(label, parse_profile(mandarin_words(part), expecting="years_total" if bare_years else None)) for label, part in parts]
    if held_level is not None:
        people = [(label, replace(facts, certificate_level=held_level))
                  if facts.certificate_level is None and facts.certificate_age is not None else (label, facts)
                  for label, facts in people]
    people = [(label, facts) for label, facts in people if facts.has_personal_facts]
    return people if len(people) >= 2 else []


def is_asker(label: str) -> bool:
    return label.lower() in ("me", "我")


def labelled_person(text: str) -> tuple[str, Profile] | None:
    """One person's facts under a label at the start of the message ("学员B：没证，干了7年直播运营")."""
    labels = list(_LABEL.finditer(text))
    if len(labels) != 1 or labels[0].start() > 2:
        return None
    facts = parse_profile(mandarin_words(text[labels[0].end():]))
    return (labels[0].group("label"), facts) if facts.has_personal_facts else None


def _mention(label: str, text: str):
    """Where `label` is named in `text`: a whole word for a Latin name or letter ("Lily", "C"), else as written."""
    if re.fullmatch(r"[A-Za-z][A-Za-z. ]*", label):
        return re.search(rf"(?<![A-Za-z]){re.escape(label)}(?![A-Za-z])", text)
    return re.search(re.escape(label), text) or (re.search(rf"(?<![A-Za-z]){re.escape(label[-1])}(?![A-Za-z])", text)
                                                 if re.fullmatch(r"(?:学员|学生|同学)[A-ZＡ-Ｚ]", label) else None)


def named_in(text: str, people: list[tuple[str, Profile]]) -> list[str]:
    """The labels of the people described before that a message names ("Can Lily go for 三级 now, and can
    Tom go for 二级?", "就看C和D两个"), in the order they were described; asker labels never count."""
    return [label for label, _ in people if not is_asker(label) and _mention(label, text)]


def part_about(label: str, text: str, labels: list[str]) -> str:
    """The part of a message about one named person: from their name to the next name named."""
    own = _mention(label, text)
    if own is None:
        return ""
    later = [m.start() for other in labels if other != label and (m := _mention(other, text)) and m.start() > own.start()]
    return text[own.start():min(later, default=len(text))]


def with_new_facts(people: list[tuple[str, Profile]], named: list[str], text: str) -> list[tuple[str, Profile]]:
    """The people, each named one with the facts the message adds about them ("对了D在2023年有半年没上班")."""
    updated = []
    for label, facts in people:
        part = part_about(label, text, named) if label in named else ""
        said = parse_profile(mandarin_words(part[len(label):] if part.startswith(label) else part)) if part else None
        updated.append((label, facts.merge(said) if said is not None and said.has_personal_facts else facts))
    return updated

