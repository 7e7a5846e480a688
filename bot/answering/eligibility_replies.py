"""Eligibility replies from a understood Request and the kept profile: a decision for one level, the
overview for "which level can I take / how do I get to the top", or a question for exactly the facts
that decide it. The engine decides; nothing here guesses a fact the person did not give."""
from __future__ import annotations

from dataclasses import replace

from bot.answering.conversation import Conversation
from bot.answering.understanding import Request
from bot.eligibility import Profile, evaluate, render_decision, render_question, render_requirements
from bot.eligibility.overview import overview
from bot.eligibility.render_overview import render_overview
from bot.texts import Templates
from bot.types import Source

OVERVIEW_ACTS = ("eligibility_highest", "eligibility_route", "statement")


class EligibilityReplies:
    def __init__(self, rules, templates: Templates):
        self.rules = rules
        self.templates = templates

    def reply(self, request: Request, conversation: Conversation, lang_code: str) -> tuple[str, list[Source], object]:
        """(text, sources, decision-or-None); updates the conversation's profile with the stated facts."""
        facts = replace(request.facts, target_level=None)
        profile = conversation.profile.merge(facts) if conversation.profile is not None else facts
        conversation.profile = profile
        if request.hypothetical_training:  # "what if I finish the training first?": asked, not stated
            profile = replace(profile, formal_training=True, formal_training_level=None)
        target = self._target(request, conversation)
        if request.act == "eligibility_level" and target is not None:
            conversation.last_level = target
            conversation.profile = replace(conversation.profile, target_level=target)
            return self._decision(replace(profile, target_level=target), lang_code)
        if not _knows_anything(profile):
            if request.act == "statement":
                return self.templates.text(lang_code, "answers", "statement_ack"), [], None
            if target is not None:  # "can I apply for level 3?" with no facts yet: the conditions, then ask
                text, sources = render_requirements(target, self.rules, lang_code, self.templates, job_type=profile.job_type)
                return text + "\n\n" + render_question(("certificate_level", "years_total"), lang_code, self.templates), sources, None
            return render_question(("certificate_level", "years_total"), lang_code, self.templates), [], None
        view = overview(profile, self.rules)
        text, sources = render_overview(view, self.rules, lang_code, self.templates,
                                        route_to_top=request.act == "eligibility_route")
        if request.act == "statement":
            text = self.templates.text(lang_code, "answers", "statement_noted") + "\n" + text
        return text, sources, None

    def _target(self, request: Request, conversation: Conversation) -> int | None:
        if request.level is not None:
            return request.level
        if request.facts.target_level is not None:
            return request.facts.target_level
        if request.act == "eligibility_level":
            return conversation.last_level
        return None

    def _decision(self, profile: Profile, lang_code: str):
        decision = evaluate(profile, self.rules)
        text, sources = render_decision(decision, self.rules, lang_code, self.templates)
        return text, sources, decision


def _knows_anything(profile: Profile) -> bool:
    return profile.has_personal_facts
