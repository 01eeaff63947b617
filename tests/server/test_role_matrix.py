"""The role matrix: every staff operation that acts on something, tried by each role against
the real server. Only the roles in the table succeed; the others get the documented error code
and change nothing. The roles:

- holder: host1, the host holding the conversation (for `take`: a host of the service);
- host: host2, another host of the same service;
- supervisor: super1, a supervisor of the service;
- elsewhere: super2, a supervisor of another service only;
- admin: an administrator (admins never chat);
- visitor: has no staff socket at all (tested at the end).

One server, with its accounts logged in and on shift, serves the whole module (logins cost a
password hash each); every case gets a fresh conversation, and leaves nothing behind."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import msgspec
import pytest
import pytest_asyncio

from chathost.devtools.protoclient import ApiError, CommandError, StaffClient, VisitorClient, new_id
from chathost.protocol import frames
from chathost.protocol.codec import encode_text
from chathost.protocol.version import API_PREFIX
from tests.conftest import Clients, Server, launch
from tests.server.staffing import add_account, add_service

pytestmark = pytest.mark.asyncio(loop_scope="module")

ROLES = ("holder", "host", "supervisor", "elsewhere", "admin")
USERNAMES = {
    "holder": "host1",
    "host": "host2",
    "supervisor": "super1",
    "elsewhere": "super2",
    "admin": "admin",
}


@dataclass
class Scene:
    """One case's conversation (held by host1 unless the operation needs it queued), and what
    was prepared on it."""

    visitor: VisitorClient
    conversation: str
    escalation: str | None = None
    transfer: str | None = None


@dataclass
class Centre:
    server: Server
    clients: Clients
    staff: dict[str, StaffClient] = field(default_factory=dict)

    async def state(self, actor: StaffClient) -> tuple[Any, Any]:
        """What the service's supervisor and the actor see (the stream position aside)."""

        def seen(snapshot: Any) -> Any:
            plain = msgspec.to_builtins(snapshot)
            del plain["position"]
            return plain

        return seen(await self.staff["supervisor"].snapshot()), seen(await actor.snapshot())


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def centre(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Centre]:
    tmp: Path = tmp_path_factory.mktemp("matrix")
    # Well over a hundred conversations from one address: lift the per-address open limit.
    server = await launch(tmp, visitor_opens_per_minute=100_000)
    async with aiohttp.ClientSession() as http:
        clients = Clients(server, http)
        try:
            admin = await clients.staff("admin")
            await add_service(admin, "vaksen", name="Voksen chat")
            centre = Centre(server, clients, {"admin": admin})
            centre.staff["elsewhere"] = await add_account(
                clients, admin, "super2", "supervisor", ["vaksen"]
            )
            for role in ("holder", "host", "supervisor"):
                centre.staff[role] = await clients.staff(USERNAMES[role])
            for role in ("holder", "host", "supervisor", "elsewhere"):
                await centre.staff[role].command(frames.ShiftStart(id=new_id()))
            yield centre
        finally:
            await clients.close()
            await server.stop()


# ---------------------------------------------------------------- the operations


@dataclass(frozen=True)
class Operation:
    # The frame the role sends, given the scene and the acting role.
    frame: Callable[[Scene, str], Any]
    allowed: frozenset[str]
    # The code a refused role gets, where it is not `forbidden`.
    codes: dict[str, str] = field(default_factory=dict)
    # What the case needs before the command: "queued" leaves the conversation untaken.
    prepare: tuple[str, ...] = ()
    # What an allowed command's ack shows (given the ack and the acting username).
    check: Callable[[Any, str], bool] = lambda ack, who: True

    def code(self, role: str) -> str:
        return self.codes.get(role, "forbidden")


def op(frame: Callable[[Scene, str], Any], *allowed: str, **options: Any) -> Operation:
    return Operation(frame, frozenset(allowed), **options)


def _target(role: str) -> str:
    """Whom a role offers the conversation to: host2, or super1 when host2 is the one asking."""
    return "super1" if role == "host" else "host2"


NOT_SUPERVISING = {role: "not_supervising" for role in ROLES}

OPERATIONS: dict[str, Operation] = {
    "take": op(
        lambda s, r: frames.Take(id=new_id(), conversation=s.conversation),
        "holder", "host", "supervisor",
        codes={"admin": "no_shift"},  # an admin has no shift, and cannot start one
        prepare=("queued",),
        check=lambda ack, who: ack.conversation.host == who,
    ),
    "send": op(
        lambda s, r: frames.Send(id=new_id(), conversation=s.conversation, text="Hei"),
        "holder",
        check=lambda ack, who: ack.message.sender == "host" and ack.message.author == who,
    ),
    "send (a supervisor joined)": op(
        lambda s, r: frames.Send(id=new_id(), conversation=s.conversation, text="Hei"),
        "holder", "supervisor",
        prepare=("joined",),
        check=lambda ack, who: ack.message.sender == ("supervisor" if who == "super1" else "host"),
    ),
    "release": op(
        lambda s, r: frames.Release(id=new_id(), conversation=s.conversation, note="ta over"),
        "holder", "supervisor",
        check=lambda ack, who: ack.conversation.status == "queued"
        and ack.conversation.host is None,
    ),
    "end": op(
        lambda s, r: frames.End(id=new_id(), conversation=s.conversation),
        "holder",
        check=lambda ack, who: ack.conversation.status == "ended",
    ),
    "set_risk": op(
        lambda s, r: frames.SetRisk(id=new_id(), conversation=s.conversation, level="high"),
        "holder",
        check=lambda ack, who: ack.conversation.risk == "high",
    ),
    "ask_help": op(
        lambda s, r: frames.AskHelp(id=new_id(), conversation=s.conversation),
        "holder",
        check=lambda ack, who: ack.escalation.status == "open",
    ),
    "cancel_help": op(
        lambda s, r: frames.CancelHelp(id=new_id(), escalation=s.escalation),
        "holder",
        prepare=("help",),
        check=lambda ack, who: ack.escalation.status == "cancelled",
    ),
    "flag_acute": op(
        lambda s, r: frames.FlagAcute(id=new_id(), conversation=s.conversation),
        "holder",
        check=lambda ack, who: ack.conversation.acute_at is not None,
    ),
    "acknowledge": op(
        lambda s, r: frames.Acknowledge(id=new_id(), escalation=s.escalation),
        "supervisor",
        prepare=("help",),
        check=lambda ack, who: ack.escalation.acknowledged_by == who,
    ),
    "refer": op(
        lambda s, r: frames.Refer(id=new_id(), conversation=s.conversation, service="nuoret"),
        "holder", "supervisor",
        check=lambda ack, who: ack.conversation.service == "nuoret"
        and ack.conversation.status == "queued",
    ),
    "block": op(
        lambda s, r: frames.Block(id=new_id(), conversation=s.conversation, reason="abuse"),
        "holder",
        check=lambda ack, who: ack.conversation.ended_by == "blocked",
    ),
    "supervise reading": op(
        lambda s, r: frames.Supervise(id=new_id(), conversation=s.conversation, mode="reading"),
        "supervisor",
        check=lambda ack, who: [(w.username, w.mode) for w in ack.conversation.supervisors]
        == [(who, "reading")],
    ),
    "supervise joined": op(
        lambda s, r: frames.Supervise(id=new_id(), conversation=s.conversation, mode="joined"),
        "supervisor",
        check=lambda ack, who: [(w.username, w.mode) for w in ack.conversation.supervisors]
        == [(who, "joined")],
    ),
    "unsupervise": op(
        lambda s, r: frames.Unsupervise(id=new_id(), conversation=s.conversation),
        "supervisor",
        codes=NOT_SUPERVISING,
        prepare=("reading",),
        check=lambda ack, who: ack.conversation.supervisors == [],
    ),
    "take_over": op(
        lambda s, r: frames.TakeOver(id=new_id(), conversation=s.conversation),
        "supervisor",
        check=lambda ack, who: ack.conversation.host == who,
    ),
    "whisper": op(
        lambda s, r: frames.Whisper(id=new_id(), conversation=s.conversation, text="Psst"),
        "holder", "supervisor",
        check=lambda ack, who: ack.message.private and ack.message.author == who,
    ),
    "offer_transfer": op(
        lambda s, r: frames.OfferTransfer(
            id=new_id(), conversation=s.conversation, to=_target(r), note="Fortsett du"
        ),
        "holder", "supervisor",
        check=lambda ack, who: ack.transfer.status == "offered" and ack.transfer.from_user == who,
    ),
    "answer_transfer": op(
        lambda s, r: frames.AnswerTransfer(id=new_id(), transfer=s.transfer, accept=True),
        "host",
        prepare=("offer",),
        check=lambda ack, who: ack.transfer.status == "accepted" and ack.conversation.host == who,
    ),
    "cancel_transfer": op(
        lambda s, r: frames.CancelTransfer(id=new_id(), transfer=s.transfer),
        "holder", "supervisor",
        prepare=("offer",),
        check=lambda ack, who: ack.transfer.status == "cancelled",
    ),
    "request_debrief": op(
        lambda s, r: frames.RequestDebrief(id=new_id()),
        "holder", "host", "supervisor", "elsewhere",
        check=lambda ack, who: ack.staff.username == who and ack.staff.debrief == "requested",
    ),
    "acknowledge_debrief": op(
        lambda s, r: frames.AcknowledgeDebrief(id=new_id(), username="host1"),
        "supervisor",
        prepare=("debrief",),
        check=lambda ack, who: ack.staff.debrief == "acknowledged"
        and ack.staff.debrief_by_name == "Sigrid (supervisor)",
    ),
    "shift_start": op(
        lambda s, r: frames.ShiftStart(id=new_id()),
        "holder", "host", "supervisor", "elsewhere",
        check=lambda ack, who: ack.shift.status == "available",
    ),
}

CASES = [(name, role) for name in OPERATIONS for role in ROLES]


async def set_scene(centre: Centre, operation: Operation) -> Scene:
    # The staff's rate limits run on the server's clock: every case starts with full buckets.
    centre.server.clock.advance(10)
    visitor = VisitorClient(centre.server.url, centre.clients.http)
    await visitor.open("ung", "nb")
    await visitor.connect()
    assert visitor.conversation is not None
    scene = Scene(visitor, visitor.conversation)
    staff = centre.staff
    if "queued" not in operation.prepare:
        await staff["holder"].command(frames.Take(id=new_id(), conversation=scene.conversation))
    for step in operation.prepare:
        if step == "help":
            ack = await staff["holder"].command(
                frames.AskHelp(id=new_id(), conversation=scene.conversation)
            )
            scene.escalation = ack.escalation.id
        elif step in ("reading", "joined"):
            await staff["supervisor"].command(
                frames.Supervise(id=new_id(), conversation=scene.conversation, mode=step)
            )
        elif step == "offer":
            ack = await staff["holder"].command(
                frames.OfferTransfer(id=new_id(), conversation=scene.conversation, to="host2")
            )
            scene.transfer = ack.transfer.id
        elif step == "debrief":
            await staff["holder"].command(frames.RequestDebrief(id=new_id()))
    return scene


async def clear_scene(scene: Scene) -> None:
    """The visitor leaves: the conversation ends wherever it is, and with it any supervision,
    open offer and call for help. (An ended conversation's socket is closed already.)"""
    visitor = scene.visitor
    if not visitor.closed.is_set():
        await visitor.send_raw(encode_text(frames.VisitorLeave()))
        async with asyncio.timeout(10):
            await visitor.closed.wait()
    await visitor.disconnect()


@pytest.mark.parametrize(("operation", "role"), CASES, ids=[f"{o}-{r}" for o, r in CASES])
async def test_only_the_allowed_roles_succeed(centre: Centre, operation: str, role: str):
    spec = OPERATIONS[operation]
    scene = await set_scene(centre, spec)
    try:
        actor = centre.staff[role]
        frame = spec.frame(scene, role)
        if role in spec.allowed:
            ack = await actor.command(frame)
            assert isinstance(ack, frames.Ack)
            assert spec.check(ack, USERNAMES[role]), ack
            return
        before = await centre.state(actor)
        with pytest.raises(CommandError) as refused:
            await actor.command(frame)
        assert refused.value.code == spec.code(role)
        assert await centre.state(actor) == before  # a refused command changed nothing
    finally:
        await clear_scene(scene)


READERS = {"holder", "supervisor"}


@pytest.mark.parametrize("role", ROLES)
async def test_only_the_holder_and_the_services_supervisors_read_the_transcript(
    centre: Centre, role: str
):
    scene = await set_scene(centre, OPERATIONS["send"])
    try:
        await scene.visitor.send("Bare for de som har med meg å gjøre")
        reader = centre.staff[role]
        if role in READERS:
            page = await reader.messages(scene.conversation)
            assert [m.text for m in page.messages] == ["Bare for de som har med meg å gjøre"]
        else:
            with pytest.raises(ApiError) as refused:
                await reader.messages(scene.conversation)
            assert (refused.value.status, refused.value.code) == (403, "forbidden")
    finally:
        await clear_scene(scene)


_DUMMY = Scene(visitor=None, conversation="c", escalation="e", transfer="t")  # type: ignore[arg-type]


async def test_the_matrix_covers_every_staff_command_that_acts_on_something():
    tags = {kind.__struct_config__.tag for kind in frames.StaffCommand.__args__}
    # Connection housekeeping and the shift's own switches, not acts on anything shared.
    housekeeping = {"hello", "ping", "typing", "read", "shift_pause", "shift_resume", "shift_end"}
    covered = {type(OPERATIONS[name].frame(_DUMMY, "holder")).__struct_config__.tag
               for name in OPERATIONS}
    assert covered == tags - housekeeping


# ---------------------------------------------------------------- the visitor


async def test_a_visitor_token_opens_no_staff_door(centre: Centre):
    visitor = VisitorClient(centre.server.url, centre.clients.http)
    await visitor.open("ung", "nb")
    http = centre.clients.http
    headers = {"Authorization": f"Bearer {visitor.token}"}
    base = centre.server.url + API_PREFIX
    async with http.get(base + "/staff/ws", headers=headers) as resp:
        assert resp.status == 401
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await http.ws_connect(base + "/staff/ws", headers=headers)
    assert refused.value.status == 401
    for path in ("/staff/snapshot", f"/conversations/{visitor.conversation}/messages"):
        async with http.get(base + path, headers=headers) as resp:
            assert resp.status == 401, path
    await visitor.connect()
    await clear_scene(Scene(visitor, visitor.conversation or ""))


async def test_staff_commands_on_the_visitor_socket_are_unknown_frames(centre: Centre):
    scene = await set_scene(centre, OPERATIONS["send"])
    try:
        visitor = scene.visitor
        before = await centre.state(centre.staff["holder"])
        staff_only = [
            name for name in OPERATIONS
            if name not in ("send", "send (a supervisor joined)")
        ]
        for name in staff_only:
            frame = OPERATIONS[name].frame(scene, "holder")
            start = len(visitor.frames)
            await visitor.send_raw(encode_text(frame))
            error = await visitor.wait_for(frames.Error, since=start)
            assert error.code == "unknown_type", name
        # A staff `send` names a conversation: not a visitor's frame either.
        start = len(visitor.frames)
        await visitor.send_raw(encode_text(OPERATIONS["send"].frame(scene, "holder")))
        assert (await visitor.wait_for(frames.Error, since=start)).code == "invalid_frame"
        assert await centre.state(centre.staff["holder"]) == before
        assert not visitor.closed.is_set()
    finally:
        await clear_scene(scene)
