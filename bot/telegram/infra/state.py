"""The bot's own state in one SQLite file (settings.state_path), surviving restarts.

Holds each user's language choice, each chat's `Conversation` (profile and short history), the
ConversationHandler states and per-user flow data for the python-telegram-bot persistence adapter,
feedback votes, usage counters and every question with its outcome (for /stats).

A damaged SQLite file never stops the bot: it is moved aside to `<name>.corrupt-<timestamp>`, the
reason is logged, and a fresh store starts. Only a regular file is ever moved: a STATE_PATH that is
a folder (e.g. `data`, holding the index) or something else that cannot be opened is refused with
`StateFileUnusable`, and nothing is touched.
"""
from __future__ import annotations

import json
import logging
import pickle
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answering.conversation import Conversation

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    user_id INTEGER PRIMARY KEY, language TEXT, telegram_language TEXT, first_seen REAL, last_seen REAL);
CREATE TABLE IF NOT EXISTS conversations (chat_id INTEGER PRIMARY KEY, data BLOB NOT NULL, updated REAL);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, ts REAL, user_id INTEGER, chat_id INTEGER,
    question TEXT, language TEXT, intent TEXT, outcome TEXT);
CREATE INDEX IF NOT EXISTS questions_by_outcome ON questions (outcome, id);
CREATE TABLE IF NOT EXISTS feedback (
    question_id INTEGER, user_id INTEGER, vote INTEGER, ts REAL, PRIMARY KEY (question_id, user_id));
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS flow_states (name TEXT, key TEXT, state TEXT, PRIMARY KEY (name, key));
CREATE TABLE IF NOT EXISTS flow_user_data (user_id INTEGER PRIMARY KEY, data TEXT NOT NULL);
"""
UNANSWERED = ("refused", "not_covered", "unavailable", "error")


class StateFileUnusable(RuntimeError):
    """STATE_PATH names something that is not, and cannot become, the bot's state file."""


@dataclass
class Stats:
    users: int = 0
    questions: int = 0
    answered: int = 0
    refused: int = 0
    unanswered: int = 0
    feedback_up: int = 0
    feedback_down: int = 0
    counters: dict[str, int] = field(default_factory=dict)
    recent_unanswered: list[tuple[float, str, str]] = field(default_factory=list)  # (ts, outcome, question)


class Store:
    """Thread-safe access to the state file; every call commits at once (WAL keeps that cheap)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.moved_aside: Path | None = None
        self._lock = threading.RLock()
        self._conn = self._open()

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        self._refuse_what_is_not_a_file()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return _connect(self.path)
        except sqlite3.DatabaseError as exc:
            if not self.path.is_file():  # e.g. a parent folder that cannot be written: not corruption
                raise StateFileUnusable(f"STATE_PATH={self.path} cannot be opened ({exc}); "
                                        "point it at a writable file, e.g. data/state.sqlite3") from exc
            reason = f"{exc.__class__.__name__}: {exc}"
        except OSError as exc:
            raise StateFileUnusable(f"STATE_PATH={self.path} cannot be opened ({exc.__class__.__name__}: {exc}); "
                                    "point it at a writable file, e.g. data/state.sqlite3") from exc
        self.moved_aside = self._move_aside()
        if self.moved_aside is not None:
            log.error("state file %s is corrupt or unreadable (%s); moved it aside to %s and started a fresh store",
                      self.path, reason, self.moved_aside)
            try:
                return _connect(self.path)
            except (sqlite3.DatabaseError, OSError) as exc:
                reason = f"{exc.__class__.__name__}: {exc}"
        log.error("state file %s cannot be used (%s); keeping state in memory until restart", self.path, reason)
        return _connect(":memory:")

    def _refuse_what_is_not_a_file(self) -> None:
        """Only a regular file may be the state file, and only one may be moved aside when damaged."""
        if self.path.exists() and not self.path.is_file():
            kind = "a folder" if self.path.is_dir() else "not a regular file"
            raise StateFileUnusable(f"STATE_PATH={self.path} is {kind}; it must name a file, e.g. data/state.sqlite3 "
                                    "(nothing was moved or changed)")
        if self.path.parent.exists() and not self.path.parent.is_dir():
            raise StateFileUnusable(f"STATE_PATH={self.path} is under {self.path.parent}, which is a file, not a folder")

    def _move_aside(self) -> Path | None:
        target = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            if not self.path.exists():
                return None
            self.path.rename(target)
            for suffix in ("-wal", "-shm", "-journal"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.rename(target.with_name(target.name + suffix))
            return target
        except OSError as exc:
            log.error("could not move %s aside: %s", self.path, exc)
            return None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._conn.execute(sql, params)

    def _scalar(self, sql: str, params: tuple = ()) -> Any:
        row = self._execute(sql, params).fetchone()
        return row[0] if row else None

    # -- users ---------------------------------------------------------------------------------
    def touch_user(self, user_id: int, telegram_language: str | None) -> None:
        now = time.time()
        self._execute(
            "INSERT INTO users (user_id, telegram_language, first_seen, last_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET telegram_language = excluded.telegram_language, last_seen = excluded.last_seen",
            (user_id, telegram_language, now, now),
        )

    def language(self, user_id: int) -> str | None:
        """The language the user picked with /lang ("zh", "zh-hant", "en"), or None."""
        return self._scalar("SELECT language FROM users WHERE user_id = ?", (user_id,))

    def set_language(self, user_id: int, language: str | None) -> None:
        now = time.time()
        self._execute(
            "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, last_seen = excluded.last_seen",
            (user_id, language, now, now),
        )

    # -- conversations ---------------------------------------------------------------------------
    def load_conversation(self, chat_id: int) -> Conversation | None:
        blob = self._scalar("SELECT data FROM conversations WHERE chat_id = ?", (chat_id,))
        if blob is None:
            return None
        try:
            conversation = pickle.loads(blob)
        except Exception as exc:  # a profile class that changed shape: start that chat afresh
            log.warning("conversation of chat %s could not be restored (%s); starting afresh", chat_id, exc)
            return None
        return conversation if isinstance(conversation, Conversation) else None

    def save_conversation(self, chat_id: int, conversation: Conversation) -> None:
        self._execute(
            "INSERT OR REPLACE INTO conversations (chat_id, data, updated) VALUES (?, ?, ?)",
            (chat_id, pickle.dumps(conversation, protocol=pickle.HIGHEST_PROTOCOL), time.time()),
        )

    # -- questions, feedback, counters -----------------------------------------------------------
    def record_question(self, user_id: int, chat_id: int, question: str, language: str, intent: str, outcome: str) -> int:
        """Store one question and its outcome ("answered", "refused", "not_covered", ...); returns its id."""
        cursor = self._execute(
            "INSERT INTO questions (ts, user_id, chat_id, question, language, intent, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (time.time(), user_id, chat_id, question[:1000], language, intent, outcome),
        )
        return int(cursor.lastrowid)

    def record_feedback(self, question_id: int, user_id: int, vote: int) -> bool:
        """Store a 👍 (+1) or 👎 (-1); a second vote by the same user replaces the first. False if unknown."""
        if self._scalar("SELECT 1 FROM questions WHERE id = ?", (question_id,)) is None:
            return False
        self._execute(
            "INSERT OR REPLACE INTO feedback (question_id, user_id, vote, ts) VALUES (?, ?, ?, ?)",
            (question_id, user_id, 1 if vote > 0 else -1, time.time()),
        )
        return True

    def bump(self, name: str, amount: int = 1) -> None:
        self._execute(
            "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
            (name, amount),
        )

    def stats(self, recent: int = 10) -> Stats:
        marks = ",".join("?" * len(UNANSWERED))
        with self._lock:
            stats = Stats(
                users=self._scalar("SELECT COUNT(*) FROM users"),
                questions=self._scalar("SELECT COUNT(*) FROM questions"),
                answered=self._scalar("SELECT COUNT(*) FROM questions WHERE outcome = 'answered'"),
                refused=self._scalar("SELECT COUNT(*) FROM questions WHERE outcome = 'refused'"),
                unanswered=self._scalar(f"SELECT COUNT(*) FROM questions WHERE outcome IN ({marks})", UNANSWERED),
                feedback_up=self._scalar("SELECT COUNT(*) FROM feedback WHERE vote > 0"),
                feedback_down=self._scalar("SELECT COUNT(*) FROM feedback WHERE vote < 0"),
                counters=dict(self._execute("SELECT name, value FROM counters ORDER BY name").fetchall()),
            )
            stats.recent_unanswered = self._execute(
                f"SELECT ts, outcome, question FROM questions WHERE outcome IN ({marks}) ORDER BY id DESC LIMIT ?",
                (*UNANSWERED, recent),
            ).fetchall()
        return stats

    # -- python-telegram-bot persistence (ConversationHandler states, per-user flow data) ---------
    def flow_states(self, name: str) -> dict[tuple, Any]:
        rows = self._execute("SELECT key, state FROM flow_states WHERE name = ?", (name,)).fetchall()
        return {tuple(json.loads(key)): json.loads(state) for key, state in rows}

    def set_flow_state(self, name: str, key: tuple, state: Any) -> None:
        if state is None:
            self._execute("DELETE FROM flow_states WHERE name = ? AND key = ?", (name, json.dumps(list(key))))
        else:
            self._execute("INSERT OR REPLACE INTO flow_states (name, key, state) VALUES (?, ?, ?)",
                          (name, json.dumps(list(key)), json.dumps(state)))

    def flow_user_data(self) -> dict[int, dict]:
        rows = self._execute("SELECT user_id, data FROM flow_user_data").fetchall()
        return {user_id: json.loads(data) for user_id, data in rows}

    def set_flow_user_data(self, user_id: int, data: dict | None) -> None:
        if not data:
            self._execute("DELETE FROM flow_user_data WHERE user_id = ?", (user_id,))
        else:
            self._execute("INSERT OR REPLACE INTO flow_user_data (user_id, data) VALUES (?, ?)",
                          (user_id, json.dumps(data, ensure_ascii=False, default=str)))


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"unknown schema version {version}")
        conn.executescript(SCHEMA)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.close()
        raise
    return conn
