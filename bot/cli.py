"""`advisor` command line: parses arguments and delegates; no answering logic lives here."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing may download a model at run time
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from pydantic import ValidationError  # noqa: E402

from bot.settings import Settings, SettingInvalid, describe_invalid, get_settings  # noqa: E402

log = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as exc:  # one line naming the variable, the value and what is allowed
        return _fail(describe_invalid(exc))
    from bot.logging_setup import configure_logging

    configure_logging(settings)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args, settings)
    except SettingInvalid as exc:  # e.g. an EMBEDDING_MODEL that is not installed
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `advisor ask ... | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="advisor", description="Internet Marketer (互联网营销师) career advisor")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("ingest", help="build or update the index from knowledge/")
    p.add_argument("--no-progress", action="store_true")
    p.add_argument("--rebuild", action="store_true", help="embed everything into a new collection, reusing nothing")
    p.set_defaults(handler=cmd_ingest)

    p = sub.add_parser("search", help="show the retrieved chunks for a query")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("ask", help="answer one question, or JSON lines from stdin with --jsonl")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--jsonl", action="store_true", help='read {"id","question"} lines from stdin')
    p.set_defaults(handler=cmd_ask)

    p = sub.add_parser("chat", help="interactive conversation in the terminal")
    p.set_defaults(handler=cmd_chat)

    p = sub.add_parser("eval", help="run a case file (dev.jsonl format) and print pass rates per kind")
    p.add_argument("file")
    p.add_argument("--failures", action="store_true", help="list failing cases")
    p.set_defaults(handler=cmd_eval)

    p = sub.add_parser("telegram", help="run the Telegram bot (long polling, or --webhook)")
    p.add_argument("--webhook", action="store_true")
    p.set_defaults(handler=cmd_telegram)

    p = sub.add_parser("run", help="ensure the index, then the Telegram bot if TELEGRAM_BOT_TOKEN is set, else chat")
    p.set_defaults(handler=cmd_run)
    return parser


def _fail(message: str, code: int = 1) -> int:
    from bot.logging_setup import redact

    print(redact(f"advisor: {message}"), file=sys.stderr)  # an error's text may quote a secret
    return code


def cmd_ingest(args, settings: Settings) -> int:
    from bot.knowledge import KnowledgeFileError
    from bot.index.ingest import ingest
    from bot.index.vectorstore import IndexUnavailable

    try:
        report = ingest(settings, progress=False if args.no_progress else None, rebuild=getattr(args, "rebuild", False))
    except KnowledgeFileError as exc:
        return _fail(f"malformed knowledge file, nothing changed: {exc}")
    except IndexUnavailable as exc:
        return _fail(str(exc))
    print(report.summary())
    _train_understanding(settings)
    return 0


def _train_understanding(settings: Settings) -> None:
    """Train (or find cached) the dialogue-act classifier now, so that the first answer does not."""
    from bot.answering.acts import load_or_train, model_path
    from bot.index.embeddings import make_embedder

    embedder = make_embedder(settings.embedding_model, settings.embedding_threads, cache_dir=settings.cache_dir)
    if not model_path(settings.acts_cache_dir, settings.understanding_dir, embedder.name).exists():
        started = time.perf_counter()
        load_or_train(settings.understanding_dir, settings.acts_cache_dir, embedder)
        print(f"understanding: act classifier trained in {time.perf_counter() - started:.1f} s")
    # The retrieval state and the FAQ entry classifier too: the bot then starts without training.
    from bot.index.vectorstore import VectorStore
    from bot.retrieval.retriever import Retriever

    started = time.perf_counter()
    collection, _ = VectorStore.from_settings(settings, embedder).open_active()
    Retriever(collection, embedder, cache_dir=settings.cache_dir, phrasings_dir=settings.understanding_dir,
              model_cache_dir=settings.acts_cache_dir)
    print(f"understanding: FAQ entry classifier ready in {time.perf_counter() - started:.1f} s")


def _advisor(settings: Settings):
    from bot.answering.advisor import Advisor

    return Advisor.from_settings(settings)


def _guard_index(func):
    """Turn an unreachable or missing index into one clear line and exit code 1."""

    def wrapper(args, settings: Settings) -> int:
        from bot.eligibility import RulesError
        from bot.index.vectorstore import IndexUnavailable

        try:
            return func(args, settings)
        except IndexUnavailable as exc:
            return _fail(f"{exc}")
        except RulesError as exc:
            return _fail(f"eligibility rules: {exc}")

    return wrapper


@_guard_index
def cmd_search(args, settings: Settings) -> int:
    advisor = _advisor(settings)
    for rank, hit in enumerate(advisor.search(args.query, k=args.k), 1):
        meta = hit.metadata
        print(f"{rank}. [{hit.score:.3f}] {meta.get('title')} › {meta.get('section') or '-'} ({meta.get('language')}, {meta.get('path')})")
        print("   " + hit.text.replace("\n", " ")[:300])
    return 0


@_guard_index
def cmd_ask(args, settings: Settings) -> int:
    from bot.terminal import render_answer

    advisor = _advisor(settings)
    if args.jsonl:
        from bot.answering.conversation import Conversation

        conversations: dict[str, Conversation] = {}
        for line in sys.stdin:
            if not line.strip():
                continue
            print(json.dumps(_jsonl_reply(advisor, line, conversations), ensure_ascii=False), flush=True)
        return 0
    if args.question is None:
        return _fail("ask needs a question (or --jsonl with questions on stdin)", 2)
    answer = advisor.answer(args.question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        print(render_answer(answer, advisor.templates))
    return 0


def _jsonl_reply(advisor, line: str, conversations: dict) -> dict:
    """The answer to one `ask --jsonl` line, or an error object: a bad line never ends the stream."""
    from bot.answering.conversation import Conversation
    from bot.index.vectorstore import IndexUnavailable

    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"error": f"invalid JSON line: {exc}"}
    if not isinstance(item, dict):
        return {"error": f'each line must be a JSON object like {{"id": 1, "question": "…"}}, not {type(item).__name__}'}
    question = item.get("question")
    if not isinstance(question, str):
        return {"id": item.get("id"), "error": '"question" is missing or not a string'}
    # Lines with the same "conversation" value share one conversation, in order.
    key = item.get("conversation")
    conversation = conversations.setdefault(str(key), Conversation()) if key is not None else None
    try:
        return advisor.answer(question, conversation).to_json(item.get("id"))
    except IndexUnavailable as exc:
        return {"id": item.get("id"), "error": str(exc)}
    except Exception as exc:  # one question's failure is that line's error, not the stream's end
        log.exception("question %r failed", item.get("id"))
        return {"id": item.get("id"), "error": f"could not answer ({exc.__class__.__name__})"}


@_guard_index
def cmd_chat(args, settings: Settings) -> int:
    from bot.terminal import run_chat

    return run_chat(_advisor(settings))


@_guard_index
def cmd_eval(args, settings: Settings) -> int:
    from bot.evaluation import load_cases, report, run_cases

    advisor = _advisor(settings)
    cases = load_cases(args.file)
    results = run_cases(advisor, cases)
    print(report(results, show_failures=args.failures))
    return 0


@_guard_index
def cmd_telegram(args, settings: Settings) -> int:
    from bot.telegram.app import ConfigurationError, run_bot

    if settings.telegram_bot_token is None:
        return _fail("TELEGRAM_BOT_TOKEN is not set (environment or .env)")
    try:
        return run_bot(settings, webhook=args.webhook) or 0
    except ConfigurationError as exc:
        return _fail(str(exc))


def cmd_run(args, settings: Settings) -> int:
    from bot.index.embeddings import make_embedder
    from bot.index.vectorstore import IndexUnavailable, VectorStore

    try:  # the embedder is not loaded just to look at the pointer
        store = VectorStore.from_settings(settings, make_embedder(settings.embedding_model))
        missing = store.active() is None
    except IndexUnavailable as exc:
        return _fail(str(exc))
    if missing:
        print("Building the index (first run)…", file=sys.stderr)
        started = time.perf_counter()
        code = cmd_ingest(argparse.Namespace(no_progress=False), settings)
        if code:
            return code
        log.info("index built in %.1f s", time.perf_counter() - started)
    if settings.telegram_bot_token is not None:
        return cmd_telegram(argparse.Namespace(webhook=bool(settings.webhook_url)), settings)
    return cmd_chat(args, settings)


if __name__ == "__main__":
    sys.exit(main())
