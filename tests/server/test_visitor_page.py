"""The visitor web page, driven in a real headless Chromium against the real server.

Set CHATHOST_SCREENSHOTS to a folder to also save screenshots of the chat screen (phone) and the
start screen (desktop) there."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from playwright.async_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Page,
    Response,
    async_playwright,
    expect,
)

from chathost.protocol import frames
from chathost.protocol.codec import encode_text
from chathost.server.notices import transfer_notice
from tests.conftest import Server, launch

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
SCREENSHOTS = os.environ.get("CHATHOST_SCREENSHOTS")

EXIT_PATH = "/api/v1/info"


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Server]:
    """Replaces conftest's `server` here (so `clients` uses it too): the real server, with quick
    exit pointing at a page of the same server, so a test can look at the page the visitor lands
    on and at its sessionStorage. Set after start, since the port is only known then."""
    srv = await launch(tmp_path)
    srv.config.quick_exit_url = srv.url + EXIT_PATH
    try:
        yield srv
    finally:
        await srv.stop()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            await chromium.close()


class Pages:
    """Opens pages in fresh browser contexts and records anything that went wrong in them."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.contexts: list[BrowserContext] = []
        self.problems: list[str] = []
        self.dialogs: list[str] = []

    async def open(
        self, url: str, locale: str = "nb-NO", viewport: dict[str, int] | None = None
    ) -> Page:
        context = await self.browser.new_context(
            locale=locale, viewport=viewport or PHONE, timezone_id="Europe/Oslo"
        )
        context.set_default_timeout(10_000)
        self.contexts.append(context)
        page = await context.new_page()
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("dialog", self._dialog)
        await page.goto(url)
        return page

    def _console(self, message: ConsoleMessage) -> None:
        # CSP violations and script errors show up here. Refused requests are judged by status
        # in `_response` instead: a 409 for a closed service is an expected answer.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console: {message.text}")

    def _response(self, response: Response) -> None:
        if response.status == 404 or response.status >= 500:
            self.problems.append(f"{response.status} for {response.url}")

    async def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        await dialog.dismiss()

    async def close(self) -> None:
        for context in self.contexts:
            await context.close()


@pytest.fixture
async def pages(browser: Browser) -> AsyncIterator[Pages]:
    made = Pages(browser)
    try:
        yield made
    finally:
        await made.close()
    assert made.problems == []
    assert made.dialogs == []


async def screenshot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        await page.screenshot(path=str(Path(SCREENSHOTS) / f"visitor-{name}.png"))


async def assert_tap_targets(page: Page) -> None:
    """Every visible button and form control is at least 44 CSS pixels tall."""
    small = await page.evaluate(
        """() => [...document.querySelectorAll('button, select, textarea')]
            .filter(e => e.offsetParent !== null)
            .map(e => [e.id || e.textContent.trim(), e.getBoundingClientRect().height])
            .filter(([, h]) => h < 44)"""
    )
    assert small == []


async def start_chat(page: Page, host: Any) -> str:
    """Press start (Norwegian page) and have the host take the conversation; returns its id."""
    await page.get_by_role("button", name="Start chat").click()
    await expect(page.locator("#chat-status")).to_have_text("Du er nummer 1 i køen.")
    queue = await host.wait_for(frames.QueueEvent, lambda e: len(e.waiting) == 1)
    conversation: str = queue.waiting[0].conversation
    await host.take(conversation)
    await expect(page.locator("#chat-status")).to_have_text("En chatter er her sammen med deg.")
    return conversation


async def stored_session(page: Page) -> dict[str, Any] | None:
    raw = await page.evaluate("() => sessionStorage.getItem('chathost.visitor')")
    return json.loads(raw) if raw else None


async def test_visitor_queues_chats_and_sees_host_text_literally(server, clients, pages):
    host = await clients.staff("host1", shift=True)
    page = await pages.open(f"{server.url}/chat/ung", locale="nb-NO", viewport=PHONE)
    await expect(page.locator("html")).to_have_attribute("lang", "nb")
    await expect(page.locator("#service-single")).to_contain_text("Ung chat")

    await page.get_by_role("button", name="Start chat").click()
    status = page.locator("#chat-status")
    await expect(status).to_have_text("Du er nummer 1 i køen.")
    queue = await host.wait_for(frames.QueueEvent, lambda e: len(e.waiting) == 1)
    conversation = queue.waiting[0].conversation
    assert queue.waiting[0].language == "nb"

    # The first message can be written while waiting in the queue.
    box = page.get_by_role("textbox", name="Din melding")
    await box.fill("Hei. Jeg har det ikke så bra i kveld.")
    await box.press("Enter")
    first = page.locator(".msg-visitor").first
    await expect(first.locator(".msg-state")).to_have_text("Sendt")
    await expect(box).to_have_value("")

    await host.take(conversation)
    await expect(status).to_have_text("En chatter er her sammen med deg.")
    history = await host.messages(conversation)
    assert [m.text for m in history.messages] == ["Hei. Jeg har det ikke så bra i kveld."]

    # Typing reaches the host; Shift+Enter makes a new line, Enter sends.
    await box.fill("Det er mye")
    typing = await host.wait_for(frames.StaffTyping, lambda f: f.typing)
    assert typing.conversation == conversation
    await box.press("Shift+Enter")
    await box.press_sequentially("på en gang.")
    await box.press("Enter")
    sent = await host.wait_for(frames.MessageEvent, lambda e: e.message.sender == "visitor")
    assert sent.message.conversation == conversation
    assert sent.message.text == "Det er mye\npå en gang."

    await host.send_raw(encode_text(frames.Typing(conversation=conversation, typing=True)))
    await expect(page.locator("#typing")).to_have_text("Chatteren skriver …")
    await host.send(conversation, "Så fint at du skriver. Vil du fortelle meg mer?")
    host_bubbles = page.locator(".msg-host .bubble")
    await expect(host_bubbles.last).to_have_text("Så fint at du skriver. Vil du fortelle meg mer?")
    await expect(page.locator(".msg-host .msg-who").last).to_have_text("Chatter")
    await expect(page.locator("#typing")).to_have_text("")

    # The page tells the host it has read the reply; the host's read shows on own messages.
    read = await host.wait_for(frames.ReadEvent, lambda e: e.reader == "visitor")
    assert read.upto == 3
    await host.send_raw(encode_text(frames.Read(conversation=conversation, seq=2)))
    await expect(page.locator(".msg-visitor .msg-state")).to_have_text(["Lest", "Lest"])
    await assert_tap_targets(page)
    await screenshot(page, "chat-phone")

    # Over the length limit: the page says so and does not send.
    await box.fill("a" * 4001)
    await expect(page.locator("#counter")).to_contain_text("4001 / 4000")
    await box.press("Enter")
    await expect(box).to_have_value("a" * 4001)
    await box.fill("")
    await expect(page.locator("#counter")).to_be_hidden()

    # Hostile text from the network stays text: no element, no script, no bidi leak.
    hostile = "<img src=x onerror=alert(1)> \u202eexe.bat <b>fet</b>\n  neste linje"
    await host.send(conversation, hostile)
    await expect(host_bubbles).to_have_count(2)
    last = host_bubbles.last
    assert await last.evaluate("e => e.textContent") == hostile
    assert await page.locator("#transcript img, #transcript b").count() == 0
    assert await last.get_attribute("dir") == "auto"
    style = await last.evaluate(
        "e => { const s = getComputedStyle(e);"
        " return [s.unicodeBidi, s.whiteSpace, s.overflowWrap] }"
    )
    assert style == ["isolate", "pre-wrap", "anywhere"]

    # A longest-possible single word wraps inside the bubble: nothing scrolls sideways.
    await host.send(conversation, "å" * 4000)
    await expect(host_bubbles).to_have_count(3)
    widths = await page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth,"
        " document.getElementById('transcript').scrollWidth,"
        " document.getElementById('transcript').clientWidth]"
    )
    assert widths[0] <= widths[1] and widths[2] <= widths[3], widths

    await screenshot(page, "chat-phone-long-word")
    assert await page.locator(".msg-visitor").count() == 2


async def test_reload_brings_back_the_same_conversation(server, clients, pages):
    host = await clients.staff("host1", shift=True)
    page = await pages.open(f"{server.url}/chat/ung")
    conversation = await start_chat(page, host)
    box = page.get_by_role("textbox", name="Din melding")
    await box.fill("Er du fortsatt der?")
    await box.press("Enter")
    await host.wait_for(frames.MessageEvent, lambda e: e.message.text == "Er du fortsatt der?")
    await host.send(conversation, "Ja, jeg er her.")
    bubbles = page.locator("#transcript .bubble")
    await expect(bubbles).to_have_text(["Er du fortsatt der?", "Ja, jeg er her."])
    before = await stored_session(page)
    assert before is not None

    await page.reload()
    await expect(page.locator("#chat-status")).to_have_text("En chatter er her sammen med deg.")
    await expect(bubbles).to_have_text(["Er du fortsatt der?", "Ja, jeg er her."])
    await expect(page.locator(".msg-visitor .msg-state")).to_have_text(["Sendt"])
    after = await stored_session(page)
    assert after is not None and after["token"] == before["token"]
    await host.wait_for(
        frames.PresenceEvent, lambda e: e.conversation == conversation and e.visitor_connected
    )

    # The host sees no new visitor waiting, only the one conversation, which carries on.
    snapshot = await host.snapshot()
    assert [q.waiting for q in snapshot.queues] == [[], []]
    assert [c.id for c in snapshot.conversations] == [conversation]
    await box.fill("Takk for at du venter.")
    await box.press("Enter")
    event = await host.wait_for(
        frames.MessageEvent, lambda e: e.message.text == "Takk for at du venter."
    )
    assert event.message.conversation == conversation and event.message.seq == 3
    await expect(page.locator(".msg-visitor .msg-state")).to_have_text(["Sendt", "Sendt"])


async def test_quick_exit_leaves_at_once_and_forgets_everything(server, clients, pages):
    host = await clients.staff("host1", shift=True)
    chat_url = f"{server.url}/chat/ung"
    page = await pages.open(chat_url)
    conversation = await start_chat(page, host)
    assert await stored_session(page) is not None

    await page.get_by_role("button", name="Forlat siden").click()
    await page.wait_for_url(server.url + EXIT_PATH)
    assert await page.evaluate("() => sessionStorage.length") == 0
    assert await page.evaluate("() => localStorage.getItem('chathost.browser')") is None
    ended = await host.wait_for(
        frames.ConversationEvent,
        lambda e: e.conversation.id == conversation and e.conversation.status == "ended",
    )
    assert ended.conversation.ended_by == "visitor"
    # The chat was replaced in the history: Back does not lead to it.
    await page.go_back()
    assert page.url != chat_url


async def test_a_blocked_browser_is_told_it_cannot_start_again(server, clients, pages):
    host = await clients.staff("host1", shift=True)
    page = await pages.open(f"{server.url}/chat/ung")
    conversation = await start_chat(page, host)
    saved = json.loads(
        await page.evaluate("() => localStorage.getItem('chathost.browser')") or "null"
    )
    assert re.fullmatch(r"[0-9a-f]{32}", saved["id"])
    assert 23 * 3600 < saved["expires"] / 1000 - server.clock() <= 24 * 3600
    live = server.ctx.floor.live[conversation]
    assert live.row.visitor_session_hash == hashlib.sha256(saved["id"].encode()).digest()

    await host.block(conversation, "abuse")
    await expect(page.locator("#ended-reason")).to_have_text("Denne samtalen er over.")
    await page.get_by_role("button", name="Start en ny chat").click()
    await page.get_by_role("button", name="Start chat").click()
    await expect(page.locator("#start-error")).to_have_text(
        "Du kan ikke starte en ny chat akkurat nå. Prøv igjen senere."
    )


async def test_a_referral_is_explained_to_the_visitor(server, clients, pages):
    host = await clients.staff("host1", shift=True)
    page = await pages.open(f"{server.url}/chat/ung")
    conversation = await start_chat(page, host)
    await host.refer(conversation, "nuoret", "Vil heller snakke finsk.")
    notice = page.locator(".msg-system")
    await expect(notice).to_contain_text(transfer_notice("nb", "Nuorten chat"))
    status = page.locator("#chat-status")
    await expect(status).to_contain_text("Du er nummer 1 i køen.")
    await expect(status).not_to_contain_text("måtte gå fra")  # not "your host stepped away"


async def test_quick_exit_by_keyboard(server, pages):
    page = await pages.open(f"{server.url}/chat/ung", locale="en-GB", viewport=DESKTOP)
    await expect(page.get_by_role("button", name="Start chat")).to_be_visible()
    # Reachable early in the tab order: skip link, language, quick exit.
    for _ in range(3):
        await page.keyboard.press("Tab")
    assert await page.evaluate("() => document.activeElement.id") == "quick-exit"
    # Escape twice in a row leaves too.
    await page.keyboard.press("Escape")
    await page.keyboard.press("Escape")
    await page.wait_for_url(server.url + EXIT_PATH)


async def test_language_follows_the_browser_and_can_be_switched(server, pages):
    page = await pages.open(f"{server.url}/", locale="fi-FI", viewport=DESKTOP)
    heading = page.get_by_role("heading", level=1)
    await expect(page.locator("html")).to_have_attribute("lang", "fi")
    await expect(heading).to_have_text("Juttele jonkun kanssa")
    await expect(page.get_by_role("button", name="Poistu nopeasti")).to_be_visible()
    # Several services: a list to choose from, with the Finnish one chosen for a Finnish visitor.
    await expect(page.get_by_role("radio")).to_have_count(2)
    await expect(page.get_by_role("radio", name="Nuorten chat")).to_be_checked()
    await expect(page.get_by_role("button", name="Aloita chat")).to_be_visible()
    await assert_tap_targets(page)
    await screenshot(page, "start-desktop")

    await page.get_by_label("Kieli").select_option("en")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(heading).to_have_text("Talk to someone")
    await expect(page.get_by_role("button", name="Start chat")).to_be_visible()
    await expect(page.get_by_role("button", name="Quick exit")).to_be_visible()

    # Every text exists in every language.
    dictionaries = await page.evaluate(
        "() => Object.fromEntries(Object.entries(window.CHAT_I18N).map("
        "([lang, d]) => [lang, Object.entries(d).filter(([, v]) => typeof v === 'string' && v)"
        ".map(([k]) => k).sort()]))"
    )
    assert sorted(dictionaries) == ["en", "fi", "nb", "sv"]
    assert dictionaries["nb"] == dictionaries["fi"] == dictionaries["sv"] == dictionaries["en"]
    # ... and the language menu offers each of them.
    offered = await page.get_by_label("Language", exact=True).evaluate(
        "(select) => [...select.options].map((o) => o.value).sort()"
    )
    assert offered == sorted(dictionaries)


async def test_a_swedish_speaking_visitor_chats_in_swedish(server, clients, pages):
    host = await clients.staff("host1", shift=True)
    # Swedish-speaking Finland: Swedish, not Finnish, although the page is the Finnish service's.
    page = await pages.open(f"{server.url}/chat/nuoret", locale="sv-FI", viewport=PHONE)
    await expect(page.locator("html")).to_have_attribute("lang", "sv")
    await expect(page.get_by_role("heading", level=1)).to_have_text("Prata med någon")
    await expect(page.get_by_role("button", name="Lämna sidan snabbt")).to_be_visible()
    await expect(page.get_by_label("Språk", exact=True)).to_have_value("sv")

    await page.get_by_role("button", name="Starta chatten").click()
    status = page.locator("#chat-status")
    await expect(status).to_have_text("Du är nummer 1 i kön.")
    queue = await host.wait_for(frames.QueueEvent, lambda e: len(e.waiting) == 1)
    await host.take(queue.waiting[0].conversation)
    await expect(status).to_have_text("En stödperson är här med dig.")
    await expect(page.get_by_role("textbox", name="Ditt meddelande")).to_be_visible()

    # And from Sweden.
    page = await pages.open(f"{server.url}/", locale="sv-SE", viewport=DESKTOP)
    await expect(page.locator("html")).to_have_attribute("lang", "sv")
    await expect(page.get_by_role("button", name="Starta chatten")).to_be_visible()


def _not_today(timezone: str) -> int:
    return (datetime.now(ZoneInfo(timezone)).weekday() + 3) % 7


async def test_closed_service_gets_a_kind_message(server, pages):
    ung = server.ctx.floor.directory.services["ung"]
    closed_day = _not_today(ung.timezone)
    ung.opening_hours_json = json.dumps([{"days": [closed_day], "start": "18:00", "end": "22:00"}])
    page = await pages.open(f"{server.url}/chat/ung", locale="nb-NO")
    notice = page.locator("#start-notice")
    await expect(notice).to_contain_text("Chatten er stengt akkurat nå")
    await expect(notice).to_contain_text("Du er hjertelig velkommen tilbake")
    await expect(notice).to_contain_text("18:00–22:00")
    await expect(notice).to_contain_text("Ring 113")
    await expect(page.get_by_role("button", name="Start chat")).to_be_hidden()

    # A service that closes after the page was loaded is explained the same way on start.
    page = await pages.open(f"{server.url}/chat/nuoret", locale="fi-FI")
    start = page.get_by_role("button", name="Aloita chat")
    await expect(start).to_be_visible()
    nuoret = server.ctx.floor.directory.services["nuoret"]
    nuoret.opening_hours_json = json.dumps(
        [{"days": [_not_today(nuoret.timezone)], "start": "00:00", "end": "00:01"}]
    )
    await start.click()
    notice = page.locator("#start-notice")
    await expect(notice).to_contain_text("Chat on nyt kiinni")
    await expect(notice).to_contain_text("soita 112")
    await expect(start).to_be_hidden()
    assert await stored_session(page) is None
