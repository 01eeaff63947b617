"""Bad input gets a clear error and loses nothing; other users never notice."""

from __future__ import annotations

import aiohttp
import pytest

from chathost.devtools.protoclient import ApiError, CommandError
from chathost.protocol import frames
from chathost.protocol.limits import FRAME_BURST, MAX_FRAME_BYTES, MAX_MESSAGE_CHARS


async def _pair(clients):
    host = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung")
    conv = await host.take(visitor.conversation)
    return host, visitor, conv


async def _still_works(host, visitor, conv, text="fortsatt her"):
    ack = await visitor.send(text)
    event = await host.wait_for(frames.MessageEvent, lambda e: e.message.seq == ack.seq)
    assert event.message.text == text
    sent = await host.send(conv.id, text + " (svar)")
    got = await visitor.wait_for(frames.VisitorMessageFrame, lambda f: f.message.seq == sent.seq)
    assert got.message.text == text + " (svar)"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("{not json", "malformed_json"),
        ('{"type": "launch_rockets"}', "unknown_type"),
        ('{"text": "no type"}', "unknown_type"),
        ('{"type": "send", "id": "x"}', "invalid_frame"),
        ('{"type": "send", "id": "x", "conversation": "c", "text": 5}', "invalid_frame"),
        ('{"type": "send", "id": "x", "conversation": "c", "text": "a", "extra": 1}',
         "invalid_frame"),
        ("[1, 2, 3]", "invalid_frame"),
        (b"\xff\xfe\x00 not utf-8", "malformed_json"),
    ],
)
async def test_malformed_staff_frames_get_an_error_frame_and_the_session_goes_on(
    clients, raw, code
):
    host, visitor, conv = await _pair(clients)
    await host.send_raw(raw)
    error = await host.wait_for(frames.Error)
    assert error.code == code and error.message
    await _still_works(host, visitor, conv)


async def test_malformed_visitor_frames_get_an_error_frame(clients):
    host, visitor, conv = await _pair(clients)
    for raw in ("{", '{"type":"nope"}', '{"type":"send","id":"a","text":null}', b"\xc3\x28"):
        await visitor.send_raw(raw)
        await visitor.wait_for(frames.Error)
    await _still_works(host, visitor, conv)


async def test_invalid_utf8_in_a_text_frame_closes_only_that_connection(server, clients, http):
    """RFC 6455 requires failing a connection that sends invalid UTF-8 as text (code 1007)."""
    host, visitor, conv = await _pair(clients)
    other = await clients.visitor("ung")
    async with http.ws_connect(server.url + "/api/v1/visitor/ws") as ws:
        # Hand-built masked text frame whose payload is not UTF-8.
        transport = ws._response.connection.transport  # type: ignore[union-attr]
        payload = b"\xff\xfe"
        mask = b"\x01\x02\x03\x04"
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        transport.write(bytes([0x81, 0x80 | len(payload)]) + mask + masked)
        msg = await ws.receive()
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert ws.close_code == 1007
    await _still_works(host, visitor, conv)
    assert not other.closed.is_set()


async def test_oversized_frame_gets_an_error_and_nothing_is_stored(clients):
    host, visitor, conv = await _pair(clients)
    huge = "x" * (1024 * 1024)
    await visitor.send_raw('{"type":"send","id":"big","text":"' + huge + '"}')
    error = await visitor.wait_for(frames.Error)
    assert error.code == "frame_too_large" and str(MAX_FRAME_BYTES) in error.message
    await host.send_raw('{"type":"send","id":"big","conversation":"c","text":"' + huge + '"}')
    assert (await host.wait_for(frames.Error)).code == "frame_too_large"
    await _still_works(host, visitor, conv)
    assert all(len(m.text) < 100 for m in (await host.messages(conv.id)).messages)


async def test_message_over_the_length_limit_is_refused_with_the_limit_named(clients):
    host, visitor, conv = await _pair(clients)
    too_long = "å" * (MAX_MESSAGE_CHARS + 1)
    with pytest.raises(CommandError) as refused:
        await visitor.send(too_long)
    assert refused.value.code == "message_too_long"
    assert str(MAX_MESSAGE_CHARS) in refused.value.error.message
    with pytest.raises(CommandError) as empty:
        await host.send(conv.id, "   \n ")
    assert empty.value.code == "empty_message"
    exactly = await visitor.send("æ" * MAX_MESSAGE_CHARS)
    assert exactly.seq == 1


async def test_hostile_text_is_stored_and_relayed_exactly_as_written(clients):
    host, visitor, conv = await _pair(clients)
    hostile = [
        "<img src=x onerror=alert(1)><script>alert('x')</script>",
        "abc\u202edlrow olleh\u202c \u2066isolated\u2069",
        "control\x07chars\x1b[31m\r\n\ttab",
        "😀" * 500,
        "w" * 3999,
    ]
    for text in hostile:
        ack = await visitor.send(text)
        event = await host.wait_for(frames.MessageEvent, lambda e, s=ack.seq: e.message.seq == s)
        assert event.message.text == text
    page = await host.messages(conv.id)
    assert [m.text for m in page.messages] == hostile


async def test_a_flooding_visitor_is_slowed_and_others_are_unaffected(clients):
    host, visitor, conv = await _pair(clients)
    flooder = await clients.visitor("ung")
    for i in range(FRAME_BURST + 20):
        await flooder.send_raw(f'{{"type":"ping","id":"p{i}"}}')
    limited = await flooder.wait_for(frames.Error, lambda e: e.code == "rate_limited")
    assert limited.retry_after and limited.retry_after > 0
    assert limited.id and limited.id.startswith("p")  # says which frame was dropped
    await _still_works(host, visitor, conv)


async def test_message_rate_limit_refuses_and_the_message_can_be_sent_later(server, clients):
    host, visitor, conv = await _pair(clients)
    refused = None
    for i in range(20):
        reply = await visitor.request(frames.VisitorSend(id=f"m{i}", text=f"melding {i}"))
        if isinstance(reply, frames.Error):
            refused = (i, reply)
            break
    assert refused is not None and refused[1].code == "rate_limited"
    index = refused[0]
    assert refused[1].id == f"m{index}"
    stored = [m.text for m in (await host.messages(conv.id)).messages]
    assert f"melding {index}" not in stored
    server.clock.advance(refused[1].retry_after + 0.1)
    ack = await visitor.send(f"melding {index}", id=f"m{index}")
    assert ack.seq == index + 1


async def test_full_disk_refuses_the_message_clearly_and_keeps_what_was_stored(server, clients):
    host, _visitor, conv = await _pair(clients)
    for i in range(3):
        await host.send(conv.id, f"lagret {i}")
    storage = server.ctx.storage
    pages = (await storage.execute("PRAGMA page_count"))[0][0]
    await storage.execute(f"PRAGMA max_page_count = {pages}")
    filler = "z" * 3900
    refused = None
    for i in range(200):
        reply = await host.request(frames.Send(id=f"fill-{i}", conversation=conv.id, text=filler))
        if isinstance(reply, frames.Error):
            refused = reply
            break
        server.clock.advance(1)
    assert refused is not None and refused.code == "storage_failed"
    assert "nothing was changed" in refused.message

    await storage.execute("PRAGMA max_page_count = 1073741823")
    retry = await host.send(conv.id, filler, id=refused.id)
    page = await host.messages(conv.id)
    texts = [m.text for m in page.messages]
    assert texts[:3] == ["lagret 0", "lagret 1", "lagret 2"]
    assert [m.seq for m in page.messages] == list(range(1, len(texts) + 1))
    assert retry.seq == len(texts)


async def test_rest_rejects_bad_bodies_with_problem_json(server, http):
    url = server.url + "/api/v1/auth/login"
    cases = [
        ({"data": b"{", "headers": {"Content-Type": "application/json"}}, 400, "malformed_json"),
        ({"json": {"username": "x"}}, 400, "invalid_body"),
        ({"data": b"username=x", "headers": {"Content-Type": "text/plain"}}, 415,
         "unsupported_media_type"),
        ({"data": b"{" + b" " * 70000 + b"}", "headers": {"Content-Type": "application/json"}},
         413, None),
    ]
    for kwargs, status, code in cases:
        async with http.post(url, **kwargs) as resp:
            assert resp.status == status
            assert resp.content_type == "application/problem+json"
            body = await resp.json(content_type=None)
            assert body["status"] == status
            if code:
                assert body["code"] == code
    async with http.get(server.url + "/api/v1/no/such/thing") as resp:
        assert resp.status == 404 and (await resp.json(content_type=None))["code"] == "http_404"


async def test_bad_hello_and_wrong_protocol_version_are_told_why(server, clients, http):
    host = await clients.staff("host1", connect=False)
    headers = {"Authorization": f"Bearer {host.token}"}
    async with http.ws_connect(server.url + "/api/v1/staff/ws", headers=headers) as ws:
        await ws.send_str('{"type":"hello","protocol":99}')
        error = await ws.receive_json()
        assert error["type"] == "error" and error["code"] == "protocol_mismatch"
        assert (await ws.receive()).type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    async with http.ws_connect(server.url + "/api/v1/staff/ws", headers=headers) as ws:
        await ws.send_str('{"type":"ping"}')
        error = await ws.receive_json()
        assert error["code"] == "hello_expected"
    with pytest.raises(ApiError):
        await host.call("GET", "/no-such-endpoint")


async def test_an_answered_message_resent_during_a_burst_is_answered_not_refused(clients):
    host, _visitor, conv = await _pair(clients)
    first = await host.send(conv.id, "første", id="resend-me")
    for i in range(30):
        reply = await host.request(frames.Send(id=f"b{i}", conversation=conv.id, text="x"))
        if isinstance(reply, frames.Error):
            break
    assert isinstance(reply, frames.Error) and reply.code == "rate_limited"
    again = await host.send(conv.id, "første", id="resend-me")
    assert again.seq == first.seq


async def test_opening_chats_is_rate_limited_per_visitor_address_behind_a_proxy(tmp_path, http):
    from tests.conftest import launch

    srv = await launch(tmp_path, behind_proxy=True, visitor_opens_per_minute=2)
    try:
        url = srv.url + "/api/v1/visitor/conversations"
        body = {"service": "ung", "language": "nb"}

        async def open_from(address: str) -> int:
            headers = {"X-Forwarded-For": f"203.0.113.9, {address}"}
            async with http.post(url, json=body, headers=headers) as resp:
                return resp.status

        assert [await open_from("198.51.100.1") for _ in range(3)] == [201, 201, 429]
        assert await open_from("198.51.100.2") == 201
    finally:
        await srv.stop()
