"""A loopback server that speaks the OpenAI chat-completions wire protocol, for tests.

    with FakeOpenAI(mode="normal", reply="...") as server:
        ChatOpenAI(base_url=server.base_url, api_key=server.api_key, model="fake", ...)
        server.requests[0].system  # what the client sent

It answers POST /v1/chat/completions (and /chat/completions) like the real API: the same JSON
fields, OpenAI-style error bodies, a 401 for a wrong `Authorization: Bearer` key, and server-sent
events when the client asks for `stream: true`. Behaviour is chosen per server with `mode`
(and may be changed between requests by assigning `server.mode`):

    normal          200 with `reply` (a `reply` longer than the request's max_tokens is cut,
                    finish_reason "length"; `reply` may also be a function of the request body)
    slow            waits `delay_s` (default 30 s, far beyond any client timeout), then answers
    failing         HTTP 500 with an OpenAI error body
    hallucinating   `reply` plus a sentence with a number found nowhere in the request
    garbage         HTTP 200, content-type JSON, body that is not JSON
    wrong_language  a reply in the other language than the request's system prompt
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

MODES = ("normal", "slow", "failing", "hallucinating", "garbage", "wrong_language")
CHAT_PATHS = ("/v1/chat/completions", "/chat/completions")
DEFAULT_REPLY = "OK [1]"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOKEN = re.compile(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+")  # a rough token: a Han character or a word

Reply = str | Callable[[dict[str, Any]], str]


@dataclass
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    json: Any  # the parsed body, or None when it was not JSON

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.json or {}).get("messages", []))

    def content_of(self, role: str) -> str:
        """The concatenated text of all messages with `role` ("system", "user", ...)."""
        return "\n".join(_text(m.get("content")) for m in self.messages if m.get("role") == role)

    @property
    def system(self) -> str:
        return self.content_of("system")

    @property
    def user(self) -> str:
        return self.content_of("user")


def _text(content: Any) -> str:
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}]
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def fresh_number(text: str, start: int = 1987) -> int:
    """A number whose digits occur nowhere in `text`."""
    n = start
    while str(n) in text:
        n += 1
    return n


class FakeOpenAI:
    def __init__(
        self,
        mode: str = "normal",
        reply: Reply = DEFAULT_REPLY,
        *,
        api_key: str = "sk-fake-test-key",
        model: str = "fake-model",
        delay_s: float = 30.0,
    ):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.mode = mode
        self.reply = reply
        self.api_key = api_key
        self.model = model
        self.delay_s = delay_s
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases slow handlers at once
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            with self._lock:  # end idle keep-alive connections, whose handlers would linger
                for connection in self._connections:
                    try:
                        connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeOpenAI is not running")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """What an OpenAI client takes as base_url (ends in /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def last_request(self) -> RecordedRequest:
        return self.requests[-1]

    # -- replies ---------------------------------------------------------------------------
    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def reply_for(self, body: dict[str, Any]) -> str:
        """The assistant text this server's mode gives for a request body."""
        base = self.reply(body) if callable(self.reply) else self.reply
        request_text = json.dumps(body, ensure_ascii=False)
        system = RecordedRequest("POST", "", {}, body).system
        letters = [c for c in system if c.isalpha()]
        chinese = len(_CJK.findall(system)) > 0.3 * len(letters)  # an English prompt may name 互联网营销师
        if self.mode == "hallucinating":
            n = fresh_number(request_text + base)
            return base + (f"另外，考试费用为{n}元。" if chinese else f" The exam fee is {n} yuan.")
        if self.mode == "wrong_language":
            if chinese:
                return "The answer is in the context passages; please ask the evaluation body [1]."
            return "答案见上下文段落，请咨询评价机构。[1]"
        return base

    def completion(self, body: dict[str, Any], content: str) -> dict[str, Any]:
        """A chat.completion object; like a real server it cuts the reply at the token limit."""
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        tokens = list(_TOKEN.finditer(content))
        finish_reason = "stop"
        if limit and len(tokens) > limit:
            content, finish_reason = content[: tokens[limit - 1].end()], "length"
        prompt_tokens = sum(len(_TOKEN.findall(_text(m.get("content")))) for m in body.get("messages", []))
        completion_tokens = min(len(tokens), limit or len(tokens))
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "system_fingerprint": "fp_fake",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "logprobs": None,
                    "finish_reason": finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


def _error(message: str, type_: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI  # set on the per-server subclass
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def setup(self) -> None:
        super().setup()
        with self.fake._lock:
            self.fake._connections.add(self.connection)

    def finish(self) -> None:
        with self.fake._lock:
            self.fake._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def do_GET(self) -> None:
        self._record(None)
        self._send_json(404, _error(f"Unknown request URL: GET {self.path}", "invalid_request_error"))

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            body = None
        self._record(body)
        try:
            self._answer(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout); nothing left to tell it

    def _record(self, body: Any) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake._record(RecordedRequest(self.command, self.path, headers, body))

    def _answer(self, body: Any) -> None:
        fake = self.fake
        if self.path.split("?")[0] not in CHAT_PATHS:
            return self._send_json(404, _error(f"Unknown request URL: POST {self.path}", "invalid_request_error"))
        if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
            return self._send_json(
                401, _error("Incorrect API key provided.", "invalid_request_error", "invalid_api_key")
            )
        if not isinstance(body, dict) or not body.get("messages"):
            return self._send_json(400, _error("'messages' is required", "invalid_request_error"))
        if fake.mode == "slow" and fake._stopping.wait(fake.delay_s):
            return  # stopped while waiting: drop the connection
        if fake.mode == "failing":
            return self._send_json(500, _error("The server had an error while processing your request.", "server_error"))
        if fake.mode == "garbage":
            return self._send(200, b"<html>502 Bad Gateway</html> {not json", "application/json")
        content = fake.reply_for(body)
        if body.get("stream"):
            return self._stream(body, content)
        self._send_json(200, fake.completion(body, content))

    def _stream(self, body: dict[str, Any], content: str) -> None:
        """Server-sent events: a role chunk, one chunk per word, a finish chunk, [DONE]."""
        done = self.fake.completion(body, content)
        base = {k: done[k] for k in ("id", "created", "model", "system_fingerprint")}
        base["object"] = "chat.completion.chunk"
        pieces = re.findall(r"\S+\s*|\s+", done["choices"][0]["message"]["content"]) or [""]
        deltas = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces]
        events = [{**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
        finish = done["choices"][0]["finish_reason"]
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append({**base, "choices": [], "usage": done["usage"]})
        payload = "".join(f"data: {json.dumps(e, ensure_ascii=False)}\n\n" for e in events) + "data: [DONE]\n\n"
        self._send(200, payload.encode(), "text/event-stream")

    def _send_json(self, status: int, obj: Any) -> None:
        self._send(status, json.dumps(obj, ensure_ascii=False).encode(), "application/json")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", f"req_{uuid.uuid4().hex[:16]}")
        self.end_headers()
        self.wfile.write(data)
