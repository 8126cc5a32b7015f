"""problem+json (RFC 9457) responses with stable codes."""

from __future__ import annotations

import json
import time
from email.utils import formatdate

from starlette.responses import Response

from sync import protocol
from sync.protocol import ProblemCode

_TITLES: dict[int, str] = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Body too large",
    415: "Unsupported media type",
    422: "Unprocessable request",
    429: "Too many requests",
    500: "Internal error",
    503: "Service unavailable",
}


class Problem(Exception):
    def __init__(self, status: int, code: ProblemCode, detail: str, *, retry_after: int | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.retry_after = retry_after
        self.headers = headers or {}


def problem_response(problem: Problem) -> Response:
    body = {
        "type": f"https://luring.example/problems/{problem.code.value}",
        "title": _TITLES.get(problem.status, "Error"),
        "status": problem.status,
        "code": problem.code.value,
        "detail": problem.detail,
    }
    headers = {**problem.headers, **time_headers()}
    if problem.retry_after is not None:
        headers["Retry-After"] = str(problem.retry_after)
    return Response(json.dumps(body), status_code=problem.status, media_type=protocol.PROBLEM_JSON, headers=headers)


def time_headers() -> dict[str, str]:
    now = time.time()
    return {"Date": formatdate(now, usegmt=True), protocol.SERVER_TIME_HEADER: str(int(now))}
