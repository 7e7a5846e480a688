"""The terminal front-end: `advisor chat` (a conversation that remembers what the asker said) and an
answer rendered as plain text with its sources (also what `advisor ask` prints)."""
from __future__ import annotations

import sys

from bot.answering.conversation import Conversation
from bot.language import ZH_HANT, localize
from bot.texts import Templates
from bot.types import Answer

GREETING = (
    "互联网营销师职业顾问 / Internet Marketer career advisor\n"
    "问我申报条件、工种和等级、证书、政策。Ask about eligibility, job types and levels, certificates, policy.\n"
    "输入 /reset 清除已记住的信息，/quit 退出。Type /reset to forget your profile, /quit to leave.\n"
)


def run_chat(advisor, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    conversation = Conversation()
    interactive = stdin.isatty()
    stdout.write(GREETING + "\n")
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            return 0
        question = line.strip()
        if question in ("/quit", "/exit", "quit", "exit", "退出"):
            return 0
        if question == "/reset":
            conversation = Conversation()
            stdout.write("OK.\n\n")
            continue
        if not question:
            continue
        answer = advisor.answer(question, conversation)
        stdout.write(render_answer(answer, advisor.templates) + "\n\n")
        stdout.flush()


def render_sources(answer: Answer, templates: Templates) -> str:
    if not answer.sources:
        return ""
    heading = templates.text(answer.language, "answers", "sources_heading")
    if answer.script == "hant":
        heading = localize(heading, ZH_HANT)
    lines = [heading]
    for source in answer.sources:
        section = f" › {source.section}" if source.section else ""
        origin = f" ({source.source})" if source.source else ""
        lines.append(f"- {source.title}{section}{origin}")
    return "\n".join(lines)


def render_answer(answer: Answer, templates: Templates) -> str:
    sources = render_sources(answer, templates)
    return f"{answer.text}\n\n{sources}" if sources else answer.text

