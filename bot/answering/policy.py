"""Which kind of reply a question gets once it is not an injection or an eligibility decision: a pure
function of the routing, the best chunk score and the best FAQ match, with every threshold below."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.answering.routing import Routing


@dataclass(frozen=True)
class Thresholds:
    """Score thresholds of the fused retrieval scores, calibrated on 230 questions of three sets."""

    # Fused FAQ score (cosine + 0.3 x IDF-weighted word overlap) a curated answer needs once the
    # question is in scope: the best entry was right for nearly every in-scope question down to ~0.55.
    faq_accept: float = 0.55
    # An FAQ match this strong puts a question in scope without any domain word.
    faq_in_scope: float = 0.85
    # A date/fee/venue question needs a near-verbatim phrasing of an entry on another topic.
    faq_accept_other_logistics: float = 0.93
    # The FAQ entry classifier's vote for the best entry (retrieval/faq_selector.py, about 1 for the entry
    # asked for, near 0 for a neighbour that only shares words): a sure vote lowers the bar, a doubtful
    # one raises it, so a neighbouring entry does not answer a question it does not hold.
    vote_sure: float = 0.5
    # (0.45 until the classifier had ~1,900 phrasings; at 0.38 one more reply of 640 realistic ones changed,
    # "在家能做这个职业吗？需要去公司坐班吗" answered by the working-environment entry instead of refused)
    faq_accept_voted: float = 0.38
    # A vote short of sure but far ahead of every other entry's (the classifier torn between none): as good as
    # sure ("she wants her 15 year old to co-host with her. is that allowed?": the live-streaming age, 0.50 to 0.14)
    vote_clear: float = 0.3
    vote_clear_margin: float = 0.3
    vote_doubtful: float = 0.1
    faq_accept_doubted: float = 0.7
    vote_doubtful_logistics: float = 0.25  # a date/fee/venue question needs a firmer vote (see faq_bar)
    # A message the act classifier read as off-topic though it names the domain ("我男朋友天天给女主播刷礼物
    # 咋办") is answered only when the FAQ classifier backs an entry at least this much.
    vote_in_scope: float = 0.2
    # Best chunk score under which even a domain question is "not covered". Measured on the judged sets
    # J, K and M: every reply stitched from passages scoring below this was judged wrong (6 of 6: growth
    # tips, a contract to translate, a city's recognition), and of 230 regex questions none needs one.
    covered_with_domain_word: float = 0.65
    # Without a domain word, the knowledge base must clearly match.
    covered_without_domain_word: float = 0.62


THRESHOLDS = Thresholds()


class Reply(str, Enum):
    FAQ = "faq"  # the curated answer of the best FAQ entry
    EXTRACTIVE = "extractive"  # sentences of the best chunks
    NOT_COVERED = "not_covered"  # in scope, but the knowledge base does not hold it: say where to ask
    OUT_OF_SCOPE = "out_of_scope"  # not about this occupation: say what the advisor can do


@dataclass(frozen=True)
class Evidence:
    best_chunk: float  # fused score of the best retrieved chunk (0 when none)
    faq_score: float | None  # fused score of the best FAQ entry (None when none)
    faq_on_other_logistics: bool = False  # the question asks a fee/date/venue…, the FAQ entry does not
    faq_vote: float | None = None  # the FAQ classifier's vote for that entry (None: no classifier)
    faq_margin: float = 0.0  # how far that vote is ahead of the next entry's


def decide(routing: Routing, evidence: Evidence, limits: Thresholds = THRESHOLDS) -> Reply:
    faq = evidence.faq_score
    in_scope = routing.core or (routing.support and evidence.best_chunk >= limits.covered_without_domain_word)
    in_scope = in_scope or (faq is not None and faq >= limits.faq_in_scope)
    if routing.other_occupation and not routing.core:
        in_scope = False
    if not in_scope:
        return Reply.OUT_OF_SCOPE
    accept = faq_bar(routing, evidence, limits)
    if faq is not None and faq >= accept:
        return Reply.FAQ
    if routing.not_covered or evidence.best_chunk < limits.covered_with_domain_word:
        return Reply.NOT_COVERED
    return Reply.EXTRACTIVE


def faq_bar(routing: Routing, evidence: Evidence, limits: Thresholds = THRESHOLDS) -> float:
    """The fused score the best FAQ entry needs to answer the question."""
    accept = limits.faq_accept_other_logistics if evidence.faq_on_other_logistics else limits.faq_accept
    vote = evidence.faq_vote
    if routing.not_covered not in (None, "other") and vote is not None and vote < limits.vote_doubtful_logistics:
        # "考试在哪天举行" near "互联网营销师哪天发布": a date/fee/venue question takes a FAQ answer only
        # when the classifier backs that entry, or the phrasing is near-verbatim
        return max(accept, limits.faq_accept_other_logistics)
    # (the clear lead alone not for a date, fee or venue asked: "深圳邊度有考場？" is not the Shenzhen standard's entry)
    clear = vote is not None and vote >= limits.vote_clear and evidence.faq_margin >= limits.vote_clear_margin and routing.not_covered is None
    if vote is not None and (vote >= limits.vote_sure or clear):
        return min(accept, limits.faq_accept_voted)
    if vote is not None and vote < limits.vote_doubtful:
        return max(accept, limits.faq_accept_doubted)
    return accept
