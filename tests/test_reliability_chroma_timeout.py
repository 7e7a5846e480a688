"""Issue 9, point 8: a Chroma server that accepts connections and never answers. `ask` gives up after
the configured timeouts with the one-line "unreachable" message; the Telegram bot replies "temporarily
unavailable" while it hangs and answers again once it recovers."""
from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest

from tests.chroma_server import ChromaServer, free_port
from tests.reliability_support import cli


class BlackHole:
    """A TCP server on 127.0.0.1 that accepts every connection and never sends a byte."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self) -> None:
        self.sock.close()
        for connection in self.held:
            connection.close()


def test_ask_against_a_silent_server_gives_up_in_one_line(test_settings, tmp_path):
    hole = BlackHole()
    try:
        started = time.monotonic()
        result = cli(test_settings, "ask", "什么是互联网营销师？", cwd=tmp_path, timeout=60, CHROMA_HOST="127.0.0.1",
                     CHROMA_PORT=str(hole.port), CHROMA_CONNECT_TIMEOUT_S="1", CHROMA_REQUEST_TIMEOUT_S="1.5")
        elapsed = time.monotonic() - started
    finally:
        hole.close()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr[-3000:]
    assert "unreachable" in lines[0] and f"127.0.0.1:{hole.port}" in lines[0], lines[0]
    assert elapsed < 30


class SwitchableProxy:
    """Forwards 127.0.0.1:port to a real server; while `silent`, swallows requests and never answers."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.silent = False
        self.port = free_port()
        self.server: asyncio.AbstractServer | None = None

    async def start(self) -> "SwitchableProxy":
        self.server = await asyncio.start_server(self._client, "127.0.0.1", self.port)
        return self

    async def stop(self) -> None:
        self.server.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return

        async def pipe(source, sink, upstream: bool) -> None:
            try:
                while data := await source.read(65536):
                    if upstream and self.silent:
                        continue  # the request vanishes: the client waits for an answer that never comes
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, up_writer, True), pipe(up_reader, writer, False))


@pytest.mark.asyncio
async def test_telegram_says_unavailable_while_the_server_hangs_and_recovers(test_settings, tmp_path):
    from bot.answering.advisor import Advisor
    from bot.index.ingest import ingest
    from tests.telegram_support import bot_settings, running

    server = ChromaServer(tmp_path / "chroma").start()
    proxy = await SwitchableProxy(server.port).start()
    try:
        settings = bot_settings(test_settings, tmp_path / "state.sqlite3", chroma_host="127.0.0.1",
                                chroma_port=proxy.port, chroma_connect_timeout_s=1.0, chroma_request_timeout_s=3.0,
                                chroma_path=tmp_path / "unused" / "index", rate_limit_per_minute=0)
        # (the index is built with a generous timeout: a loaded machine may take longer than 1.5 s for an upsert;
        # the short timeout is what the bot answers with while the server hangs)
        await asyncio.to_thread(ingest, settings.model_copy(update={"chroma_request_timeout_s": 60.0}), False)
        advisor = await asyncio.to_thread(Advisor.from_settings, settings)
        async with running(settings, advisor) as (api, _):
            user = api.user(801, language_code="en")
            user.send_text("What does a product selector do?")
            [first] = await api.wait_for_messages(user.chat_id, 1, timeout=30)
            assert "temporarily unavailable" not in first.text
            proxy.silent = True
            user.send_text("How many skill levels are there?")
            [_, hung] = await api.wait_for_messages(user.chat_id, 2, timeout=30)
            assert "temporarily unavailable" in hung.text
            proxy.silent = False
            user.send_text("What does a live-stream seller do?")
            [*_, recovered] = await api.wait_for_messages(user.chat_id, 3, timeout=30)
            assert "temporarily unavailable" not in recovered.text and "Sources" in recovered.text
    finally:
        await proxy.stop()
        server.stop()
