"""At start-up, before the login even shows, the notes of shifts that must be over are wiped."""

from __future__ import annotations

import time

from chathost.core.notes_store import KEY_SERVICE, CacheName, NotesStore, caches_in
from chathost.devtools.memory_keyring import TRUSTED, MemoryKeyring
from tests.ui.console_fixtures import make_console


async def _left_behind(folder, keyring, hours_ago: float) -> str:
    made = time.time() - hours_ago * 3600
    name = str(CacheName("b" * 12, int(made), f"9-{int(made * 1000)}"))
    store = await NotesStore.create(folder, name, keyring, TRUSTED)
    await store.save("", "left behind by a power cut")
    await store._run(store._conn.close)
    return name


async def test_caches_older_than_the_longest_shift_are_wiped_before_the_login(
    server, http, tmp_path
):
    keyring = MemoryKeyring()
    folder = tmp_path / "notes"
    await _left_behind(folder, keyring, 13)
    recent = await _left_behind(folder, keyring, 2)
    console = make_console(server.url, http, tmp_path, keyring)
    try:
        await console.begin()
        assert console.login is not None and console.login.isVisible()
        assert [cache_id for _, cache_id in caches_in(folder)] == [recent]
        assert [k[1] for k in keyring.entries if k[0] == KEY_SERVICE] == [recent]
    finally:
        if console.login is not None:
            console.login.close()
        await console.close()
