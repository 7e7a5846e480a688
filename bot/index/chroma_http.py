"""A Chroma server client with connect and request timeouts.

chromadb's HTTP client waits forever: its httpx session is created with `timeout=None`, and chromadb
accepts no other client class (it checks the implementation's name). So the one way in is to give
every chromadb HTTP session of this process our timeouts right after it is created, before its
first request (tenant validation) runs. One Chroma server per process, so one pair of timeouts.
"""
from __future__ import annotations

import httpx

_timeout = httpx.Timeout(20.0, connect=5.0)


def timed_http_client(host: str, port: int, connect_s: float, request_s: float, chroma_settings):
    """`chromadb.HttpClient(host, port)` whose requests wait at most `request_s` (`connect_s` to connect)."""
    global _timeout
    import chromadb

    _timeout = httpx.Timeout(request_s, connect=connect_s)
    _install()
    return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)


def _install() -> None:
    from chromadb.api.fastapi import FastAPI

    original = FastAPI.__init__
    if getattr(original, "_with_timeouts", False):
        return

    def __init__(self, system) -> None:
        original(self, system)
        self._session.timeout = _timeout

    __init__._with_timeouts = True  # type: ignore[attr-defined]
    FastAPI.__init__ = __init__
