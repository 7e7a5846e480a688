"""python-telegram-bot persistence backed by our SQLite `Store`.

Only what the guided flows need is persisted: ConversationHandler states and `user_data` (the
answers given so far in /check). Chat and bot data, and callback data, are not used by this bot.
"""
from __future__ import annotations

from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.telegram.infra.state import Store


class StorePersistence(BasePersistence[dict, dict, dict]):
    def __init__(self, store: Store, update_interval: float = 5.0):
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False),
            update_interval=update_interval,
        )
        self.store = store

    async def get_user_data(self) -> dict[int, dict]:
        return self.store.flow_user_data()

    async def get_chat_data(self) -> dict[int, dict]:
        return {}

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict:
        return self.store.flow_states(name)

    async def update_conversation(self, name: str, key: tuple[int | str, ...], new_state: object | None) -> None:
        self.store.set_flow_state(name, key, new_state)

    async def update_user_data(self, user_id: int, data: dict) -> None:
        self.store.set_flow_user_data(user_id, _plain(data))

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        return None

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        self.store.set_flow_user_data(user_id, None)

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None

    async def flush(self) -> None:
        return None


def _plain(data: dict) -> dict:
    """Only JSON-friendly top-level entries are kept (flows store plain values)."""
    return {str(k): v for k, v in data.items() if isinstance(v, (str, int, float, bool, list, dict, type(None)))}
