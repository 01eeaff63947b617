"""Risk, calls for help and acute-danger flags against the real server, with a host and a
supervisor on separate connections; and who may do what with the new commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chathost.devtools.protoclient import CommandError
from chathost.protocol import frames
from tests.conftest import Clients, launch
from tests.server.staffing import add_account, add_service


async def held(clients: Clients, host: str = "host1", service: str = "ung") -> tuple[Any, str]:
    """A host on shift holding a fresh conversation with a connected visitor."""
    client = await clients.staff(host, shift=True)
    visitor = await clients.visitor(service)
    conversation = await client.take(visitor.conversation)
    return client, conversation.id


def escalation_event(**want: Any) -> Any:
    def match(event: Any) -> bool:
        return all(getattr(event.escalation, k) == v for k, v in want.items())

    return match


async def test_help_reaches_the_supervisor_and_the_host_learns_who_is_coming(clients):
    supervisor = await clients.staff("super1", shift=True)
    host, conversation = await held(clients)

    asked = await host.ask_help(conversation)
    assert asked.kind == "supervision" and asked.status == "open"
    assert asked.raised_by == "host1" and asked.raised_by_name == "Kari (host)"
    assert asked.on_duty == 1 and asked.alerts == 1 and asked.conversation == conversation
    alert = await supervisor.wait_for(frames.EscalationEvent, escalation_event(id=asked.id))
    assert alert.escalation.status == "open" and alert.escalation.service == "ung"
    assert alert.escalation.alias == asked.alias != ""

    # A second press is the same request, not a second alert.
    again = await host.ask_help(conversation)
    assert again.id == asked.id

    answered = await supervisor.acknowledge(asked.id)
    assert answered.status == "acknowledged" and answered.acknowledged_by == "super1"
    told = await host.wait_for(
        frames.EscalationEvent, escalation_event(id=asked.id, status="acknowledged")
    )
    assert told.escalation.acknowledged_by_name == "Sigrid (supervisor)"
    assert told.escalation.acknowledged_at is not None
    assert (await supervisor.acknowledge(asked.id)).acknowledged_at == answered.acknowledged_at
    assert len(supervisor.of(frames.EscalationEvent)) == 2  # raised, acknowledged: no more

    snapshot = await host.snapshot()
    assert [e.id for e in snapshot.escalations] == [asked.id]
    assert [e.id for e in (await supervisor.snapshot()).escalations] == [asked.id]
    other = await clients.staff("host2")
    assert (await other.snapshot()).escalations == []

    await host.end(conversation)
    closed = await supervisor.wait_for(
        frames.EscalationEvent, escalation_event(id=asked.id, status="closed")
    )
    assert closed.escalation.acknowledged_by == "super1"
    assert (await host.snapshot()).escalations == []


async def test_an_unanswered_call_alerts_again_until_someone_answers(tmp_path: Path, http):
    server = await launch(tmp_path, help_realert=0.2)
    # The real sweeper loop, sweeping often (the fixture's server only sweeps when told to).
    await server.sweeper.stop()
    server.config.sweep_interval = 0.05
    server.sweeper.start()
    clients = Clients(server, http)
    try:
        supervisor = await clients.staff("super1")
        host, conversation = await held(clients)
        asked = await host.ask_help(conversation)
        assert asked.on_duty == 0  # nobody on shift: the console shows the back-up plan

        await supervisor.wait_for(frames.EscalationEvent, escalation_event(id=asked.id, alerts=1))
        again = await supervisor.wait_for(
            frames.EscalationEvent, escalation_event(id=asked.id, alerts=2)
        )
        assert again.escalation.status == "open"
        await host.wait_for(frames.EscalationEvent, escalation_event(id=asked.id, alerts=2))
        # Each alert counts the supervisors on shift again.
        await supervisor.command(frames.ShiftStart(id="s-1"))
        counted = await supervisor.wait_for(
            frames.EscalationEvent, escalation_event(id=asked.id, on_duty=1)
        )
        assert counted.escalation.alerts >= 3
        await supervisor.acknowledge(asked.id)
    finally:
        await clients.close()
        await server.stop()


async def test_answered_and_cancelled_calls_are_not_alerted_again(server, clients):
    supervisor = await clients.staff("super1", shift=True)
    host, conversation = await held(clients)
    asked = await host.ask_help(conversation)
    await supervisor.acknowledge(asked.id)
    server.clock.advance(server.config.help_realert + 1)
    await server.sweeper.sweep_once()
    assert [e.escalation.alerts for e in supervisor.of(frames.EscalationEvent)] == [1, 1]

    other, second = await held(clients, "host2")
    request = await other.ask_help(second)
    await other.cancel_help(request.id)
    server.clock.advance(server.config.help_realert + 1)
    await server.sweeper.sweep_once()
    alerts = [e.escalation for e in supervisor.of(frames.EscalationEvent)]
    assert [(e.status, e.alerts) for e in alerts if e.id == request.id] == [
        ("open", 1),
        ("cancelled", 1),
    ]


async def test_the_host_can_take_a_call_for_help_back(clients):
    supervisor = await clients.staff("super1", shift=True)
    host, conversation = await held(clients)
    asked = await host.ask_help(conversation)
    cancelled = await host.cancel_help(asked.id)
    assert cancelled.status == "cancelled"
    await supervisor.wait_for(
        frames.EscalationEvent, escalation_event(id=asked.id, status="cancelled")
    )
    assert (await host.cancel_help(asked.id)).status == "cancelled"  # harmless to repeat
    with pytest.raises(CommandError) as late:
        await supervisor.acknowledge(asked.id)
    assert late.value.code == "not_open"
    assert (await host.snapshot()).escalations == []

    # A new call is a new request; once answered it can no longer be taken back.
    fresh = await host.ask_help(conversation)
    assert fresh.id != asked.id and fresh.status == "open"
    await supervisor.acknowledge(fresh.id)
    with pytest.raises(CommandError) as answered:
        await host.cancel_help(fresh.id)
    assert answered.value.code == "not_open"
    with pytest.raises(CommandError) as unknown:
        await host.cancel_help("no-such-escalation")
    assert unknown.value.code == "not_found"


async def test_acute_danger_is_flagged_audited_and_cannot_be_taken_back(server, clients):
    supervisor = await clients.staff("super1", shift=True)
    host, conversation = await held(clients)
    pressed = server.clock() - 42.5  # pressed while the console was offline

    ack = await host.flag_acute(conversation, pressed_at=pressed)
    flag = ack.escalation
    assert flag.kind == "acute" and flag.status == "open"
    assert flag.pressed_at == pytest.approx(pressed) and flag.raised_at > flag.pressed_at + 40
    assert ack.conversation.acute_at == pytest.approx(flag.raised_at)
    assert ack.conversation.risk == "none"  # the level stays the host's judgement

    event = await supervisor.wait_for(
        frames.ConversationEvent, lambda e: e.conversation.acute_at is not None
    )
    assert event.conversation.id == conversation
    await supervisor.wait_for(frames.EscalationEvent, escalation_event(id=flag.id, kind="acute"))

    again = await host.flag_acute(conversation)
    assert again.escalation.id == flag.id
    with pytest.raises(CommandError) as undo:
        await host.cancel_help(flag.id)
    assert undo.value.code == "forbidden"

    rows = await server.ctx.storage.execute(
        "SELECT detail FROM audit WHERE action = 'acute' AND conversation_id = ?", conversation
    )
    assert len(rows) == 1
    detail = dict(part.split("=") for part in rows[0][0].split())
    assert float(detail["pressed_at"]) == pytest.approx(pressed, abs=0.001)
    assert float(detail["raised_at"]) == pytest.approx(flag.raised_at, abs=0.001)

    # A pressed_at from a clock running ahead is never later than the server's own time.
    other, second = await held(clients, "host2")
    ahead = await other.flag_acute(second, pressed_at=server.clock() + 3600)
    assert ahead.escalation.pressed_at == ahead.escalation.raised_at


async def test_risk_is_set_by_the_holder_and_seen_by_supervisors(server, clients):
    supervisor = await clients.staff("super1")
    host, conversation = await held(clients)
    changed = await host.set_risk(conversation, "high")
    assert changed.risk == "high"
    seen = await supervisor.wait_for(
        frames.ConversationEvent, lambda e: e.conversation.risk == "high"
    )
    assert seen.conversation.id == conversation
    assert (await host.set_risk(conversation, "high")).risk == "high"
    rows = await server.ctx.storage.execute(
        "SELECT action FROM audit WHERE conversation_id = ? AND action LIKE 'risk:%'", conversation
    )
    assert rows == [("risk:high",)]
    assert [c.risk for c in (await supervisor.snapshot()).conversations] == ["high"]


async def test_open_escalations_survive_a_restart(server, clients):
    host, conversation = await held(clients)
    asked = await host.ask_help(conversation)
    await server.restart()
    supervisor = await clients.staff("super1", connect=False)
    kept = (await supervisor.snapshot()).escalations
    assert [(e.id, e.status, e.alias) for e in kept] == [(asked.id, "open", asked.alias)]


# ---------------------------------------------------------------- who may do what


@pytest.fixture
async def cast(clients: Clients) -> dict[str, Any]:
    """host1 holds an `ung` conversation; super1 supervises `ung`; super2 supervises only
    another service; admin is an administrator."""
    admin = await clients.staff("admin")
    await add_service(admin, "vaksen", name="Voksen chat")
    super2 = await add_account(clients, admin, "super2", "supervisor", ["vaksen"])
    await super2.command(frames.ShiftStart(id="s-2"))
    host, conversation = await held(clients)
    return {
        "holder": host,
        "host": await clients.staff("host2", shift=True),
        "supervisor": await clients.staff("super1", shift=True),
        "elsewhere": super2,
        "admin": admin,
        "conversation": conversation,
    }


CONVERSATION_COMMANDS = {
    "set_risk": lambda c, conv: c.set_risk(conv, "low"),
    "ask_help": lambda c, conv: c.ask_help(conv),
    "flag_acute": lambda c, conv: c.flag_acute(conv),
    # (refer: a supervisor of the service may refer too; see test_role_matrix.)
    "block": lambda c, conv: c.block(conv, "abuse"),
}


@pytest.mark.parametrize("command", sorted(CONVERSATION_COMMANDS))
async def test_only_the_holder_acts_on_a_conversation(cast, command):
    run = CONVERSATION_COMMANDS[command]
    for role in ("host", "supervisor", "elsewhere", "admin"):
        with pytest.raises(CommandError) as refused:
            await run(cast[role], cast["conversation"])
        assert refused.value.code == "forbidden", role
    await run(cast["holder"], cast["conversation"])


async def test_only_a_supervisor_of_the_service_acknowledges(cast):
    asked = await cast["holder"].ask_help(cast["conversation"])
    for role in ("holder", "host", "elsewhere", "admin"):
        with pytest.raises(CommandError) as refused:
            await cast[role].acknowledge(asked.id)
        assert refused.value.code == "forbidden", role
    # The supervisor elsewhere is not even alerted.
    assert cast["elsewhere"].of(frames.EscalationEvent) == []
    assert cast["host"].of(frames.EscalationEvent) == []
    assert (await cast["supervisor"].acknowledge(asked.id)).status == "acknowledged"


async def test_only_the_raising_host_takes_a_call_back(cast):
    asked = await cast["holder"].ask_help(cast["conversation"])
    for role in ("host", "supervisor", "elsewhere", "admin"):
        with pytest.raises(CommandError) as refused:
            await cast[role].cancel_help(asked.id)
        assert refused.value.code == "forbidden", role
    assert (await cast["holder"].cancel_help(asked.id)).status == "cancelled"


async def test_commands_on_an_unknown_conversation_are_refused(clients):
    host = await clients.staff("host1", shift=True)
    for command in CONVERSATION_COMMANDS.values():
        with pytest.raises(CommandError) as refused:
            await command(host, "0000000000000000")
        assert refused.value.code == "conversation_ended"
    with pytest.raises(CommandError) as unknown:
        await host.acknowledge("0000000000000000")
    assert unknown.value.code == "not_found"

