"""Fault injection (tests and demos only; off by default).

Per request, in this order: added latency, then by share a 500, a 503 with
Retry-After, a 429 with Retry-After (all before any work is done), or a
connection closed mid-response (after the work is done, so the client must
retry and the idempotency rules make the retry safe).
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import ProblemCode
from sync.server.config import Faults
from sync.server.problems import Problem, problem_response

_EXEMPT = ("/v1/openapi.yaml",)


class FaultMiddleware:
    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults
        self.random = random.Random(faults.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.faults.active or scope.get("path") in _EXEMPT:
            await self.app(scope, receive, send)
            return
        f = self.faults
        if f.latency_ms:
            await asyncio.sleep(f.latency_ms / 1000)
        roll = self.random.random()
        injected: Problem | None = None
        if roll < f.error_500:
            injected = Problem(500, ProblemCode.INTERNAL, "Injected fault.")
        elif roll < f.error_500 + f.unavailable_503:
            injected = Problem(503, ProblemCode.UNAVAILABLE, "Injected fault.", retry_after=f.retry_after)
        elif roll < f.error_500 + f.unavailable_503 + f.rate_limited_429:
            injected = Problem(429, ProblemCode.RATE_LIMITED, "Injected fault.", retry_after=f.retry_after)
        if injected is not None:
            await problem_response(injected)(scope, receive, send)
            return
        if roll < f.error_500 + f.unavailable_503 + f.rate_limited_429 + f.close_connection:
            await self.app(scope, receive, _cut_off(send))
            return
        await self.app(scope, receive, send)


def _cut_off(send: Send) -> Send:
    """Pass the headers and half the first body chunk, then stop: the server drops the connection."""
    state: dict[str, Any] = {"done": False}

    async def wrapped(message: Message) -> None:
        if state["done"]:
            return
        if message["type"] == "http.response.body":
            body = message.get("body", b"")
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            state["done"] = True
            raise ConnectionAbortedError("injected: connection closed mid-response")
        await send(message)

    return wrapped
