"""Eligibility engine: may this person apply for this level of 互联网营销师 (Internet Marketer)?

    rules = load_rules(settings.eligibility_rules_path)
    profile = conversation_profile.merge(parse_profile(to_simplified(text)))
    decision = evaluate(profile, rules)
    reply, sources = render_decision(decision, rules, "zh", templates)
"""
from bot.eligibility.engine import (
    CANNOT_TELL,
    ELIGIBLE,
    NEED_TARGET,
    NOT_OFFERED,
    NOT_YET,
    Check,
    ConditionResult,
    Decision,
    evaluate,
)
from bot.eligibility.profile import NO_CERTIFICATE, Profile, parse_profile
from bot.eligibility.render import render_decision, render_question, render_requirements
from bot.eligibility.rules import Condition, Education, JobType, RuleSet, RulesError, load_rules

__all__ = [
    "CANNOT_TELL", "ELIGIBLE", "NEED_TARGET", "NOT_OFFERED", "NOT_YET", "NO_CERTIFICATE",
    "Check", "Condition", "ConditionResult", "Decision", "Education", "JobType", "Profile", "RuleSet", "RulesError",
    "evaluate", "load_rules", "parse_profile", "render_decision", "render_question", "render_requirements",
]
