"""The guideline library on the server: seeding, the admin API with its lint, what each user
gets, and `guidelines` events when anything changes (through the API or in the database)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from chathost.devtools.protoclient import ApiError
from chathost.guidelines.document import default_dir, load_dir
from chathost.protocol import frames
from tests.conftest import Clients, Server, launch
from tests.server.staffing import add_account


def document(
    gid: str,
    title: str,
    *,
    language: str = "nb",
    services: str = '"*"',
    show: str = "trigger",
    words: str = '"sorg*"',
    not_: str = "",
    examples: str = '"jeg kjenner på sorgen hver dag"',
) -> str:
    triggers = (
        f"\n[triggers]\nwords = [{words}]\nnot = [{not_}]\nexamples = [{examples}]\n"
        if show == "trigger"
        else ""
    )
    return (
        f'+++\nid = "{gid}"\ntitle = "{title}"\nlanguage = "{language}"\n'
        f'services = [{services}]\ntopic = "mental-health"\nshow = "{show}"\n{triggers}'
        f"+++\nLytt, og spør hvordan det kjennes.\n"
    )


PACK = {
    "nb-sorg.md": document("nb-sorg", "Sorg", not_='"dør av latter"'),
    "nb-ung.md": document("nb-ung", "Rutiner i Ung chat", services='"ung"', show="always"),
    "fi-nuoret.md": document(
        "fi-nuoret", "Nuorten chatin rutiinit", language="fi", services='"nuoret"', show="always"
    ),
}


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[Server]:
    """The server, seeded with a small pack of our own instead of the shipped ones."""
    pack = tmp_path / "pack"
    pack.mkdir()
    for name, text in PACK.items():
        (pack / name).write_text(text, encoding="utf-8")
    srv = await launch(tmp_path, guidelines_dir=str(pack))
    try:
        yield srv
    finally:
        await srv.stop()


async def test_an_empty_database_gets_the_pack_once(server, clients):
    host = await clients.staff("host1", connect=False)
    got = await host.guidelines()
    assert got.revision == 1
    assert [g.id for g in got.guidelines] == ["fi-nuoret", "nb-sorg", "nb-ung"]
    sorg = got.guidelines[1]
    assert sorg.triggers.words == ["sorg*"] and sorg.triggers.not_ == ["dør av latter"]
    assert sorg.body == "Lytt, og spør hvordan det kjennes."
    assert (await host.snapshot()).guidelines_revision == 1

    # Deleted by the admin, they stay deleted across restarts.
    admin = await clients.staff("admin", connect=False)
    for gid in ("fi-nuoret", "nb-sorg", "nb-ung"):
        await admin.call("DELETE", f"/admin/guidelines/{gid}")
    await server.restart()
    host = await clients.staff("host1", connect=False)
    assert (await host.guidelines()).guidelines == []
    assert (await host.guidelines()).revision == 4


async def test_each_user_gets_the_guidelines_of_their_services(server, clients):
    admin = await clients.staff("admin", connect=False)
    only_ung = await add_account(clients, admin, "ungvakt", "host", ["ung"], connect=False)
    assert [g.id for g in (await only_ung.guidelines()).guidelines] == ["nb-sorg", "nb-ung"]
    assert [g.id for g in (await admin.guidelines()).guidelines] == ["nb-sorg"]  # "*" only


async def test_admin_round_trip(server, clients):
    admin = await clients.staff("admin", connect=False)
    listed = await admin.call("GET", "/admin/guidelines")
    assert [(i["id"], i["language"], i["topic"], i["updated_by"]) for i in listed] == [
        ("fi-nuoret", "fi", "mental-health", None),
        ("nb-sorg", "nb", "mental-health", None),
        ("nb-ung", "nb", "mental-health", None),
    ]
    assert (await admin.call("GET", "/admin/guidelines/nb-sorg"))["source"] == PACK["nb-sorg.md"]

    changed = document("nb-sorg", "Sorg og savn", words='"sorg*", "savn*"',
                       examples='"jeg kjenner på sorgen", "jeg savner pappa"')
    info = await admin.call("PUT", "/admin/guidelines/nb-sorg", {"source": changed})
    assert info["title"] == "Sorg og savn" and info["updated_by"] == "admin"
    assert (await admin.call("GET", "/admin/guidelines/nb-sorg"))["source"] == changed

    fresh = document("nb-ny", "Ny", words='"ensom*"', examples='"jeg er så ensom"')
    assert (await admin.call("PUT", "/admin/guidelines/nb-ny", {"source": fresh}))["id"] == "nb-ny"
    assert await admin.call("DELETE", "/admin/guidelines/nb-ny") is None
    for method in ("GET", "DELETE"):
        with pytest.raises(ApiError) as gone:
            await admin.call(method, "/admin/guidelines/nb-ny")
        assert gone.value.status == 404
    host = await clients.staff("host1", connect=False)
    got = await host.guidelines()
    assert got.revision == 4 and "nb-ny" not in [g.id for g in got.guidelines]

    actions = await server.ctx.storage.execute("SELECT action FROM audit WHERE action LIKE 'guid%'")
    assert [a for (a,) in actions] == [
        "guideline_put:nb-sorg", "guideline_put:nb-ny", "guideline_delete:nb-ny",
    ]


async def test_documents_that_fail_the_lint_are_refused(server, clients):
    admin = await clients.staff("admin", connect=False)

    async def refused(gid: str, source: str) -> str:
        with pytest.raises(ApiError) as error:
            await admin.call("PUT", f"/admin/guidelines/{gid}", {"source": source})
        assert error.value.status == 400 and error.value.code == "invalid_guideline"
        return str(error.value.problem["detail"])

    assert "+++" in await refused("nb-x", "no front matter here")
    assert "TOML" in await refused("nb-x", "+++\nid = \n+++\n")
    assert "'nb-y'" in await refused("nb-x", document("nb-y", "Y"))
    assert "unknown service 'voksen'" in await refused(
        "nb-x", document("nb-x", "X", services='"voksen"')
    )
    assert "example does not fire" in await refused(
        "nb-x", document("nb-x", "X", words='"ensom*"', examples='"jeg er lei meg"')
    )
    # The stored documents' figurative phrases apply: "dør av latter" is not about dying …
    dying = document("nb-do", "Dø", words='"=dør"', examples='"jeg dør av latter"')
    assert "example does not fire: 'jeg dør av latter'" in await refused("nb-do", dying)
    # … and only to documents of the same language.
    finnish = dying.replace('language = "nb"', 'language = "fi"').replace("nb-do", "fi-do")
    await admin.call("PUT", "/admin/guidelines/fi-do", {"source": finnish})

    host = await clients.staff("host1", connect=False)
    with pytest.raises(ApiError) as forbidden:
        await host.call("PUT", "/admin/guidelines/nb-x", {"source": dying})
    assert forbidden.value.status == 403
    assert "nb-x" not in [i["id"] for i in await admin.call("GET", "/admin/guidelines")]


async def test_a_change_reaches_connected_staff_at_once(server, clients):
    host = await clients.staff("host1")
    supervisor = await clients.staff("super1")
    admin = await clients.staff("admin", connect=False)
    changed = document("nb-sorg", "Sorg og tap", examples='"jeg kjenner på sorgen"')
    await admin.call("PUT", "/admin/guidelines/nb-sorg", {"source": changed})

    event = await host.wait_for(frames.GuidelinesEvent)
    assert event.revision == 2
    assert (await supervisor.wait_for(frames.GuidelinesEvent)).revision == 2
    got = await host.guidelines()
    assert got.revision == 2
    assert [g.title for g in got.guidelines if g.id == "nb-sorg"] == ["Sorg og tap"]

    # A user who is not connected gets it too, when they resume from their snapshot.
    host2 = await clients.staff("host2", connect=False)
    snapshot = await host2.snapshot()
    await admin.call("DELETE", "/admin/guidelines/nb-ung")
    host2.stream = snapshot.position.stream
    host2.welcome = frames.Welcome(
        protocol=1, user=snapshot.user, stream=snapshot.position.stream,
        seq=snapshot.position.seq, resumed=False, heartbeat=20.0,
    )
    assert (await host2.connect()).resumed
    assert (await host2.wait_for(frames.GuidelinesEvent)).revision == 3
    assert (await host.wait_for(frames.GuidelinesEvent)).revision == 3
    assert (await host2.snapshot()).guidelines_revision == 3


async def test_a_change_in_the_database_is_noticed_by_the_sweeper(server, clients):
    host = await clients.staff("host1")
    source = document("nb-cli", "Fra kommandolinjen", words='"ensom*"', examples='"ensom"')
    # What `chathost-server guidelines import` does: it writes only the database.
    await server.ctx.storage.put_guidelines([("nb-cli", "nb", source)], server.clock(), None)
    server.clock.advance(10)
    await server.sweeper.sweep_once()
    assert (await host.wait_for(frames.GuidelinesEvent)).revision == 2
    assert "nb-cli" in [g.id for g in (await host.guidelines()).guidelines]
    await server.sweeper.sweep_once()  # unchanged: no second event
    assert len(host.of(frames.GuidelinesEvent)) == 1


async def test_the_shipped_packs_load(tmp_path: Path, http):
    """Whatever the packs hold right now: every readable document is stored and served."""
    shipped = {g.id for _, g in load_dir(default_dir())[0]}
    server = await launch(tmp_path)
    clients = Clients(server, http)
    try:
        admin = await clients.staff("admin", connect=False)
        stored = {i["id"] for i in await admin.call("GET", "/admin/guidelines")}
        assert stored == shipped
        host = await clients.staff("host1", connect=False)
        assert (await host.guidelines()).revision == (1 if shipped else 0)
    finally:
        await clients.close()
        await server.stop()


async def test_no_seeding_when_turned_off(tmp_path: Path, http):
    server = await launch(tmp_path, seed_guidelines=False)
    clients = Clients(server, http)
    try:
        host = await clients.staff("host1", connect=False)
        got = await host.guidelines()
        assert (got.revision, got.guidelines) == (0, [])
    finally:
        await clients.close()
        await server.stop()


async def test_a_long_shipped_document_can_be_put_back_through_the_api(server, clients):
    """A broad lexicon with its examples is tens of kilobytes: more than other bodies may be."""
    admin = await clients.staff("admin", connect=False)
    source = (default_dir() / "nb" / "suicide.md").read_text(encoding="utf-8")
    assert len(source.encode()) > 64 * 1024 * 0.7
    info = await admin.call("PUT", "/admin/guidelines/nb-suicide", {"source": source})
    assert info["id"] == "nb-suicide"
    stored = await admin.call("GET", "/admin/guidelines/nb-suicide")
    assert stored["source"] == source
