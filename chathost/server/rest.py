"""The REST endpoints under /api/v1 (the WebSocket endpoints are declared here too)."""

from __future__ import annotations

from aiohttp import web

from chathost import __version__
from chathost.protocol import models
from chathost.protocol.limits import MAX_GUIDELINE_BYTES
from chathost.protocol.version import PROTOCOL_VERSION
from chathost.server import admin, auth, blocks, staff_ws, views, visitor_ws, wrapup
from chathost.server.api import Api, Call, QueryParam, RateLimited
from chathost.server.context import CONTEXT, ServerContext
from chathost.server.errors import not_found
from chathost.server.snapshot import snapshot as snapshot_of

api = Api()


def _ctx(call: Call) -> ServerContext:
    return call.request.app[CONTEXT]


def _remote(call: Call) -> str:
    """The client's address, for rate limits only (never stored or logged). Behind a reverse
    proxy the proxy's own address is the same for everyone, so trust the hop it added."""
    if _ctx(call).config.behind_proxy:
        forwarded = ",".join(call.request.headers.getall("X-Forwarded-For", []))
        if forwarded.strip(", "):
            return forwarded.rstrip(", ").rsplit(",", 1)[-1].strip()
    return call.request.remote or "unknown"


@api.route(
    "GET",
    "/info",
    summary="Server name, version and protocol version",
    tag="server",
    auth="public",
    response=models.ServerInfo,
)
async def get_info(call: Call) -> models.ServerInfo:
    return models.ServerInfo(
        name=_ctx(call).config.name, version=__version__, protocol=PROTOCOL_VERSION
    )


@api.route(
    "POST",
    "/auth/login",
    summary="Log in; returns a bearer token",
    tag="auth",
    auth="public",
    body=models.LoginRequest,
    response=models.LoginResponse,
    errors=(401, 403, 429),
)
async def login(call: Call) -> models.LoginResponse:
    return await auth.login(_ctx(call), call.body, _remote(call))


@api.route("POST", "/auth/logout", summary="Revoke the caller's token", tag="auth", status=204)
async def logout(call: Call) -> None:
    ctx = _ctx(call)
    assert call.token_hash is not None
    await ctx.storage.revoke_session(call.token_hash)
    staff_ws.disconnect_token(ctx, call.token_hash, "logged_out")


@api.route(
    "POST",
    "/auth/verify",
    summary="Check the caller's password again (to unlock a locked console)",
    tag="auth",
    body=models.VerifyRequest,
    status=204,
    errors=(401, 429),
)
async def verify(call: Call) -> None:
    await auth.verify(_ctx(call), call.user, call.body)


@api.route("GET", "/me", summary="The caller's account", tag="auth", response=models.User)
async def me(call: Call) -> models.User:
    return views.user(call.user)


@api.route(
    "GET",
    "/staff/snapshot",
    tag="staff",
    response=models.Snapshot,
    summary="Shift, queues and held conversations, with the event stream position",
)
async def snapshot(call: Call) -> models.Snapshot:
    ctx = _ctx(call)
    return snapshot_of(
        ctx.floor,
        call.user,
        ctx.escalations.for_user(call.user),
        ctx.guidelines.revision,
        staff=ctx.staff_board.for_user(call.user),
        transfers=ctx.transfers.for_user(call.user),
    )


@api.route(
    "GET",
    "/guidelines",
    tag="staff",
    response=models.GuidelineSet,
    summary="The guidelines of the caller's services, with the revision",
)
async def guidelines(call: Call) -> models.GuidelineSet:
    return _ctx(call).guidelines.for_user(call.user)


@api.route(
    "GET",
    "/staff/services",
    tag="staff",
    response=list[models.StaffService],
    summary="Every service, for referrals, with its wrap-up form",
)
async def staff_services(call: Call) -> list[models.StaffService]:
    return wrapup.staff_services(_ctx(call).floor)


@api.route(
    "GET",
    "/staff/colleagues",
    tag="staff",
    response=list[models.StaffMember],
    summary="Hosts and supervisors who share a service with the caller (to pick a colleague "
    "for a warm transfer)",
)
async def colleagues(call: Call) -> list[models.StaffMember]:
    return _ctx(call).staff_board.colleagues_of(call.user)


@api.route(
    "POST",
    "/conversations/{conversation}/wrapup",
    tag="staff",
    summary="File (or replace) the caller's anonymous wrap-up of a conversation",
    body=models.WrapupAnswers,
    status=204,
    errors=(403, 404, 409, 503),
)
async def file_wrapup(call: Call) -> None:
    conversation = call.request.match_info["conversation"]
    await wrapup.file_wrapup(_ctx(call).floor, call.user, conversation, call.body)


@api.route(
    "GET",
    "/conversations/{conversation}/messages",
    tag="staff",
    summary="Messages after a sequence number",
    response=models.MessagePage,
    errors=(400, 403, 404),
    query=[
        QueryParam("after", "Return messages with a greater sequence number", 0, 2**53),
        QueryParam("limit", "At most this many messages", 1, 1000),
    ],
)
async def messages(call: Call) -> models.MessagePage:
    after = call.query_int("after", 0, 0, 2**53)
    limit = call.query_int("limit", 500, 1, 1000)
    conversation = call.request.match_info["conversation"]
    return await _ctx(call).floor.transcript.messages(call.user, conversation, after, limit)


@api.route(
    "GET",
    "/services",
    summary="Services a visitor can choose from",
    tag="visitor",
    auth="public",
    response=list[models.PublicService],
)
async def public_services(call: Call) -> list[models.PublicService]:
    floor = _ctx(call).floor
    return [views.public_service(floor.service_view(s)) for s in floor.directory.services.values()]


@api.route(
    "GET",
    "/visitor/config",
    summary="Settings for the visitor page (where quick exit goes)",
    tag="visitor",
    auth="public",
    response=models.VisitorConfig,
)
async def visitor_config(call: Call) -> models.VisitorConfig:
    return models.VisitorConfig(url=_ctx(call).config.quick_exit_url)


@api.route(
    "POST",
    "/visitor/conversations",
    tag="visitor",
    auth="public",
    summary="Open an anonymous conversation; returns the visitor's token",
    body=models.VisitorOpenRequest,
    response=models.VisitorOpenResponse,
    status=201,
    errors=(403, 404, 409, 429, 503),
)
async def open_conversation(call: Call) -> models.VisitorOpenResponse:
    ctx = _ctx(call)
    key = _remote(call)
    wait = ctx.open_limiter.retry_after(key)
    if wait > 0:
        raise RateLimited("Too many new chats from here. Wait a moment.", wait)
    ctx.open_limiter.hit(key)
    session_hash = await blocks.check_open(ctx.floor, call.body.session)
    token, live = await ctx.floor.intake.open_conversation(
        call.body.service, call.body.language, session_hash
    )
    return models.VisitorOpenResponse(
        token=token, conversation=live.row.id, service=live.service.slug
    )


@api.route(
    "GET",
    "/staff/ws",
    tag="staff",
    websocket=True,
    errors=(400,),
    summary="Staff event stream and commands (WebSocket; frames in docs/protocol.md)",
)
async def staff_socket(call: Call) -> web.StreamResponse:
    return await staff_ws.serve(call.request, call.user, call.token_hash)


@api.route(
    "GET",
    "/visitor/ws",
    tag="visitor",
    auth="public",
    websocket=True,
    errors=(400,),
    summary="The visitor's conversation (WebSocket; the first frame carries the token)",
)
async def visitor_socket(call: Call) -> web.StreamResponse:
    return await visitor_ws.serve(call.request)


@api.route(
    "GET",
    "/admin/services",
    summary="All services",
    tag="admin",
    auth="admin",
    response=list[models.Service],
)
async def list_services(call: Call) -> list[models.Service]:
    floor = _ctx(call).floor
    return [floor.service_view(s) for s in floor.directory.services.values()]


@api.route(
    "POST",
    "/admin/services",
    summary="Create a service",
    tag="admin",
    auth="admin",
    body=models.ServiceCreate,
    response=models.Service,
    status=201,
    errors=(409,),
)
async def create_service(call: Call) -> models.Service:
    ctx = _ctx(call)
    service = await admin.add_service(ctx.storage, call.body, ctx.config.clock())
    ctx.floor.add_service(service)
    return ctx.floor.service_view(service)


@api.route(
    "PUT",
    "/admin/services/{slug}/wrapup",
    summary="Replace a service's wrap-up form",
    tag="admin",
    auth="admin",
    body=models.WrapupForm,
    response=models.WrapupForm,
    errors=(404, 503),
)
async def set_wrapup_form(call: Call) -> models.WrapupForm:
    return await wrapup.set_form(_ctx(call).floor, call.request.match_info["slug"], call.body)


@api.route(
    "GET",
    "/admin/guidelines",
    summary="Every stored guideline",
    tag="admin",
    auth="admin",
    response=list[models.GuidelineInfo],
)
async def list_guidelines(call: Call) -> list[models.GuidelineInfo]:
    return _ctx(call).guidelines.infos()


@api.route(
    "GET",
    "/admin/guidelines/{guideline}",
    summary="A guideline's Markdown source",
    tag="admin",
    auth="admin",
    response=models.GuidelineSource,
    errors=(404,),
)
async def get_guideline(call: Call) -> models.GuidelineSource:
    return _ctx(call).guidelines.source(call.request.match_info["guideline"])


@api.route(
    "PUT",
    "/admin/guidelines/{guideline}",
    summary="Store or replace a guideline; refused unless it passes the lint",
    tag="admin",
    auth="admin",
    body=models.GuidelineSource,
    max_body=MAX_GUIDELINE_BYTES,
    response=models.GuidelineInfo,
    errors=(503,),
)
async def put_guideline(call: Call) -> models.GuidelineInfo:
    guideline = call.request.match_info["guideline"]
    return await _ctx(call).guidelines.put(call.user, guideline, call.body.source)


@api.route(
    "DELETE",
    "/admin/guidelines/{guideline}",
    summary="Delete a guideline",
    tag="admin",
    auth="admin",
    status=204,
    errors=(404, 503),
)
async def delete_guideline(call: Call) -> None:
    await _ctx(call).guidelines.delete(call.user, call.request.match_info["guideline"])


@api.route(
    "GET",
    "/admin/users",
    summary="All accounts",
    tag="admin",
    auth="admin",
    response=list[models.User],
)
async def list_users(call: Call) -> list[models.User]:
    return [views.user(u) for u in await _ctx(call).storage.list_users()]


@api.route(
    "POST",
    "/admin/users",
    summary="Create an account",
    tag="admin",
    auth="admin",
    body=models.UserCreate,
    response=models.User,
    status=201,
    errors=(409,),
)
async def create_user(call: Call) -> models.User:
    ctx = _ctx(call)
    user = await admin.add_user(ctx.storage, call.body, ctx.config.clock())
    ctx.floor.directory.put_user(user)
    return views.user(user)


@api.route(
    "POST",
    "/admin/users/{username}/disable",
    tag="admin",
    auth="admin",
    summary="Disable an account: its tokens are revoked and its connections closed",
    response=models.User,
    errors=(404, 503),
)
async def disable_user(call: Call) -> models.User:
    ctx = _ctx(call)
    user = await ctx.storage.set_user_disabled(call.request.match_info["username"], True)
    if user is None:
        raise not_found("user")
    ctx.floor.directory.put_user(user)
    staff_ws.disconnect_user(ctx, user.id, "account_disabled")
    await ctx.floor.sign_off(user)
    return views.user(user)
