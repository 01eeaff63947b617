"""Scripted visitors for `chathost demo`: they write in from the visitor API like a real
browser would, answer each host reply with their next line, and so give the console a
conversation to show at once. The lines are ours, written for the demo."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

import aiohttp

from chathost.devtools.protoclient import VisitorClient
from chathost.protocol import frames
from chathost.protocol.codec import encode_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Script:
    service: str
    language: str
    opening: list[str]
    replies: list[str]  # one per host message, in order
    arrives_after: float = 0.0  # seconds after the demo starts


SCRIPTS = [
    Script(
        "ung",
        "nb",
        ["Hei. Jeg vet ikke helt hvorfor jeg skriver hit.", "Er det noen der?"],
        [
            "Det har vært mye i det siste. Skole, og ting hjemme.",
            "Jeg sover nesten ikke, og jeg orker ikke å være sammen med noen.",
            "Noen ganger har jeg selvmordstanker. Jeg vil bare at alt skal stoppe.",
            "Nei, jeg har ikke sagt det til noen før nå.",
            "Takk for at du tar deg tid. Det hjelper litt å skrive det ned.",
        ],
    ),
    Script(
        "nuoret",
        "fi",
        ["Moi. Onko tämä se chat, johon voi kirjoittaa mistä vaan?"],
        [
            "Kaverit on alkanut jättää mut ulkopuolelle, enkä tiedä miksi. Mua kiusataan koulussa.",
            "Joo. Se tuntuu tosi yksinäiseltä.",
            "Kiitos. Mä voisin ehkä puhua siitä äidin kanssa.",
        ],
        arrives_after=20.0,
    ),
]


async def run_visitor(
    base_url: str, http: aiohttp.ClientSession, script: Script, pace: float = 1.0
) -> None:
    """`pace` scales every pause (0 in tests: the script runs as fast as the host answers)."""
    await asyncio.sleep(script.arrives_after * pace)
    visitor = VisitorClient(base_url, http)
    await visitor.open(script.service, script.language)
    await visitor.connect()
    try:
        for line in script.opening:
            await visitor.send(line)
        replies = iter(script.replies)
        while True:
            event = await visitor.wait_for(
                (frames.VisitorMessageFrame, frames.VisitorStatus),
                lambda f: (
                    (isinstance(f, frames.VisitorStatus) and f.status == "ended")
                    or (isinstance(f, frames.VisitorMessageFrame) and f.message.sender == "host")
                ),
                timeout=3600,
            )
            if isinstance(event, frames.VisitorStatus):
                return  # the host ended the conversation
            await visitor.send_raw(encode_text(frames.VisitorRead(seq=event.message.seq)))
            reply = next(replies, None)
            if reply is None:
                continue  # nothing more to say; keep reading until the end
            await asyncio.sleep(1.5 * pace)  # reading before typing, like a person
            await visitor.send_raw(encode_text(frames.VisitorTyping(typing=True)))
            await asyncio.sleep(min(6.0, 1.0 + len(reply) / 25) * pace)
            await visitor.send(reply)
    finally:
        await visitor.disconnect()


async def run_demo_visitors(base_url: str) -> None:
    """Every scripted visitor, side by side, until cancelled."""
    async with aiohttp.ClientSession() as http:
        tasks = [asyncio.create_task(run_visitor(base_url, http, s)) for s in SCRIPTS]
        try:
            for task in asyncio.as_completed(tasks):
                with contextlib.suppress(Exception):
                    await task
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
