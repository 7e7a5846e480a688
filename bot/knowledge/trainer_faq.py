"""The trainer FAQ: answers that trainers teach the bot from Telegram, kept in one YAML file.

The file is in the curated FAQ format (`knowledge/README.md`), so `advisor ingest` on a fresh
machine rebuilds every taught answer. Each entry also records its author and date, and cites itself
as "trainer FAQ, author, date": it is the trainer's own statement, never the standard. Taught answers
are FAQ entries only; eligibility decisions stay with the rule engine, which runs before any FAQ.

Writes are serialised (a lock per file within the process, `flock` across processes) and atomic
(a temporary file in the same folder, then `os.replace`), so two admins teaching at once lose nothing
and a reader never sees half a file.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

from bot.knowledge.faq_format import parse_faq
from bot.language import to_simplified

HEADER = """\
# Trainer FAQ: answers taught by trainers (ADMIN_IDS) from Telegram with /teach, removed with /forget.
# Same format as faq/faq.yaml, plus `author` and `date` per entry. Each answer is cited as
# "trainer FAQ, author, date": the trainer's own statement, not the national standard.
# Written by the bot (atomically); editing by hand is fine while the bot is not teaching.
"""
DOCUMENT = {
    "title_zh": "培训师问答",
    "title_en": "Trainer FAQ",
    "source": "trainers' own answers, taught in Telegram",
    "authority": "trainer statement (not the standard)",
}
_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
_PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)


@dataclass(frozen=True)
class TaughtEntry:
    id: str
    question: str
    answer: str
    language: str  # zh | en
    author: str
    date: str  # YYYY-MM-DD

    def citation(self, lang: str) -> str:
        """How an answer from this entry names its source."""
        if lang == "zh":
            return f"培训师问答，{self.author}，{self.date}"
        return f"trainer FAQ, {self.author}, {self.date}"

    def to_yaml(self) -> dict:
        return {
            "id": self.id,
            "intent": "general",
            "questions": {self.language: [self.question]},
            "answer": {self.language: self.answer},
            "certainty": "confirmed",
            "author": self.author,
            "date": self.date,
            "sources": [{"title_zh": self.citation("zh"), "title_en": self.citation("en"),
                         "source": "", "section": ""}],
        }


def normalized(question: str) -> str:
    """A question reduced to what identifies it: Simplified script, lower case, no spaces or punctuation."""
    return _PUNCTUATION.sub("", to_simplified(question).lower())


def new_entry(question: str, answer: str, language: str, author: str, date: str | None = None) -> TaughtEntry:
    """An entry with an id derived from the date and the question (stable for the same question)."""
    date = date or dt.date.today().isoformat()
    digest = hashlib.sha256(f"{language}\x1f{normalized(question)}".encode()).hexdigest()[:8]
    return TaughtEntry(f"trainer-{date.replace('-', '')}-{digest}", question.strip(), answer.strip(), language,
                       author.strip() or "trainer", date)


class TrainerFaq:
    """The trainer FAQ file: read, add (replacing the same question), remove, find."""

    def __init__(self, path: Path):
        self.path = Path(path)
        with _LOCKS_GUARD:
            self._lock = _LOCKS.setdefault(self.path.resolve(), threading.Lock())

    def entries(self) -> list[TaughtEntry]:
        return [_from_yaml(item) for item in self._raw_entries()]

    def add(self, entry: TaughtEntry) -> TaughtEntry | None:
        """Store `entry`; an entry for the same question and language is replaced by it (and returned)."""
        key = (entry.language, normalized(entry.question))
        with self._locked():
            stored = self._raw_entries()
            kept = [raw for raw in stored if raw.get("id") != entry.id and _key(_from_yaml(raw)) != key]
            replaced = next((_from_yaml(raw) for raw in stored if raw not in kept), None)
            self._write(kept + [entry.to_yaml()])
        return replaced

    def remove(self, entry_id: str) -> TaughtEntry | None:
        """Remove the entry with this id; None (and nothing written) when there is none."""
        with self._locked():
            raw_entries = self._raw_entries()
            gone = next((raw for raw in raw_entries if str(raw.get("id")) == entry_id), None)
            if gone is not None:
                self._write([raw for raw in raw_entries if raw is not gone])
        return _from_yaml(gone) if gone is not None else None

    def get(self, entry_id: str) -> TaughtEntry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def find(self, text: str) -> TaughtEntry | None:
        """The entry a message refers to: by its id, its answer quoted in the text, or its question."""
        entries = self.entries()
        for entry in entries:
            if entry.id in text:
                return entry
        plain = normalized(text)
        for entry in reversed(entries):  # the latest first
            if normalized(entry.answer) and normalized(entry.answer) in plain:
                return entry
        return next((e for e in reversed(entries) if normalized(e.question) == plain), None)

    def taught(self, question: str) -> TaughtEntry | None:
        """The entry taught for exactly this question (any language), if any."""
        plain = normalized(question)
        return next((e for e in reversed(self.entries()) if normalized(e.question) == plain), None)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            folder = os.open(self.path.parent, os.O_RDONLY)  # flock on the folder: no lock file to leave behind
            try:
                fcntl.flock(folder, fcntl.LOCK_EX)
                yield
            finally:
                os.close(folder)  # closing releases the lock

    def _raw_entries(self) -> list[dict]:
        """The entries as stored (hand-written extras such as more phrasings are kept as they are)."""
        if not self.path.exists():
            return []
        data = yaml.safe_load(self.path.read_text(encoding="utf-8")) or {}
        raw = (data.get("entries") or []) if isinstance(data, dict) else []
        parse_faq(raw, self.path)  # the same checks as ingest: a broken file fails here, not later
        return raw

    def _write(self, entries: list[dict]) -> None:
        dates = [str(e.get("date")) for e in entries if e.get("date")]
        document = {**DOCUMENT, "date": max(dates, default=dt.date.today().isoformat()), "entries": entries}
        text = HEADER + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=10_000)
        parse_faq(yaml.safe_load(text)["entries"], self.path)  # never write what ingest would reject
        fd, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _from_yaml(item: dict) -> TaughtEntry:
    questions, answers = item.get("questions") or {}, item.get("answer") or {}
    language = next((lang for lang in ("zh", "en") if answers.get(lang)), "zh")
    phrasings = questions.get(language) or sum((list(v or []) for v in questions.values()), []) or [""]
    first = phrasings[0] if isinstance(phrasings, list) else phrasings
    return TaughtEntry(str(item["id"]), str(first), str(answers.get(language, "")), language,
                       str(item.get("author") or "trainer"), str(item.get("date") or ""))


def _key(entry: TaughtEntry) -> tuple[str, str]:
    return entry.language, normalized(entry.question)
