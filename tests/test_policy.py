"""The routing decision as a table: routing signals and evidence in, the kind of reply out."""
from __future__ import annotations

import pytest

from bot.answering import AnswerService
from bot.answering.policy import THRESHOLDS, Evidence, Reply, decide
from bot.answering.routing import Routing

T = THRESHOLDS


def routing(core=False, support=False, other=False, not_covered=None) -> Routing:
    return Routing(injection=False, core=core, support=support, other_occupation=other, personal=False,
                   not_covered=not_covered, intent="general")


@pytest.mark.parametrize("signals, evidence, expected", [
    # a domain word and a confident FAQ match: the curated answer
    (routing(core=True), Evidence(0.7, T.faq_accept), Reply.FAQ),
    # just under the FAQ threshold, good chunks: extractive
    (routing(core=True), Evidence(0.7, T.faq_accept - 0.01), Reply.EXTRACTIVE),
    # a domain word but nothing retrieved well: not covered, say where to ask
    (routing(core=True), Evidence(T.covered_with_domain_word - 0.01, None), Reply.NOT_COVERED),
    # no domain word, weak evidence: out of scope
    (routing(), Evidence(0.9, 0.5), Reply.OUT_OF_SCOPE),
    # no domain word, but a FAQ phrasing this close puts it in scope
    (routing(), Evidence(0.3, T.faq_in_scope), Reply.FAQ),
    # domain-flavoured words need the knowledge base to clearly match
    (routing(support=True), Evidence(max(T.covered_without_domain_word, T.covered_with_domain_word), None), Reply.EXTRACTIVE),
    # a domain question whose best passage is only loosely related: not covered, never a stitched answer
    (routing(core=True), Evidence(T.covered_with_domain_word - 0.01, None), Reply.NOT_COVERED),
    (routing(support=True), Evidence(T.covered_without_domain_word - 0.01, None), Reply.OUT_OF_SCOPE),
    # another occupation without our domain word: out of scope
    (routing(support=True, other=True), Evidence(0.9, 0.9), Reply.OUT_OF_SCOPE),
    # a fee question: a general FAQ entry is no answer unless near-verbatim
    (routing(core=True, not_covered="fee"), Evidence(0.7, 0.9, faq_on_other_logistics=True), Reply.NOT_COVERED),
    (routing(core=True, not_covered="fee"), Evidence(0.7, T.faq_accept_other_logistics, faq_on_other_logistics=True), Reply.FAQ),
    # a fee question answered by a fee entry (a trainer's own file) at the usual threshold
    (routing(core=True, not_covered="fee"), Evidence(0.7, T.faq_accept), Reply.FAQ),
    # a logistics question with good chunks but no FAQ: still not covered (never guess a fee)
    (routing(core=True, not_covered="date"), Evidence(0.9, None), Reply.NOT_COVERED),
    # the FAQ classifier backs the entry: a lower fused score is enough
    (routing(core=True), Evidence(0.7, T.faq_accept_voted, faq_vote=T.vote_sure), Reply.FAQ),
    (routing(core=True), Evidence(0.7, T.faq_accept_voted, faq_vote=T.vote_sure - 0.01), Reply.EXTRACTIVE),
    # it doubts the entry (a neighbour sharing words): only a near-verbatim phrasing answers
    (routing(core=True), Evidence(0.7, T.faq_accept_doubted - 0.01, faq_vote=T.vote_doubtful - 0.01), Reply.EXTRACTIVE),
    (routing(core=True), Evidence(0.7, T.faq_accept_doubted, faq_vote=T.vote_doubtful - 0.01), Reply.FAQ),
    # a date question near an entry about another date: the classifier must back it
    (routing(core=True, not_covered="date"), Evidence(0.7, 0.9, faq_vote=T.vote_doubtful_logistics - 0.01), Reply.NOT_COVERED),
    (routing(core=True, not_covered="date"), Evidence(0.7, 0.9, faq_vote=T.vote_doubtful_logistics), Reply.FAQ),
])
def test_decide(signals, evidence, expected):
    assert decide(signals, evidence) is expected


def test_advisor_and_pool_are_answer_services(advisor):
    from bot.answering.pool import AdvisorPool

    assert isinstance(advisor, AnswerService)
    for name in ("answer", "knowledge_summary", "reload"):
        assert callable(getattr(AdvisorPool, name))
