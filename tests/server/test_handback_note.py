"""Handing a conversation back with a note: the next host reads it in the queue and after taking
it; a hand-back without one keeps the note it had; a note over the limit is refused whole."""

from __future__ import annotations

from chathost.protocol import frames
from chathost.protocol.codec import encode_text
from chathost.protocol.limits import MAX_NOTE_CHARS

NOTE = "Talked about exams; she would like to continue with someone tomorrow."


async def test_the_next_host_reads_the_hand_back_note(server, clients):
    host1 = await clients.staff("host1", shift=True)
    host2 = await clients.staff("host2", shift=True)
    visitor = await clients.visitor("ung", "nb")
    await visitor.send("Hei")
    conversation = (await host1.take(visitor.conversation)).id

    released = await host1.release(conversation, f"  {NOTE}\n")
    assert released.status == "queued" and released.handover_note == NOTE
    queue = await host2.wait_for(
        frames.QueueEvent,
        lambda e: any(w.conversation == conversation and w.handover_note for w in e.waiting),
    )
    [entry] = [w for w in queue.waiting if w.conversation == conversation]
    assert entry.handover_note == NOTE and entry.referred_from is None

    taken = await host2.take(conversation)
    assert taken.host == "host2" and taken.handover_note == NOTE
    # Handed back again without a note: the earlier one still tells the next host something.
    again = await host2.release(conversation)
    assert again.handover_note == NOTE


async def test_a_hand_back_without_a_note_sends_none_and_a_too_long_one_is_refused(
    server, clients
):
    host1 = await clients.staff("host1", shift=True)
    visitor = await clients.visitor("ung", "nb")
    conversation = (await host1.take(visitor.conversation)).id
    too_long = frames.Release(id="c-1", conversation=conversation, note="x" * (MAX_NOTE_CHARS + 1))
    await host1.send_raw(encode_text(too_long))
    error = await host1.wait_for(frames.Error)
    assert error.code == "invalid_frame" and "note" in error.message
    stored = await server.ctx.storage.get_conversation(conversation)
    assert stored is not None and stored.host_id is not None  # still held: nothing happened
    released = await host1.release(conversation)
    assert released.status == "queued" and released.handover_note is None
