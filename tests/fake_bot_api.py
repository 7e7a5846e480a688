"""A loopback stand-in for the Telegram Bot API, for end-to-end tests, soak tests and benchmarks.

It speaks the real wire format (``POST /bot<token>/<method>`` with form, multipart or JSON bodies;
``{"ok": true, "result": ...}`` answers with real Message objects), serves updates that a test
injects through long-polling ``getUpdates``, and records every call. Point python-telegram-bot at it
with ``ApplicationBuilder().base_url(api.base_url)``.

Usage (inside a running event loop; the server runs on that loop)::

    async with FakeBotAPI() as api:
        app = build_application(settings, advisor, base_url=api.base_url)   # token = api.token
        ...start polling...
        alice = api.user(1001, language_code="zh-hans")           # private chat 1001
        alice.send_command("start")
        [greeting] = await api.wait_for_messages(alice.chat_id, 1)
        alice.press(greeting, greeting.buttons[0].data)            # a callback-query press
        api.fail_next("sendMessage", count=1, mode="429")          # or "500" / "drop"
        alice.send_text("直播销售员怎么报考？")

Public surface:
    FakeBotAPI(token=..., bot_username=...)   start() / stop() / ``async with``; base_url; token; bot
    api.user(user_id, language_code="en", chat_type="private", chat_id=None, title=None) -> FakeUser
    FakeUser.send_text(text, reply_to=None) / send_command(name, args="") / press(message, data)
            / send_sticker() / send_photo() / send_voice() / send_document(file_name, content)
            / send_inline(query)  -> update_id;  send_text(..., reply_to=SentMessage|message dict, quote=text)
    api.injected_message(update_id) -> the message dict of an injected update (to reply to it)
    api.add_file(content, file_path) -> file_id   served by getFile and GET /file/bot<token>/<file_path>
    api.inline_answers[inline_query_id] -> the answerInlineQuery parameters (results, button, ...)
    api.inject(update) -> update_id            a raw update dict (update_id assigned if missing)
    api.messages(chat_id=None) -> [SentMessage]    what the bot sent (sendMessage, sendPhoto), in order
    api.calls(method=None) -> [Call]               every request, including failed ones
    await api.wait_for_messages(chat_id, count, timeout=10) -> [SentMessage]
    await api.wait_for(predicate, timeout=10)      polls predicate() until truthy
    api.fail_next(method, count=1, mode="429"|"500"|"drop", retry_after=1)
    api.injected_at[update_id]                     time.monotonic() of each injection
    SentMessage: chat_id, message_id, text (as shown), html (as sent), photo (bytes), buttons,
                 button(data_prefix), edits, at (time.monotonic() when the request arrived),
                 document + file_name (sendDocument)

For benchmarks and soak tests, `FakeBotAPIProcess` runs the same server in a child process
(``python -m tests.fake_bot_api``), so it does not take CPU from the bot under test; it is driven
over ``POST /_fake/<op>`` (send, send_many with server-side pacing, messages, injected, calls,
fail_next, count) through async methods of the same names.

HTML sent with ``parse_mode=HTML`` is validated like Telegram does (supported tags only, balanced,
only &lt; &gt; &amp; &quot; and numeric entities, <= 4096 characters after parsing); a violation
answers 400 "can't parse entities", so a test catches a reply that real Telegram would reject.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Callable

from aiohttp import web

_JSON_PARAMS = {
    "reply_markup", "entities", "caption_entities", "commands", "scope", "allowed_updates",
    "reply_parameters", "link_preview_options", "media", "results", "button",
}
_INT_PARAMS = {"message_id", "offset", "limit", "timeout", "reply_to_message_id", "message_thread_id"}
_SUPPORTED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class HTMLEntityError(ValueError):
    pass


class _TelegramHTML(HTMLParser):
    """Parses Telegram-flavoured HTML into plain text, raising on what Telegram would reject."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in _SUPPORTED_TAGS:
            raise HTMLEntityError(f'Unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise HTMLEntityError(f'Unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "&" in data or "<" in data:
            raise HTMLEntityError("Character '&' or '<' is reserved and must be escaped")
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in _ENTITIES:
            raise HTMLEntityError(f'Unsupported HTML entity "&{name};"')
        self.parts.append(_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        self.parts.append(chr(int(name[1:], 16) if name[:1] in "xX" else int(name)))


def parse_html(html_text: str) -> str:
    """The plain text Telegram would show for `html_text`; raises HTMLEntityError when it would refuse."""
    parser = _TelegramHTML()
    parser.feed(html_text)
    parser.close()
    if parser.rawdata:  # an unterminated "<..." or "&..." left unparsed
        raise HTMLEntityError("Can't find end of the entity or tag")
    if parser.stack:
        raise HTMLEntityError(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"')
    return "".join(parser.parts)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Call:
    """One request the bot made. outcome: "ok", "400", "429", "500" or "drop"."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes]
    at: float
    outcome: str = "ok"


@dataclass
class Button:
    text: str
    data: str | None = None
    url: str | None = None


@dataclass
class SentMessage:
    """A message the bot sent. `text` is what the user sees (HTML parsed); `html` is what was sent."""

    chat_id: int
    message_id: int
    method: str
    text: str = ""
    html: str = ""
    photo: bytes | None = None
    reply_markup: dict | None = None
    at: float = 0.0
    edits: int = 0
    raw: dict = field(default_factory=dict)
    document: bytes | None = None  # sendDocument: the file's content
    file_name: str = ""

    @property
    def buttons(self) -> list[Button]:
        """Inline-keyboard buttons, row by row, flattened."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for row in rows for b in row]

    def button(self, data_prefix: str) -> Button:
        """The first button whose callback data starts with `data_prefix`."""
        for b in self.buttons:
            if b.data and b.data.startswith(data_prefix):
                return b
        raise LookupError(f"no button with data {data_prefix!r}* in {[b.data for b in self.buttons]}")


class FakeUser:
    """A simulated Telegram user in one chat (private by default, or a group)."""

    def __init__(self, api: "FakeBotAPI", user_id: int, language_code: str | None, chat: dict, first_name: str):
        self.api = api
        self.user_id = user_id
        self.chat = chat
        self.from_ = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            self.from_["language_code"] = language_code

    @property
    def chat_id(self) -> int:
        return self.chat["id"]

    def _message(self, **content: Any) -> dict:
        return {
            "message_id": self.api._next_message_id(self.chat_id),
            "date": int(time.time()),
            "chat": dict(self.chat),
            "from": dict(self.from_),
            **content,
        }

    def send_text(self, text: str, reply_to: SentMessage | dict | None = None, quote: str | None = None) -> int:
        """A text message; "@botname" in it becomes a mention entity, a leading "/x" a command.

        `reply_to` is a bot message or any message dict (e.g. `api.injected_message(update_id)`);
        `quote` is the quoted part of the replied-to message.
        """
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(text.split()[0])})
        mention = "@" + self.api.bot["username"]
        at = text.find(mention)
        if at >= 0:
            entities.append({"type": "mention", "offset": utf16_len(text[:at]), "length": utf16_len(mention)})
        message = self._message(text=text)
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = dict(reply_to) if isinstance(reply_to, dict) else self.api._message_dict(reply_to)
        if quote is not None:
            message["quote"] = {"text": quote, "position": 0}
        return self.api.inject({"message": message})

    def send_command(self, name: str, args: str = "") -> int:
        return self.send_text(f"/{name} {args}".strip())

    def press(self, message: SentMessage, data: str) -> int:
        """Press an inline button with callback data `data` under the bot's `message`."""
        query = {
            "id": str(next(self.api._ids)),
            "from": dict(self.from_),
            "chat_instance": f"ci{self.chat_id}",
            "message": self.api._message_dict(message),
            "data": data,
        }
        return self.api.inject({"callback_query": query})

    def send_sticker(self) -> int:
        sticker = {"file_id": "STK1", "file_unique_id": "stk1", "type": "regular", "width": 512,
                   "height": 512, "is_animated": False, "is_video": False, "emoji": "😀"}
        return self.api.inject({"message": self._message(sticker=sticker)})

    def send_photo(self, caption: str | None = None) -> int:
        photo = [{"file_id": "PH1", "file_unique_id": "ph1", "width": 90, "height": 90}]
        content: dict[str, Any] = {"photo": photo}
        if caption:
            content["caption"] = caption
        return self.api.inject({"message": self._message(**content)})

    def send_voice(self) -> int:
        voice = {"file_id": "VC1", "file_unique_id": "vc1", "duration": 3, "mime_type": "audio/ogg"}
        return self.api.inject({"message": self._message(voice=voice)})

    def send_document(self, file_name: str = "cv.pdf", content: bytes | None = None,
                      mime_type: str = "application/pdf", file_size: int | None = None) -> int:
        """A file; with `content` the bot can download it (getFile, then the file path)."""
        file_id = self.api.add_file(content, f"documents/{file_name}") if content is not None else "DC1"
        doc = {"file_id": file_id, "file_unique_id": file_id.lower(), "file_name": file_name, "mime_type": mime_type}
        size = file_size if file_size is not None else (len(content) if content is not None else None)
        if size is not None:
            doc["file_size"] = size
        return self.api.inject({"message": self._message(document=doc)})

    def send_inline(self, query: str, chat_type: str = "supergroup") -> int:
        """An inline query ("@bot query" typed in a chat of `chat_type`); its id is str(update_id)."""
        update_id = next(self.api._update_ids)
        inline = {"id": str(update_id), "from": dict(self.from_), "query": query, "offset": "", "chat_type": chat_type}
        return self.api.inject({"update_id": update_id, "inline_query": inline})


class FakeBotAPI:
    """The loopback Bot API server (see the module docstring for its public surface)."""

    def __init__(self, token: str = "123456:TEST-fake-token", bot_username: str = "career_advisor_test_bot"):
        self.token = token
        self.bot = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "Career Advisor",
                    "username": bot_username, "can_join_groups": True,
                    "can_read_all_group_messages": False, "supports_inline_queries": False}
        self._calls: list[Call] = []
        self._sent: list[SentMessage] = []
        self._sent_to: dict[int, list[SentMessage]] = {}
        self._by_id: dict[tuple[int, int], SentMessage] = {}
        self._pending: list[dict] = []
        self._new_update = asyncio.Event()
        self._failures: dict[str, list[tuple[str, int]]] = {}
        self._message_ids: dict[int, itertools.count] = {}
        self._update_ids = itertools.count(1)
        self._ids = itertools.count(1)
        self.injected_at: dict[int, float] = {}
        self._injected_chat: dict[int, int] = {}
        self._pacers: set[asyncio.Task] = set()
        self.commands: dict[str, list[dict]] = {}
        self._updates: dict[int, dict] = {}
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self.inline_answers: dict[str, dict] = {}
        self.webhook: dict[str, Any] = {}
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------------------
    async def start(self) -> "FakeBotAPI":
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        app.router.add_post("/_fake/{op}", self._control)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._closing = True
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeBotAPI":
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- test-side helpers -----------------------------------------------------------------------
    def user(self, user_id: int, language_code: str | None = "en", chat_type: str = "private",
             chat_id: int | None = None, title: str | None = None, first_name: str | None = None) -> FakeUser:
        """A simulated user; a group chat needs chat_type="group" (chat_id defaults to -user_id)."""
        name = first_name or f"User{user_id}"
        if chat_type == "private":
            chat = {"id": chat_id or user_id, "type": "private", "first_name": name}
        else:
            chat = {"id": chat_id or -user_id, "type": chat_type, "title": title or f"Group {user_id}"}
        return FakeUser(self, user_id, language_code, chat, name)

    def inject(self, update: dict) -> int:
        """Queue a raw update for getUpdates; returns its update_id."""
        update.setdefault("update_id", next(self._update_ids))
        self._updates[update["update_id"]] = update
        self.injected_at[update["update_id"]] = time.monotonic()
        content = update.get("message") or update.get("callback_query", {}).get("message") or {}
        self._injected_chat[update["update_id"]] = content.get("chat", {}).get("id")
        self._pending.append(update)
        self._new_update.set()
        return update["update_id"]

    def injected_message(self, update_id: int) -> dict:
        """The message of an injected update, e.g. to reply to a user's question."""
        return dict(self._updates[update_id]["message"])

    def add_file(self, content: bytes, file_path: str) -> str:
        """Make `content` downloadable; returns its file_id."""
        file_id = f"FILE{len(self._files) + 1}"
        self._files[file_id] = (file_path, bytes(content))
        return file_id

    def messages(self, chat_id: int | None = None) -> list[SentMessage]:
        return list(self._sent) if chat_id is None else list(self._sent_to.get(chat_id, ()))

    def calls(self, method: str | None = None) -> list[Call]:
        return [c for c in self._calls if method is None or c.method == method]

    def fail_next(self, method: str = "sendMessage", count: int = 1, mode: str = "429", retry_after: int = 1) -> None:
        """Make the next `count` calls of `method` fail: "429" (retry_after s), "500", or "drop" the connection.

        A failed call is recorded with its outcome and not delivered, as Telegram would behave.
        """
        if mode not in ("429", "500", "drop"):
            raise ValueError(f"unknown failure mode {mode!r}")
        self._failures.setdefault(method, []).extend([(mode, retry_after)] * count)

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Poll `predicate` until it returns something truthy; TimeoutError after `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise TimeoutError(f"condition not met within {timeout} s")
            await asyncio.sleep(0.01)

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[SentMessage]:
        """Wait until at least `count` bot messages reached `chat_id`; returns all of them."""
        try:
            return await self.wait_for(lambda: len(self.messages(chat_id)) >= count and self.messages(chat_id), timeout)
        except TimeoutError:
            got = [m.text[:80] for m in self.messages(chat_id)]
            raise TimeoutError(f"chat {chat_id}: expected {count} messages within {timeout} s, got {got}") from None

    # -- server side -----------------------------------------------------------------------------
    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _message_dict(self, message: SentMessage) -> dict:
        return dict(message.raw)

    async def _read_params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        if request.content_type == "application/json":
            params = await request.json() if request.can_read_body else {}
        elif request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.filename is not None:
                    files[part.name] = bytes(await part.read())
                    params[f"_{part.name}_name"] = part.filename
                else:
                    params[part.name] = await part.text()
        else:
            params = dict(await request.post())
        params.update(request.query)
        return {k: _decode(k, v) for k, v in params.items()}, files

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params, files = await self._read_params(request)
        call = Call(method, params, files, time.monotonic())
        self._calls.append(call)
        failures = self._failures.get(method)
        if failures:
            mode, retry_after = failures.pop(0)
            call.outcome = mode
            if mode == "drop":
                request.transport.close()  # type: ignore[union-attr]
                raise asyncio.CancelledError()
            if mode == "429":
                return _error(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)
            return _error(500, "Internal Server Error")
        handler = getattr(self, "_m_" + method.lower(), None)
        if handler is None:
            call.outcome = "404"
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(params, files, call)
        except _APIError as exc:
            call.outcome = str(exc.code)
            return _error(exc.code, exc.description)
        return web.json_response({"ok": True, "result": result})

    async def _control(self, request: web.Request) -> web.Response:
        """Test-side operations over HTTP, for FakeBotAPIProcess (the server in a child process)."""
        body = await request.json() if request.can_read_body else {}
        op = request.match_info["op"]
        if op == "send":
            result: Any = self._control_send(body)
        elif op == "send_many":  # one request, injected in the given order (paced by the server at `rate`/s)
            if body.get("rate"):
                self._pacers.add(asyncio.create_task(self._paced(body["items"], float(body["rate"]))))
                result = len(body["items"])
            else:
                result = [self._control_send(item) for item in body["items"]]
        elif op == "messages":
            result = [{"chat_id": m.chat_id, "message_id": m.message_id, "method": m.method, "text": m.text,
                       "at": m.at, "buttons": [b.data for b in m.buttons]} for m in self._sent]
        elif op == "injected":
            result = {str(k): {"at": at, "chat_id": self._injected_chat.get(k)} for k, at in self.injected_at.items()}
        elif op == "calls":
            result = [{"method": c.method, "outcome": c.outcome, "at": c.at} for c in self.calls(body.get("method"))]
        elif op == "fail_next":
            self.fail_next(**body)
            result = True
        elif op == "count":
            result = {"sent": len(self._sent), "calls": len(self._calls)}
        else:
            return web.json_response({"ok": False, "description": f"unknown op {op}"}, status=404)
        return web.json_response({"ok": True, "result": result})

    async def _paced(self, items: list[dict], rate: float) -> None:
        started = time.monotonic()
        for n, item in enumerate(items):
            delay = started + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            self._control_send(item)

    def _control_send(self, body: dict) -> int:
        user = self.user(**body["user"])
        kind = body.get("kind", "text")
        sender = getattr(user, f"send_{kind}")
        return sender(body["text"]) if kind in ("text", "command") else sender()

    # -- methods ---------------------------------------------------------------------------------
    async def _m_getme(self, params, files, call):
        return self.bot

    async def _m_getupdates(self, params, files, call):
        offset = params.get("offset")
        if offset:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        while not self._pending and not self._closing:
            self._new_update.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                await asyncio.wait_for(self._new_update.wait(), remaining)
            except asyncio.TimeoutError:
                break
        return self._pending[:limit]

    async def _m_sendmessage(self, params, files, call):
        text = str(params.get("text", ""))
        shown = self._rendered(text, params.get("parse_mode"), 4096, "message is too long")
        return self._deliver(call, params, text=shown, html=text)

    async def _m_sendphoto(self, params, files, call):
        photo = files.get("photo")
        if photo is None and not params.get("photo"):
            raise _APIError(400, "Bad Request: there is no photo in the request")
        caption = str(params.get("caption", ""))
        shown = self._rendered(caption, params.get("parse_mode"), 1024, "message caption is too long")
        return self._deliver(call, params, text=shown, html=caption, photo=photo)

    async def _m_editmessagetext(self, params, files, call):
        message = self._find(params)
        text = str(params.get("text", ""))
        message.text = self._rendered(text, params.get("parse_mode"), 4096, "message is too long")
        message.html = text
        self._edit_markup(message, params)
        message.raw["text"] = message.text
        return message.raw

    async def _m_editmessagereplymarkup(self, params, files, call):
        message = self._find(params)
        self._edit_markup(message, params)
        return message.raw

    async def _m_senddocument(self, params, files, call):
        document = files.get("document")
        if document is None:
            raise _APIError(400, "Bad Request: there is no document in the request")
        caption = str(params.get("caption", ""))
        shown = self._rendered(caption, params.get("parse_mode"), 1024, "message caption is too long")
        sent = self._deliver(call, params, text=shown, html=caption)
        message = self._by_id[(int(params["chat_id"]), sent["message_id"])]
        message.document = document
        message.file_name = call.params.get("_document_name", "")
        sent["document"] = {"file_id": f"D{sent['message_id']}", "file_unique_id": f"d{sent['message_id']}",
                            "file_name": message.file_name, "file_size": len(document)}
        return sent

    async def _m_getfile(self, params, files, call):
        file_id = str(params.get("file_id", ""))
        if file_id not in self._files:
            raise _APIError(400, "Bad Request: invalid file_id")
        path, content = self._files[file_id]
        return {"file_id": file_id, "file_unique_id": file_id.lower(), "file_size": len(content), "file_path": path}

    async def _m_answerinlinequery(self, params, files, call):
        self.inline_answers[str(params.get("inline_query_id"))] = params
        return True

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        self._calls.append(Call("download", {"path": request.match_info["path"]}, {}, time.monotonic()))
        for path, content in self._files.values():
            if path == request.match_info["path"]:
                return web.Response(body=content)
        return web.Response(status=404)

    async def _m_sendchataction(self, params, files, call):
        return True

    async def _m_answercallbackquery(self, params, files, call):
        return True

    async def _m_setmycommands(self, params, files, call):
        self.commands[params.get("language_code", "")] = params.get("commands", [])
        return True

    async def _m_getmycommands(self, params, files, call):
        return self.commands.get(params.get("language_code", ""), [])

    async def _m_deletemycommands(self, params, files, call):
        self.commands.pop(params.get("language_code", ""), None)
        return True

    async def _m_deletewebhook(self, params, files, call):
        self.webhook = {}
        return True

    async def _m_setwebhook(self, params, files, call):
        self.webhook = dict(params)
        return True

    async def _m_getwebhookinfo(self, params, files, call):
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    async def _m_close(self, params, files, call):
        return True

    async def _m_logout(self, params, files, call):
        return True

    # -- helpers ---------------------------------------------------------------------------------
    def _rendered(self, text: str, parse_mode: Any, limit: int, too_long: str) -> str:
        if parse_mode == "HTML":
            try:
                text = parse_html(text)
            except HTMLEntityError as exc:
                raise _APIError(400, f"Bad Request: can't parse entities: {exc}") from None
        if utf16_len(text) > limit:
            raise _APIError(400, f"Bad Request: {too_long}")
        if limit == 4096 and not text.strip():
            raise _APIError(400, "Bad Request: message text is empty")
        return text

    def _check_markup(self, markup: Any) -> None:
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if len(button.get("callback_data", "").encode()) > 64:
                    raise _APIError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _deliver(self, call: Call, params: dict, *, text: str, html: str, photo: bytes | None = None) -> dict:
        chat_id = int(params["chat_id"])
        markup = params.get("reply_markup")
        self._check_markup(markup)
        message_id = self._next_message_id(chat_id)
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "group"}
        chat.update({"first_name": "User"} if chat_id > 0 else {"title": "Group"})
        raw: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": self.bot}
        if photo is not None or params.get("photo"):
            raw["photo"] = [{"file_id": f"P{message_id}", "file_unique_id": f"p{message_id}",
                             "width": 1, "height": 1, "file_size": len(photo or b"")}]
            if text:
                raw["caption"] = text
        else:
            raw["text"] = text
        if markup and "inline_keyboard" in markup:  # Telegram returns only inline keyboards in a Message
            raw["reply_markup"] = markup
        sent = SentMessage(chat_id, message_id, call.method, text=text, html=html, photo=photo,
                           reply_markup=markup, at=call.at, raw=raw)
        self._sent.append(sent)
        self._sent_to.setdefault(chat_id, []).append(sent)
        self._by_id[(chat_id, message_id)] = sent
        return raw

    def _find(self, params: dict) -> SentMessage:
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        if key not in self._by_id:
            raise _APIError(400, "Bad Request: message to edit not found")
        return self._by_id[key]

    def _edit_markup(self, message: SentMessage, params: dict) -> None:
        markup = params.get("reply_markup")
        self._check_markup(markup)
        message.reply_markup = markup or None
        if markup:
            message.raw["reply_markup"] = markup
        else:
            message.raw.pop("reply_markup", None)
        message.edits += 1


class _APIError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code, self.description = code, description


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


def _decode(key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if key in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if key in _INT_PARAMS or key == "chat_id":
        try:
            return int(value)
        except ValueError:
            return value
    return value


class FakeBotAPIProcess:
    """The same server in a child process, so that it does not share the bot's CPU (benchmarks, soak).

    ``async with FakeBotAPIProcess() as api:`` then ``api.base_url``, ``await api.send_text(user_id, text)``
    -> update_id, ``await api.send_many(items, rate=None)``, ``await api.messages()`` (dicts: chat_id,
    message_id, method, text, at, buttons), ``await api.injected()``, ``await api.calls(method)``,
    ``await api.fail_next(...)``,
    ``await api.count()``. Times are time.monotonic() of the child, comparable across processes.
    """

    def __init__(self, token: str = "123456:TEST-fake-token", bot_username: str = "career_advisor_test_bot"):
        self.token, self.bot_username = token, bot_username
        self.port = 0
        self._process: asyncio.subprocess.Process | None = None
        self._session: Any = None

    async def start(self) -> "FakeBotAPIProcess":
        import sys

        import aiohttp

        self._process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.fake_bot_api", "--token", self.token, "--username", self.bot_username,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent))
        line = await asyncio.wait_for(self._process.stdout.readline(), 30)  # type: ignore[union-attr]
        self.port = int(line.decode().split()[1])
        self._session = aiohttp.ClientSession(base_url=f"http://127.0.0.1:{self.port}")
        return self

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._process is not None and self._process.returncode is None:
            self._process.stdin.close()  # type: ignore[union-attr]
            try:
                await asyncio.wait_for(self._process.wait(), 10)
            except asyncio.TimeoutError:
                self._process.kill()
                await self._process.wait()

    async def __aenter__(self) -> "FakeBotAPIProcess":
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def _op(self, op: str, **body: Any) -> Any:
        async with self._session.post(f"/_fake/{op}", json=body) as response:
            return (await response.json())["result"]

    async def send_text(self, user_id: int, text: str, language_code: str | None = "en",
                        chat_type: str = "private") -> int:
        user = {"user_id": user_id, "language_code": language_code, "chat_type": chat_type}
        return await self._op("send", user=user, kind="text", text=text)

    async def send_many(self, items: list[tuple[int, str, str | None]], rate: float | None = None) -> list[int] | int:
        """Inject (user_id, text, language_code) texts from private chats in this order.

        Returns their update_ids; with `rate` the server injects them `rate` per second by itself
        (steady pacing even when this process is busy) and only their count is returned: read the
        update ids and times from `injected()` afterwards.
        """
        payload = [{"user": {"user_id": u, "language_code": lang}, "kind": "text", "text": t} for u, t, lang in items]
        return await self._op("send_many", items=payload, rate=rate)

    async def messages(self) -> list[dict]:
        return await self._op("messages")

    async def injected(self) -> dict[int, dict]:
        """update_id -> {"at": injection time, "chat_id": its chat}."""
        return {int(k): v for k, v in (await self._op("injected")).items()}

    async def calls(self, method: str | None = None) -> list[dict]:
        return await self._op("calls", method=method)

    async def fail_next(self, method: str = "sendMessage", count: int = 1, mode: str = "429", retry_after: int = 1) -> None:
        await self._op("fail_next", method=method, count=count, mode=mode, retry_after=retry_after)

    async def count(self) -> dict:
        return await self._op("count")


async def _serve(token: str, username: str) -> None:
    """Child-process entry: serve until stdin closes; the first stdout line is "PORT <n>"."""
    import sys

    api = await FakeBotAPI(token=token, bot_username=username).start()
    print(f"PORT {api.port}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    await api.stop()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Loopback Bot API stand-in (see the module docstring)")
    parser.add_argument("--token", default="123456:TEST-fake-token")
    parser.add_argument("--username", default="career_advisor_test_bot")
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.run(_serve(args.token, args.username))
    except ImportError:
        asyncio.run(_serve(args.token, args.username))
