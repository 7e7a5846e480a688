"""What the advisor remembers about one asker between questions (terminal chat or a Telegram chat)."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.eligibility.profile import Profile


@dataclass
class Conversation:
    """Per-asker dialogue state: the facts given in any turn (statements included), the last act,
    the last level asked about and the last question, so that a follow-up resolves against them.

    `language` is the asker's /lang choice ("zh", "zh-hant", "en"), None until they pick one.
    Plain defaults only: conversations are pickled (Telegram state), and an older pickle without a
    newer field then reads the class default.
    """

    profile: Profile | None = None
    last_intent: str | None = None
    last_act: str | None = None
    last_level: int | None = None
    last_question: str | None = None
    other_certificate: str | None = None  # another occupation's certificate the asker holds
    third_party: str | None = None  # the facts are about someone the asker asks for ("学员", "my friend")
    other_work: str | None = None  # work the asker described that may not count as related
    abroad: bool = False  # the asker is or worked outside the mainland
    earlier_years: float | None = None  # a larger total said before the latest one (they may overlap)
    association_certificate: bool = False  # the asker's certificate is an association's, not a skill level
    language: str | None = None
    history: list[tuple[str, str]] = field(default_factory=list)  # (question, answer), last few only
    # [(label, Profile)] when one message described several people; a plain (tuple) default, so that an older
    # pickle reads the class attribute
    people: tuple | list = ()
    last_reply_digest: str | None = None  # the whole last reply, hashed: a reply word for word the same again is seen
    # (profile, last level) of the asker's own case, set aside while the chat turned to someone else ("我朋友也想问
    # 他没证 做了7年选品"), back for "那我呢"
    own_case: tuple | None = None
    last_verdict: str | None = None  # the conclusion line of the last eligibility reply, said again when the asker closes
    # (profile, last level) of someone else's case, set aside when the chat turned to the asker's own ("幫我太太問
    # 她…沒有證" then "我自己…有三級"), back when they are asked about again ("她可以考哪一級")
    their_case: tuple | None = None
    their_label: str | None = None  # whose case their_case is ("太太", "my friend"), to name them when both are answered
    # the last reply whole, with its sources and how it was made: cut short when the next message only asks for the
    # short answer ("只要数字", "yes or no?")
    last_reply: str | None = None
    last_sources: tuple | list = ()
    last_via: str | None = None
    # short messages just before that the advisor could not answer alone ("网络主播", "vs 互联网营销师"): a question
    # sent in pieces, read whole with the piece that completes it ("same thing?")
    fragments: tuple = ()
    last_refused: bool = False  # the last reply said the knowledge base could not answer (no follow-up is read with it)
    # this message asks why the case's answer is what it is ("點解唔得？"): the case is read again with the message before
    why_asked: bool = False

    def remember(self, question: str, answer: str, keep: int = 6) -> None:
        self.history.append((question, answer))
        del self.history[:-keep]
