"""A small declarative layer over aiohttp: each endpoint is declared once, with its body, answer,
auth and errors, and both the routes and the OpenAPI document are built from that declaration —
so the document cannot drift from what the server does."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import msgspec
from aiohttp import web

from chathost import __version__
from chathost.protocol import models
from chathost.protocol.limits import MAX_BODY_BYTES
from chathost.protocol.version import API_PREFIX
from chathost.server.errors import OpError

log = logging.getLogger(__name__)

Auth = Literal["public", "staff", "admin"]

_STATUS_TEXT = {
    200: "OK",
    201: "Created",
    204: "No content",
    400: "Bad request",
    401: "Not logged in, or the token has expired",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict with the current state",
    413: "Body too large",
    415: "Body must be application/json",
    429: "Too many requests",
    503: "Temporarily unable to save",
}


@dataclass
class Call:
    """What a handler gets: the request, the decoded body, and the caller if logged in."""

    request: web.Request
    body: Any = None
    user: Any = None
    token_hash: bytes | None = None

    def query_int(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.request.query.get(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise OpError("invalid_query", f"`{name}` must be a whole number.", 400) from None
        if not low <= value <= high:
            raise OpError("invalid_query", f"`{name}` must be from {low} to {high}.", 400)
        return value


Handler = Callable[[Call], Awaitable[Any]]
Authenticator = Callable[[web.Request, Auth], Awaitable[tuple[Any, bytes | None]]]


@dataclass
class QueryParam:
    name: str
    description: str
    minimum: int
    maximum: int


@dataclass
class Endpoint:
    method: str
    path: str
    handler: Handler
    summary: str
    tag: str
    auth: Auth
    body: Any
    response: Any
    status: int
    errors: tuple[int, ...]
    query: list[QueryParam] = field(default_factory=list)
    websocket: bool = False
    max_body: int = MAX_BODY_BYTES


def problem(
    status: int, code: str, title: str, detail: str = "", retry_after: float | None = None
) -> web.Response:
    body = msgspec.json.encode(
        models.Problem(
            title=title, status=status, code=code, detail=detail, retry_after=retry_after
        )
    )
    headers = {}
    if retry_after is not None:
        headers["Retry-After"] = str(max(1, int(retry_after + 0.999)))
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return web.Response(
        status=status, body=body, content_type="application/problem+json", headers=headers
    )


class RateLimited(OpError):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__("rate_limited", message, 429)
        self.retry_after = retry_after


def op_problem(exc: OpError) -> web.Response:
    retry = exc.retry_after if isinstance(exc, RateLimited) else None
    title = _STATUS_TEXT.get(exc.status, "Error")
    return problem(exc.status, exc.code, title, exc.message, retry_after=retry)


class Api:
    def __init__(self) -> None:
        self.endpoints: list[Endpoint] = []

    def route(
        self,
        method: str,
        path: str,
        *,
        summary: str,
        tag: str,
        auth: Auth = "staff",
        body: Any = None,
        response: Any = None,
        status: int = 200,
        errors: tuple[int, ...] = (),
        query: list[QueryParam] | None = None,
        websocket: bool = False,
        max_body: int = MAX_BODY_BYTES,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.endpoints.append(
                Endpoint(
                    method,
                    API_PREFIX + path,
                    handler,
                    summary,
                    tag,
                    auth,
                    body,
                    response,
                    status,
                    errors,
                    query or [],
                    websocket,
                    max_body,
                )
            )
            return handler

        return register

    def install(self, app: web.Application, authenticate: Authenticator) -> None:
        for endpoint in self.endpoints:
            app.router.add_route(endpoint.method, endpoint.path, self._wrap(endpoint, authenticate))

    def _wrap(
        self, endpoint: Endpoint, authenticate: Authenticator
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        decoder = msgspec.json.Decoder(endpoint.body) if endpoint.body is not None else None

        async def handle(request: web.Request) -> web.StreamResponse:
            try:
                call = Call(request)
                if endpoint.auth != "public":
                    call.user, call.token_hash = await authenticate(request, endpoint.auth)
                if decoder is not None:
                    call.body = await _read_body(request, decoder, endpoint.max_body)
                result = await endpoint.handler(call)
            except OpError as exc:
                return op_problem(exc)
            if endpoint.websocket:
                assert isinstance(result, web.StreamResponse)
                return result
            if result is None:
                return web.Response(status=204)
            return web.Response(
                status=endpoint.status,
                body=msgspec.json.encode(result),
                content_type="application/json",
            )

        return handle

    def openapi(self, title: str) -> dict[str, Any]:
        types: list[Any] = [models.Problem]
        for endpoint in self.endpoints:
            types += [t for t in (endpoint.body, endpoint.response) if t is not None]
        schemas, components = msgspec.json.schema_components(
            types, ref_template="#/components/schemas/{name}"
        )
        by_type = {repr(t): s for t, s in zip(types, schemas, strict=True)}
        problem_ref = {"$ref": "#/components/schemas/Problem"}
        paths: dict[str, dict[str, Any]] = {}
        for ep in self.endpoints:
            responses: dict[str, Any] = {}
            if ep.websocket:
                responses["101"] = {"description": "Switching to the WebSocket protocol"}
            elif ep.response is None:
                responses[str(ep.status)] = {"description": _STATUS_TEXT.get(ep.status, "OK")}
            else:
                responses[str(ep.status)] = {
                    "description": _STATUS_TEXT.get(ep.status, "OK"),
                    "content": {"application/json": {"schema": by_type[repr(ep.response)]}},
                }
            errors = set(ep.errors)
            if ep.body is not None:
                errors |= {400, 413, 415}
            if ep.auth != "public":
                errors |= {401}
            if ep.auth == "admin":
                errors |= {403}
            for status in sorted(errors):
                responses[str(status)] = {
                    "description": _STATUS_TEXT.get(status, "Error"),
                    "content": {"application/problem+json": {"schema": problem_ref}},
                }
            op: dict[str, Any] = {
                "summary": ep.summary,
                "tags": [ep.tag],
                "operationId": ep.handler.__name__,
                "responses": responses,
            }
            if ep.auth != "public":
                op["security"] = [{"bearer": []}]
            params = [
                {
                    "name": q.name,
                    "in": "query",
                    "required": False,
                    "description": q.description,
                    "schema": {"type": "integer", "minimum": q.minimum, "maximum": q.maximum},
                }
                for q in ep.query
            ]
            params += [
                {
                    "name": name,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "minLength": 1, "maxLength": 64},
                }
                for name in _path_names(ep.path)
            ]
            if params:
                op["parameters"] = params
            if ep.body is not None:
                op["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": by_type[repr(ep.body)]}},
                }
            paths.setdefault(ep.path, {})[ep.method.lower()] = op
        return {
            "openapi": "3.1.0",
            "info": {
                "title": title,
                "version": __version__,
                "description": "ChatHost chat backend. WebSocket frames: docs/protocol.md.",
            },
            "paths": paths,
            "components": {
                "schemas": components,
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            },
        }


def _path_names(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


async def _read_body(
    request: web.Request, decoder: msgspec.json.Decoder[Any], limit: int = MAX_BODY_BYTES
) -> Any:
    if request.content_type != "application/json":
        raise OpError("unsupported_media_type", "Send the body as application/json.", 415)
    if request.content_length is not None and request.content_length > limit:
        raise OpError("body_too_large", f"The body is over {limit} bytes.", 413)
    raw = await request.content.read(limit + 1)
    if len(raw) > limit:
        raise OpError("body_too_large", f"The body is over {limit} bytes.", 413)
    try:
        return decoder.decode(raw)
    except msgspec.ValidationError as exc:
        raise OpError("invalid_body", str(exc), 400) from None
    except msgspec.DecodeError as exc:
        raise OpError(
            "malformed_json", f"The body is not valid JSON in UTF-8: {exc}", 400
        ) from None
