"""The reference central server's application: `create_app(settings)`.

The contract is `resources/openapi/central-v1.yaml` (served at
`/v1/openapi.yaml`). Handlers read raw bodies themselves: the signature
covers the exact bytes, limits are enforced while reading, and every client
mistake becomes a problem+json, never a 500.
"""

from __future__ import annotations

import logging
import time
import uuid
from email.utils import formatdate

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync import protocol
from sync.protocol import ProblemCode
from sync.server import routes
from sync.server.auth import parse_json_object
from sync.server.central import RESOURCES, hash_enrolment_code, open_central
from sync.server.config import Settings
from sync.server.faults import FaultMiddleware
from sync.server.models import Device, EnrolmentCode, utcnow
from sync.server.problems import Problem, problem_response
from sync.signing import verify_signature

log = logging.getLogger("luring.central")
OPENAPI_PATH = RESOURCES / "openapi" / "central-v1.yaml"


class ServerTimeMiddleware:
    """`Date` and `X-Server-Time` on every response, so clients can measure their clock offset."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                now = time.time()
                drop = (b"date", b"x-server-time")
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in drop]
                headers.append((b"date", formatdate(now, usegmt=True).encode()))
                headers.append((b"x-server-time", str(int(now)).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, stamped)


def create_app(settings: Settings) -> FastAPI:
    central = open_central(settings)
    app = FastAPI(title="Luring central (reference)", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.central = central

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> Response:
        return problem_response(exc)

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 405:
            allow = {k: v for k, v in (exc.headers or {}).items() if k.lower() == "allow"}  # RFC 9110: say which
            return problem_response(Problem(405, ProblemCode.METHOD_NOT_ALLOWED, "Method not allowed here.",
                                            headers=allow))
        return problem_response(Problem(404, ProblemCode.NOT_FOUND, "No such resource."))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, _exc: RequestValidationError) -> Response:
        return problem_response(Problem(400, ProblemCode.INVALID_REQUEST, "The request is not valid."))

    @app.exception_handler(OperationalError)
    async def _database_busy(_request: Request, exc: OperationalError) -> Response:
        # A locked or unreachable database is temporary: tell the device when to come back.
        log.warning("database unavailable (%s)", type(exc.orig).__name__)
        return problem_response(Problem(503, ProblemCode.UNAVAILABLE, "Try again later.", retry_after=5))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> Response:
        log.error("unexpected %s", type(exc).__name__)  # no message: it could hold input
        return problem_response(Problem(500, ProblemCode.INTERNAL, "Internal error."))

    @app.get("/v1/health")
    async def health() -> Response:
        return JSONResponse({"status": "ok", "api_version": protocol.API_VERSION, "server_time": int(time.time())})

    @app.get("/v1/openapi.yaml")
    async def openapi_document() -> Response:
        return Response(OPENAPI_PATH.read_bytes(), media_type="application/yaml")

    @app.post("/v1/enrol")
    def enrol(body: routes.SmallJson) -> Response:  # a plain def: its database work runs in the thread pool
        data = parse_json_object(body)
        code, public_b64, proof_b64 = (data.get(k) for k in ("enrolment_code", "device_public_key", "proof"))
        label = data.get("label", "")
        if not all(isinstance(v, str) for v in (code, public_b64, proof_b64, label)) or len(str(label)) > 200:
            raise Problem(400, ProblemCode.INVALID_REQUEST, "enrolment_code, device_public_key and proof are needed.")
        assert isinstance(code, str) and isinstance(public_b64, str) and isinstance(proof_b64, str)
        try:
            public_key = protocol.b64decode(public_b64, expected_len=32)
            proof = protocol.b64decode(proof_b64, expected_len=64)
        except ValueError as exc:
            raise Problem(400, ProblemCode.INVALID_REQUEST, "Keys and proofs are base64 of the raw bytes.") from exc
        if not verify_signature(public_key, proof, protocol.enrol_proof_base(code, public_b64)):
            raise Problem(400, ProblemCode.ENROLMENT_PROOF_INVALID, "The proof is not signed by this key.")
        with central.sessions() as session:
            # One conditional update spends the code: two workers reading "unused" at once cannot both spend it
            # (PostgreSQL re-checks the condition on the locked row; SQLite writes one at a time).
            now, code_hash = utcnow(), hash_enrolment_code(code)
            spent = session.execute(update(EnrolmentCode).where(
                EnrolmentCode.code_hash == code_hash, EnrolmentCode.used_at.is_(None),
                EnrolmentCode.expires_at >= now).values(used_at=now))
            if spent.rowcount != 1:  # type: ignore[attr-defined]  # an UPDATE's result counts its rows
                raise Problem(403, ProblemCode.ENROLMENT_CODE_INVALID, "This code is unknown, used or expired.")
            office_code = session.scalars(select(EnrolmentCode.office_code)
                                          .where(EnrolmentCode.code_hash == code_hash)).one()
            device = Device(id=str(uuid.uuid4()), public_key=public_key, office_code=office_code, label=str(label))
            session.add(device)
            try:
                session.commit()
            except IntegrityError as exc:
                raise Problem(409, ProblemCode.DEVICE_KEY_ENROLLED, "This device key is already enrolled.") from exc
        answer = {
            "device_id": device.id,
            "office_code": device.office_code,
            "central_public_key": protocol.b64encode(central.keys.centre_public),
            "hpke_suite": protocol.HPKE_SUITE_NAME,
            "server_time": int(time.time()),
            "reference_versions": {k: v.version for k, v in central.reference.items()},
        }
        return JSONResponse(answer, status_code=201)

    routes.install(app, central)
    app.add_middleware(ServerTimeMiddleware)
    if settings.faults.active:
        app.add_middleware(FaultMiddleware, faults=settings.faults)
    return app
