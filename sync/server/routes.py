"""The signed device endpoints: registrations, attachments, decisions, reference data, bundles, checkpoints."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sync import protocol, sealing
from sync.protocol import Outcome, ProblemCode, RejectReason, SealedItem
from sync.server import intake
from sync.server.auth import (
    SIGNED_HEADERS,
    authenticate,
    parse_json_object,
    read_body,
    require_content_type,
    signed_path,
)
from sync.server.bundle_intake import check_carrier, import_part, verified_part
from sync.server.config import Settings
from sync.server.limits import DeviceLimits
from sync.server.models import Attachment, Checkpoint, Decision, Receipt, Record
from sync.server.problems import Problem
from sync.server.receipts import receipt_for

if TYPE_CHECKING:
    from sync.server.central import Central

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _body(limit: Callable[[Settings], int], content_type: str | None = None
          ) -> Callable[[Request], Coroutine[Any, Any, bytes]]:
    """A dependency that reads the raw body on the event loop, so the handler can be a plain `def`.

    FastAPI runs plain handlers in its thread pool: their database calls never hold up the event loop.
    """

    async def read(request: Request) -> bytes:
        if content_type is not None:
            require_content_type(request, content_type)
        central: Central = request.app.state.central
        return await read_body(request, limit(central.settings))

    return read


# The body each operation takes: its media type (checked first) and its size limit (enforced while reading).
SmallBody = Annotated[bytes, Depends(_body(lambda s: s.small_limit))]
SmallJson = Annotated[bytes, Depends(_body(lambda s: s.small_limit, "application/json"))]
BatchJson = Annotated[bytes, Depends(_body(lambda s: s.batch_limit, "application/json"))]
BatchOctets = Annotated[bytes, Depends(_body(lambda s: s.batch_limit, "application/octet-stream"))]
BundleOctets = Annotated[bytes, Depends(_body(lambda s: s.bundle_limit, "application/octet-stream"))]


def install(app: FastAPI, central: Central) -> None:
    settings = central.settings
    limits = DeviceLimits(settings.device_requests_per_minute, settings.nik_refusals_per_hour)

    def signed(request: Request, body: bytes) -> str:
        """The id of the device that signed this request (the nonce and sequence number are spent here), within
        its limits."""
        with central.sessions() as session:
            device_id = authenticate(request, body, session, settings.clock_skew).id
        limits.admit(device_id)
        return device_id

    @app.post("/v1/registrations")
    def registrations(request: Request, body: BatchJson) -> Response:
        device_id = signed(request, body)
        raw_items = parse_json_object(body).get("items")
        if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= protocol.MAX_BATCH_ITEMS:
            raise Problem(400, ProblemCode.INVALID_REQUEST, f"items: 1 to {protocol.MAX_BATCH_ITEMS} sealed records.")
        items = [_item(raw, index) for index, raw in enumerate(raw_items)]
        limits.admit_registrations(device_id)
        with central.sessions() as session:
            outcomes = intake.receive(session, central.keys, central.checks, device_id, items)
        limits.note_nik_refusals(device_id, sum(any(r.get("code") == RejectReason.NIK_REGISTERED.value
                                                    for r in o.reasons) for o in outcomes))
        return JSONResponse({"results": [o.to_json() for o in outcomes]})

    @app.get("/v1/registrations/{record_id}")
    def record_status(request: Request, record_id: str, body: SmallBody) -> Response:
        device_id = signed(request, body)
        if not _UUID.match(record_id):
            raise Problem(404, ProblemCode.NOT_FOUND, "No such record from this device.")
        with central.sessions() as session:
            rows = session.scalars(
                select(Record).where(Record.record_id == record_id, Record.device_id == device_id)
                .order_by(Record.version)
            ).all()
            if not rows:
                raise Problem(404, ProblemCode.NOT_FOUND, "No such record from this device.")
            declared = [h for row in rows for h in intake.declared_attachments(row)]
            have = intake.held_attachments(session, device_id, declared)
            versions = []
            for row in rows:
                missing = [h for h in intake.declared_attachments(row) if h not in have]
                versions.append({"version": row.version, "payload_sha256": row.payload_sha256,
                                 "missing_attachments": missing, "complete": not missing})
        return JSONResponse({"record_id": record_id, "versions": versions})

    @app.put("/v1/attachments/{sha256}")
    def attachment(request: Request, sha256: str, body: BatchOctets) -> Response:
        device_id = signed(request, body)
        if not protocol.SHA256_HEX.match(sha256):
            raise Problem(400, ProblemCode.INVALID_REQUEST, "The path names a lowercase hex SHA-256.")
        # The seal first: only a device holding the document, sealed for itself, learns whether it is stored.
        try:
            sealing.open_attachment(central.keys.centre, body, sha256, device_id)
        except sealing.SealBroken as exc:
            raise Problem(422, ProblemCode.SEAL_INVALID, "The seal does not open to this hash.") from exc
        with central.sessions() as session:
            if session.get(Attachment, (sha256, device_id)) is not None:
                return JSONResponse({"sha256": sha256, "outcome": Outcome.ALREADY_HAVE.value})
            stored = intake.store_attachment(session, sha256, device_id, body)
        outcome = Outcome.ACCEPTED if stored else Outcome.ALREADY_HAVE
        return JSONResponse({"sha256": sha256, "outcome": outcome.value}, status_code=201 if stored else 200)

    @app.get("/v1/decisions")
    def decisions(request: Request, body: SmallBody) -> Response:
        device_id = signed(request, body)
        after_text = request.query_params.get("after", "0") or "0"
        limit_text = request.query_params.get("limit", "100")
        if not (after_text.isdigit() and len(after_text) <= 18):
            raise Problem(400, ProblemCode.CURSOR_INVALID, "The cursor is not one this server issued.")
        if not (limit_text.isdigit() and 1 <= int(limit_text) <= 500):
            raise Problem(400, ProblemCode.INVALID_REQUEST, "limit: 1 to 500.")
        after, limit = int(after_text), int(limit_text)
        with central.sessions() as session:
            rows = session.scalars(
                select(Decision).where(Decision.device_id == device_id, Decision.id > after)
                .order_by(Decision.id).limit(limit + 1)
            ).all()
        page = rows[:limit]
        answer = {
            "decisions": [
                {"cursor": str(d.id), "record_id": d.record_id, "version": d.version, "decision": d.decision,
                 "reason": d.reason, "decided_at": d.decided_at.replace(tzinfo=dt.UTC).isoformat()}
                for d in page
            ],
            "next_cursor": str(page[-1].id) if page else str(after),
            "more": len(rows) > limit,
        }
        return JSONResponse(answer)

    @app.get("/v1/reference")
    def reference_versions(request: Request, body: SmallBody) -> Response:
        signed(request, body)
        return JSONResponse({"versions": {k: v.version for k, v in central.reference.items()},
                             "etags": {k: v.etag for k, v in central.reference.items()}})

    @app.get("/v1/reference/{kind}")
    def reference(request: Request, kind: str, body: SmallBody) -> Response:
        signed(request, body)
        item = central.reference.get(kind)
        if item is None:
            raise Problem(404, ProblemCode.NOT_FOUND, "No such reference data.")
        etag = f'"{item.etag}"'
        if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers={"ETag": etag})
        answer = {"kind": item.kind, "version": item.version, "etag": item.etag, "content": item.content}
        return JSONResponse(answer, headers={"ETag": etag})

    @app.post("/v1/bundles")
    def bundles(request: Request, body: BundleOctets) -> Response:
        importer = signed(request, body)
        with central.sessions() as session:
            part = verified_part(session, body)
            check_carrier(session, part, importer)
            outcomes = import_part(session, central, part, importer)
            digests = [hashlib.sha256(item.sealed).hexdigest() for item in part.items]
            receipt = receipt_for(session, central, part.device_id, list(zip(outcomes, digests, strict=True)))
        return JSONResponse({"bundle_sha256": part.sha256, "device_id": part.device_id, "bundle_id": part.bundle_id,
                             "part": part.part, "parts": part.parts, "results": [o.to_json() for o in outcomes],
                             "receipt": protocol.b64encode(receipt)})

    @app.post("/v1/checkpoints")
    def checkpoints(request: Request, body: SmallJson) -> Response:
        device_id = signed(request, body)
        position, head, previous_position, previous_head = _checkpoint(parse_json_object(body))
        with central.sessions() as session:
            last = session.scalar(
                select(Checkpoint).where(Checkpoint.device_id == device_id).order_by(Checkpoint.id.desc()).limit(1)
            )
            if last is not None and (last.position, last.head) == (position, head):
                return JSONResponse(_checkpoint_json(last, Outcome.ALREADY_HAVE))
            extends = last is None or (
                (previous_position, previous_head) == (last.position, last.head) and position > last.position
            )
            if not extends:
                raise Problem(409, ProblemCode.CHAIN_NOT_EXTENDED,
                              "This audit head does not extend the last one the centre acknowledged.")
            row = Checkpoint(device_id=device_id, position=position, head=head,
                             signed_request=_signed_request(request, body))
            session.add(row)
            session.add(Receipt(device_id=device_id, kind="checkpoint", subject=head, detail=f"position={position}"))
            session.commit()
            return JSONResponse(_checkpoint_json(row, Outcome.ACCEPTED), status_code=201)


def _item(raw: object, index: int) -> SealedItem:
    try:
        return SealedItem.from_json(raw)
    except ValueError as exc:
        raise Problem(400, ProblemCode.INVALID_REQUEST, f"items[{index}].{exc}: not valid.") from exc


def _checkpoint(data: dict[str, Any]) -> tuple[int, str, int, str]:
    position, head = data.get("position"), data.get("head")
    previous_position, previous_head = data.get("previous_position", 0), data.get("previous_head", "")
    counts_ok = all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**62
                    for v in (position, previous_position))
    heads_ok = isinstance(head, str) and bool(protocol.SHA256_HEX.match(head)) and isinstance(previous_head, str) \
        and (previous_head == "" or bool(protocol.SHA256_HEX.match(previous_head)))
    if not (counts_ok and heads_ok) or set(data) - {"position", "head", "previous_position", "previous_head"}:
        raise Problem(400, ProblemCode.INVALID_REQUEST, "position, head, previous_position, previous_head.")
    assert isinstance(position, int) and isinstance(previous_position, int)
    assert isinstance(head, str) and isinstance(previous_head, str)
    if position < 1:
        raise Problem(400, ProblemCode.INVALID_REQUEST, "position starts at 1.")
    return position, head, previous_position, previous_head


def _signed_request(request: Request, body: bytes) -> str:
    """Method, path, Host, Content-Type, signature headers and body as received: enough to verify it later."""
    return json.dumps({"method": request.method, "path": signed_path(request),
                       "host": request.headers.get("host", ""), "content_type": request.headers.get("content-type", ""),
                       "headers": {name: request.headers.get(name, "") for name in SIGNED_HEADERS},
                       "body": body.decode("utf-8")}, sort_keys=True)


def _checkpoint_json(row: Checkpoint, outcome: Outcome) -> dict[str, Any]:
    return {"outcome": outcome.value, "position": row.position, "head": row.head,
            "acknowledged_at": int(time.time())}
