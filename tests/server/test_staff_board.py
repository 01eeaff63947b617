"""The shift overview supervisors see, and debrief requests, against the real server."""

from __future__ import annotations

from typing import Any

import pytest

from chathost.devtools.protoclient import CommandError, new_id
from chathost.protocol import frames
from tests.server.staffing import add_account, add_service

SIGRID = "Sigrid (supervisor)"


def member(username: str, **want: Any) -> Any:
    def match(event: Any) -> bool:
        seen = event.member
        return seen.username == username and all(getattr(seen, k) == v for k, v in want.items())

    return match


def about(client: Any, username: str) -> list[Any]:
    return [e.member for e in client.of(frames.StaffMemberEvent) if e.member.username == username]


async def test_a_supervisor_follows_colleagues_through_a_shift(server, clients):
    admin = await clients.staff("admin", connect=False)
    await add_service(admin, "vaksen", name="Voksen chat")
    elsewhere = await add_account(clients, admin, "super2", "supervisor", ["vaksen"])
    supervisor = await clients.staff("super1")
    await clients.staff("host2", shift=True)

    board = (await supervisor.snapshot()).staff
    assert [(m.username, m.display_name, m.role, m.shift) for m in board] == [
        ("host1", "Kari (host)", "host", "off"),
        ("host2", "Mikko (host)", "host", "available"),
        ("super1", SIGRID, "supervisor", "off"),
    ]
    kari = board[0]
    assert (kari.holding, kari.capacity, kari.connected, kari.busy_since) == (0, 6, False, None)
    assert kari.debrief == "none" and kari.services == ["nuoret", "ung"]

    host1 = await clients.staff("host1")
    await supervisor.wait_for(frames.StaffMemberEvent, member("host1", connected=True))
    shift = (await host1.start_shift()).shift
    started = await supervisor.wait_for(frames.StaffMemberEvent, member("host1", shift="available"))
    assert started.member.shift_started_at == shift.started_at

    visitor = await clients.visitor("ung")
    taken_at = (await host1.take(visitor.conversation)).taken_at
    busy = await supervisor.wait_for(frames.StaffMemberEvent, member("host1", holding=1))
    assert busy.member.busy_since == pytest.approx(taken_at, abs=1)
    await host1.command(frames.ShiftPause(id=new_id()))
    paused = await supervisor.wait_for(frames.StaffMemberEvent, member("host1", shift="paused"))
    assert paused.member.holding == 1 and paused.member.busy_since == busy.member.busy_since

    # host1's own view comes with their snapshot, never as events about themselves.
    mine = (await host1.snapshot()).staff
    assert [(m.username, m.shift, m.holding) for m in mine] == [("host1", "paused", 1)]
    assert host1.of(frames.StaffMemberEvent) == []

    await host1.release(visitor.conversation or "")
    free = await supervisor.wait_for(frames.StaffMemberEvent, member("host1", holding=0))
    assert free.member.busy_since is None
    await host1.disconnect()
    gone = await supervisor.wait_for(frames.StaffMemberEvent, member("host1", connected=False))
    assert gone.member.shift == "paused"

    # One event per change, in order.
    assert [(m.shift, m.holding, m.connected) for m in about(supervisor, "host1")] == [
        ("off", 0, True),
        ("available", 0, True),
        ("available", 1, True),
        ("paused", 1, True),
        ("paused", 0, True),
        ("paused", 0, False),
    ]
    # A supervisor of another service hears nothing of host1 (their own news comes after).
    await elsewhere.request_debrief()
    await elsewhere.wait_for(frames.StaffMemberEvent, member("super2", debrief="requested"))
    assert about(elsewhere, "host1") == []
    assert [m.username for m in (await elsewhere.snapshot()).staff] == ["super2"]


async def test_a_debrief_is_asked_for_taken_and_cleared_by_the_next_shift(server, clients):
    supervisor = await clients.staff("super1")
    host1 = await clients.staff("host1", shift=True)

    asked = await host1.request_debrief()
    assert (asked.username, asked.debrief) == ("host1", "requested")
    assert asked.debrief_requested_at == pytest.approx(server.clock(), abs=5)
    seen = await supervisor.wait_for(frames.StaffMemberEvent, member("host1", debrief="requested"))
    assert seen.member.debrief_requested_at == asked.debrief_requested_at
    board = {m.username: m for m in (await supervisor.snapshot()).staff}
    assert board["host1"].debrief == "requested"

    taken = await supervisor.acknowledge_debrief("host1")
    assert (taken.debrief, taken.debrief_by_name) == ("acknowledged", SIGRID)
    await supervisor.wait_for(frames.StaffMemberEvent, member("host1", debrief="acknowledged"))
    mine = (await host1.snapshot()).staff[0]
    assert (mine.debrief, mine.debrief_by_name) == ("acknowledged", SIGRID)
    # The host hears it at once: the one event about themselves, and only that one.
    told = await host1.wait_for(frames.StaffMemberEvent, member("host1", debrief="acknowledged"))
    assert told.member.debrief_by_name == SIGRID
    assert len(host1.of(frames.StaffMemberEvent)) == 1

    # The next shift starts afresh.
    await host1.command(frames.ShiftEnd(id=new_id()))
    server.clock.advance(60)
    await host1.start_shift()
    cleared = await supervisor.wait_for(
        frames.StaffMemberEvent, member("host1", debrief="none", shift="available")
    )
    assert cleared.member.debrief_by_name is None
    assert cleared.member.debrief_requested_at is None
    assert (await host1.snapshot()).staff[0].debrief == "none"
    with pytest.raises(CommandError) as nothing:
        await supervisor.acknowledge_debrief("host1")
    assert nothing.value.code == "no_debrief"

    rows = await server.ctx.storage.execute(
        "SELECT u.username, a.action, a.detail FROM audit a JOIN users u ON u.id = a.actor_id "
        "WHERE a.action LIKE 'debrief:%' ORDER BY a.id"
    )
    assert rows == [("host1", "debrief:request", ""), ("super1", "debrief:ack", "for:host1")]


async def test_a_debrief_request_survives_a_restart(server, clients):
    host1 = await clients.staff("host1")  # after the shift: no shift on now
    asked = await host1.request_debrief()
    await server.restart()

    supervisor = await clients.staff("super1")
    kept = {m.username: m for m in (await supervisor.snapshot()).staff}["host1"]
    assert (kept.debrief, kept.debrief_requested_at) == ("requested", asked.debrief_requested_at)
    host1 = await clients.staff("host1")
    assert (await host1.snapshot()).staff[0].debrief == "requested"
    assert (await supervisor.acknowledge_debrief("host1")).debrief == "acknowledged"


async def test_the_overview_follows_conversations_changing_hands(clients):
    supervisor = await clients.staff("super1", shift=True)
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitor = await clients.visitor("ung")
    conversation = (await host1.take(visitor.conversation)).id
    await supervisor.wait_for(frames.StaffMemberEvent, member("host1", holding=1))

    offer = await host1.offer_transfer(conversation, "host2")
    await host2.answer_transfer(offer.id, accept=True)
    await supervisor.wait_for(frames.StaffMemberEvent, member("host1", holding=0, busy_since=None))
    await supervisor.wait_for(frames.StaffMemberEvent, member("host2", holding=1))

    await supervisor.take_over(conversation)
    await supervisor.wait_for(frames.StaffMemberEvent, member("host2", holding=0))
    mine = await supervisor.wait_for(frames.StaffMemberEvent, member("super1", holding=1))
    assert mine.member.busy_since is not None
    board = {m.username: m.holding for m in (await supervisor.snapshot()).staff}
    assert board == {"host1": 0, "host2": 0, "super1": 1}


async def test_colleagues_lists_whom_a_host_could_hand_a_conversation_to(server, clients):
    """What the transfer dialog shows: colleagues sharing a service, with their shift and load;
    never the caller, never someone only in other services; an admin gets nothing."""
    admin = await clients.staff("admin")
    await add_service(admin, "vaksen", name="Voksen chat")
    await add_account(clients, admin, "elsewhere", "host", ["vaksen"])
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitor = await clients.visitor("ung")
    await host2.take(visitor.conversation)

    listed = models_by_name(await host1.call("GET", "/staff/colleagues"))
    assert "host1" not in listed and "elsewhere" not in listed
    assert listed["host2"]["shift"] == "available" and listed["host2"]["holding"] == 1
    assert listed["host2"]["connected"] is True and listed["host2"]["capacity"] >= 1
    assert listed["super1"]["role"] == "supervisor"
    assert await admin.call("GET", "/staff/colleagues") == []


def models_by_name(body: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {m["username"]: m for m in body}
