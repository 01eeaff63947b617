"""A supervisor's tabs count what they have not read, like a host's: the visitor's and the
host's messages that came while the tab was not on screen (another tab current, or the floor
page shown), cleared as soon as the tab is shown. Against the real server; the host and the
visitors are protocol clients."""

from __future__ import annotations

from tests.ui.console_fixtures import log_in, wait_for


async def a_held_conversation(clients, host_name: str):
    """A host (a protocol client) on shift holding a fresh conversation the visitor opened."""
    host = await clients.staff(host_name, shift=True)
    visitor = await clients.visitor("ung", "nb")
    await visitor.send("Hei, er det noen der?")
    conversation = (await host.take(visitor.conversation)).id
    return host, visitor, conversation


async def test_a_supervisors_tab_counts_what_came_while_it_was_not_shown(
    console, clients, qtbot
):
    host, visitor, first = await a_held_conversation(clients, "host1")
    _other_host, _other_visitor, second = await a_held_conversation(clients, "host2")
    await log_in(console, "super1")
    window = console.window
    tabs = window.tabs
    tabs.set_window_active(True)
    window.open_from_floor(first)  # as from the floor: the conversations page comes up
    await wait_for(lambda: tabs.count() == 1, console)
    window.open_from_floor(second)
    await wait_for(lambda: tabs.count() == 2 and tabs.currentIndex() == 1, console)
    reading = tabs.tab_for(first)
    assert reading is not None
    index = tabs.indexOf(reading)
    alias = console.session.state.conversations[first].info.alias
    quiet = f"{alias} · Ung chat — reading along"
    await wait_for(lambda: any(
        reading.model.full_text(r) == "Hei, er det noen der?"
        for r in range(reading.model.rowCount())
    ), console)
    assert tabs.tabText(index) == quiet  # what was there when they came in is no news

    # The visitor writes and the host answers while the other conversation is on screen.
    await visitor.send("Jeg har det ikke bra.")
    await wait_for(lambda: tabs.tabText(index) == f"{alias} · Ung chat (1) — reading along",
                   console)
    await host.send(first, "Jeg er her. Fortell.")
    await wait_for(lambda: tabs.tabText(index) == f"{alias} · Ung chat (2) — reading along",
                   console)
    assert "(" not in tabs.tabText(tabs.indexOf(tabs.tab_for(second)))

    # Shown: read, the count goes at once.
    tabs.setCurrentWidget(reading)
    assert tabs.tabText(index) == quiet

    # The floor page hides the tabs: the current tab counts too, until the tabs are shown.
    window.show_floor()
    await visitor.send("Er du der?")
    await wait_for(lambda: tabs.tabText(index) == f"{alias} · Ung chat (1) — reading along",
                   console)
    window.show_conversations()
    assert tabs.tabText(index) == quiet
