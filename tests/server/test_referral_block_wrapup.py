"""Referral to another service, blocking an abusive visitor, and the wrap-up form with the
statistics made from it: against the real server, with real sockets and the real database."""

from __future__ import annotations

import asyncio
import json
import secrets
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from chathost.devtools.protoclient import ApiError, CommandError, StaffClient, VisitorClient
from chathost.protocol import frames
from chathost.server.blocks import session_hash
from chathost.server.notices import transfer_notice
from tests.conftest import Clients
from tests.server.staffing import add_service, closed_service

NOTE = "Har snakket om skolen; vil helst snakke med noen på norsk."


# ---------------------------------------------------------------- referral


async def test_a_referred_visitor_keeps_the_conversation_and_the_next_host_sees_the_note(
    server, clients
):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    supervisor = await clients.staff("super1")
    visitor = await clients.visitor("nuoret", "fi")
    await visitor.send("Moi, onko siellä ketään?")
    conversation = (await host1.take(visitor.conversation)).id
    asked = await host1.ask_help(conversation)

    referred = await host1.refer(conversation, "ung", NOTE)
    assert referred.status == "queued" and referred.service == "ung" and referred.host is None
    assert referred.referred_from == "nuoret" and referred.handover_note == NOTE

    # The visitor is told in Finnish, keeps the same conversation, and waits in the new queue.
    notice = await visitor.wait_for(
        frames.VisitorMessageFrame, lambda f: f.message.sender == "system"
    )
    assert notice.message.text == transfer_notice("fi", "Ung chat")
    assert notice.message.text.startswith("Sinut siirretään")
    await visitor.wait_for(
        frames.VisitorStatus, lambda s: s.status == "queued" and s.position == 1
    )
    assert (await visitor.send("Kiitos")).seq == notice.message.seq + 1

    # The former host sees it leave; the open call for help is over.
    gone = await host1.wait_for(
        frames.ConversationEvent, lambda e: e.conversation.status == "queued"
    )
    assert gone.conversation.service == "ung"
    await host1.wait_for(
        frames.EscalationEvent,
        lambda e: e.escalation.id == asked.id and e.escalation.status == "closed",
    )
    assert (await host1.snapshot()).escalations == []

    # The receiving queue shows where it came from and the note.
    queue = await host2.wait_for(
        frames.QueueEvent, lambda e: e.service == "ung" and len(e.waiting) == 1
    )
    entry = queue.waiting[0]
    assert entry.conversation == conversation
    assert (entry.referred_from, entry.handover_note) == ("nuoret", NOTE)
    await supervisor.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conversation and e.conversation.service == "ung",
    )

    taken = await host2.take(conversation)
    assert taken.host == "host2" and taken.handover_note == NOTE
    assert taken.referred_from == "nuoret"
    page = await host2.messages(conversation)
    assert [m.sender for m in page.messages] == ["visitor", "system", "visitor"]
    await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "active")

    rows = await server.ctx.storage.execute(
        "SELECT action, detail FROM audit WHERE conversation_id = ? AND action LIKE 'refer:%'",
        conversation,
    )
    assert rows == [("refer:ung", "from:nuoret")]

    # The note is free text: it is not kept once the conversation is over.
    await host2.end(conversation)
    stored = await server.ctx.storage.get_conversation(conversation)
    assert stored is not None and stored.handover_note is None
    assert stored.referred_from == "nuoret"


@pytest.mark.parametrize("language", ["nb", "nn", "fi", "sv", "en", "de"])
def test_the_transfer_notice_speaks_the_visitors_language(language):
    text = transfer_notice(language, "Ung chat")
    assert "Ung chat" in text
    assert text == transfer_notice("en" if language == "de" else language, "Ung chat")


async def test_referral_refusals(clients):
    admin = await clients.staff("admin", connect=False)
    await closed_service(admin, "natt")
    await add_service(admin, "liten", max_queue=1)
    waiting = VisitorClient(clients.server.url, clients.http)
    clients.made.append(waiting)
    await waiting.open("liten", "nb")

    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conversation = (await host.take(visitor.conversation)).id
    for target, code in [
        ("nowhere", "not_found"),
        ("ung", "same_service"),
        ("natt", "service_closed"),
        ("liten", "queue_full"),
    ]:
        with pytest.raises(CommandError) as refused:
            await host.refer(conversation, target)
        assert refused.value.code == code, target
    # Nothing happened: still held, the visitor was told nothing.
    assert [c.id for c in (await host.snapshot()).conversations] == [conversation]
    assert visitor.of(frames.VisitorMessageFrame) == []

    # An empty note is no note.
    referred = await host.refer(conversation, "nuoret", "   ")
    assert referred.handover_note is None and referred.referred_from == "ung"


# ---------------------------------------------------------------- blocking


async def test_a_blocked_session_cannot_start_again_but_others_can(server, clients):
    host = await clients.staff("host1", shift=True)
    session = secrets.token_hex(16)
    visitor = VisitorClient(server.url, clients.http)
    clients.made.append(visitor)
    await visitor.open("ung", "nb", session=session)
    await visitor.connect()
    conversation = (await host.take(visitor.conversation)).id

    ended = await host.block(conversation, "threats")
    assert ended.status == "ended" and ended.ended_by == "blocked"
    told = await visitor.wait_for(frames.VisitorStatus, lambda s: s.status == "ended")
    assert told.ended_by == "blocked"
    await visitor.closed.wait()

    again = VisitorClient(server.url, clients.http)
    with pytest.raises(ApiError) as refused:
        await again.open("ung", "nb", session=session)
    assert refused.value.status == 403 and refused.value.code == "blocked"
    assert refused.value.problem["detail"] == "You cannot start a new chat right now."
    await again.open("nuoret", "fi", session=secrets.token_hex(16))
    await VisitorClient(server.url, clients.http).open("ung", "nb")

    # Only the hash of the session is stored, and not with the ended conversation.
    blocks = await server.ctx.storage.execute("SELECT session_hash, reason FROM blocks")
    assert blocks == [(session_hash(session), "threats")]
    stored = await server.ctx.storage.get_conversation(conversation)
    assert stored is not None and stored.visitor_session_hash is None
    actions = await server.ctx.storage.execute(
        "SELECT action FROM audit WHERE conversation_id = ? ORDER BY id", conversation
    )
    assert [a for (a,) in actions][-2:] == ["end:blocked", "block:threats"]

    # The block runs out, and housekeeping forgets it.
    server.clock.advance(server.config.block_hours * 3600 + 1)
    await VisitorClient(server.url, clients.http).open("ung", "nb", session=session)
    await server.sweeper.sweep_once()
    assert await server.ctx.storage.execute("SELECT * FROM blocks") == []


async def test_blocking_a_visitor_without_a_session_just_ends_the_chat(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conversation = (await host.take(visitor.conversation)).id
    assert (await host.block(conversation, "spam")).ended_by == "blocked"
    assert await server.ctx.storage.execute("SELECT * FROM blocks") == []


# ---------------------------------------------------------------- wrap-up


async def ended_conversation(clients: Clients) -> tuple[StaffClient, str]:
    """host1 took an `ung` conversation, judged the risk medium and ended it."""
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conversation = (await host.take(visitor.conversation)).id
    await host.set_risk(conversation, "medium")
    await host.end(conversation)
    return host, conversation


async def test_staff_see_every_service_with_its_wrapup_form(clients):
    admin = await clients.staff("admin", connect=False)
    await add_service(admin, "vaksen", name="Voksen chat")
    host = await clients.staff("host1", connect=False)
    services = {s.slug: s for s in await host.staff_services()}
    assert set(services) == {"ung", "nuoret", "vaksen"}  # not only the host's own
    form = services["ung"].wrapup
    assert [f.id for f in form.fields] == ["topics", "age_group", "gender"]
    assert form.fields[0].multiple and not form.fields[1].multiple and not form.allow_comment
    assert "loneliness" in form.fields[0].options and "unknown" in form.fields[2].options


async def test_wrapup_answers_are_checked_against_the_form(server, clients):
    host, conversation = await ended_conversation(clients)
    for answers, comment in [
        ({"mood": ["sad"]}, None),
        ({"topics": ["weather"]}, None),
        ({"age_group": ["13-15", "16-19"]}, None),
        ({"topics": ["other"]}, "They said their name was …"),
    ]:
        with pytest.raises(ApiError) as refused:
            await host.wrapup(conversation, answers, comment)
        assert refused.value.status == 400 and refused.value.code == "invalid_wrapup", answers

    await host.wrapup(conversation, {"topics": ["suicide", "loneliness"], "age_group": ["16-19"]})
    await host.wrapup(conversation, {"topics": ["loneliness"], "gender": ["girl"]})  # replaces
    rows = await server.ctx.storage.execute(
        "SELECT answers, risk, referred_to, comment FROM wrapups WHERE conversation_id = ?",
        conversation,
    )
    assert len(rows) == 1
    answers, risk, referred_to, comment = rows[0]
    assert json.loads(answers) == {"topics": ["loneliness"], "gender": ["girl"]}
    assert (risk, referred_to, comment) == ("medium", None, None)


async def test_who_may_file_a_wrapup_and_when(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conversation = (await host.take(visitor.conversation)).id
    with pytest.raises(ApiError) as early:
        await host.wrapup(conversation, {})
    assert early.value.status == 409 and early.value.code == "conversation_open"
    await host.end(conversation)
    for name in ("host2", "super1", "admin"):  # never took it
        other = await clients.staff(name, connect=False)
        with pytest.raises(ApiError) as refused:
            await other.wrapup(conversation, {})
        assert refused.value.status == 403, name
    with pytest.raises(ApiError) as unknown:
        await host.wrapup("0000000000000000", {})
    assert unknown.value.status == 404
    await host.wrapup(conversation, {})


async def test_the_referring_host_files_for_their_service_with_the_referral(server, clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("nuoret", "fi")
    conversation = (await host.take(visitor.conversation)).id
    await host.set_risk(conversation, "low")
    await host.refer(conversation, "ung", NOTE)
    await host.wrapup(conversation, {"topics": ["school-work"]})
    rows = await server.ctx.storage.execute(
        "SELECT s.slug, w.referred_to, w.risk, w.ended_hour FROM wrapups w "
        "JOIN services s ON s.id = w.service_id"
    )
    assert [r[:3] for r in rows] == [("nuoret", "ung", "low")]
    assert rows[0][3] % 3600 == 0 and server.clock() - rows[0][3] < 3600


async def test_an_admin_sets_a_form_that_takes_a_comment(server, clients):
    admin = await clients.staff("admin", connect=False)
    form = {
        "fields": [{"id": "contact", "label": "Contact", "options": ["first", "again"]}],
        "allow_comment": True,
    }
    assert await admin.call("PUT", "/admin/services/ung/wrapup", form) == {
        "fields": [
            {"id": "contact", "label": "Contact", "options": ["first", "again"], "multiple": False}
        ],
        "allow_comment": True,
    }
    for bad, code in [
        ({"fields": []}, "invalid_wrapup_form"),
        ({"fields": [{"id": "a", "label": "A", "options": []}]}, "invalid_wrapup_form"),
        ({"fields": [{"id": "a", "label": "A", "options": ["x", "x"]}]}, "invalid_wrapup_form"),
    ]:
        with pytest.raises(ApiError) as refused:
            await admin.call("PUT", "/admin/services/ung/wrapup", bad)
        assert refused.value.code == code
    with pytest.raises(ApiError) as missing:
        await admin.call("PUT", "/admin/services/nowhere/wrapup", form)
    assert missing.value.status == 404
    outsider = await clients.staff("host2", connect=False)
    with pytest.raises(ApiError) as forbidden:
        await outsider.call("PUT", "/admin/services/ung/wrapup", form)
    assert forbidden.value.status == 403

    host, conversation = await ended_conversation(clients)
    await host.wrapup(conversation, {"contact": ["again"]}, "Fikk hjelp av helsesykepleier.")
    rows = await server.ctx.storage.execute("SELECT comment FROM wrapups")
    assert rows == [("Fikk hjelp av helsesykepleier.",)]
    ung = {s.slug: s for s in await host.staff_services()}["ung"]
    assert ung.wrapup.allow_comment and ung.wrapup.fields[0].id == "contact"


async def stats_cli(db: str, *args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chathost.server.cli", "--db", db, "stats", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return out.decode()


async def test_stats_count_conversations_and_wrapups_per_service_and_day(server, clients):
    host, first = await ended_conversation(clients)
    await host.wrapup(first, {"topics": ["suicide", "loneliness"], "age_group": ["16-19"]})
    visitor = await clients.visitor("ung")
    second = (await host.take(visitor.conversation)).id
    await host.set_risk(second, "high")
    await host.refer(second, "nuoret")
    await host.wrapup(second, {"topics": ["loneliness"], "gender": ["boy"]})

    today = datetime.now(ZoneInfo("Europe/Oslo")).date().isoformat()
    report = json.loads(await stats_cli(server.config.db_path, "--by", "day", "--json"))
    ung = next(b for b in report if b["service"] == "ung")
    assert ung["period"] == today
    assert (ung["ended"], ung["wrapups"], ung["referred"]) == (1, 2, 1)
    assert ung["risk"] == {"none": 0, "low": 0, "medium": 1, "high": 1, "acute": 0}
    assert ung["answers"]["topics"]["loneliness"] == 2 and ung["answers"]["topics"]["suicide"] == 1
    assert ung["answers"]["age_group"]["16-19"] == 1 and ung["answers"]["gender"]["boy"] == 1
    assert ung["answers"]["gender"]["girl"] == 0

    text = await stats_cli(server.config.db_path, "--since", today, "--until", today)
    lines = text.splitlines()
    block = lines[lines.index(f"ung  {today[:7]}") :]
    assert block[1] == "  conversations ended  1"
    assert block[2] == "  wrap-ups filed       2"
    assert block[4].startswith("  risk                 none 0, low 0, medium 1, high 1")
    assert "loneliness 2" in block[5]

    nothing = await stats_cli(server.config.db_path, "--until", "2000-01-01")
    assert nothing == "No conversations in this period.\n"
