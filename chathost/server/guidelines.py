"""The guideline library: packs kept in the database, parsed once into memory and sent to every
console. Every change bumps a stored revision; consoles follow it through `guidelines` events,
also when the change came from the command line (the sweeper polls the revision)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from pathlib import Path

import msgspec

from chathost.guidelines.document import GuidelineError, default_dir, load_dir, parse_document
from chathost.guidelines.lint import lint_documents
from chathost.protocol import frames, models
from chathost.server.audit import write_audit
from chathost.server.config import ServerConfig
from chathost.server.directory import Directory
from chathost.server.errors import OpError, not_found, storage_failed
from chathost.server.storage import GuidelineRow, Storage, StorageError, UserRow
from chathost.server.streams import EventHub

log = logging.getLogger(__name__)

# (where, source, parsed) for each document of a folder.
Document = tuple[str, str, models.Guideline]


def read_folder(folder: Path) -> tuple[list[Document], list[str]]:
    """Every readable document under `folder` with its source, and one line per unreadable one."""
    found, problems = load_dir(folder)
    return [(str(path), path.read_text(encoding="utf-8"), g) for path, g in found], problems


def lint_folder(documents: list[Document], services: Iterable[str] | None) -> list[str]:
    return lint_documents([(where, g) for where, _, g in documents], services)


def invalid(detail: str) -> OpError:
    return OpError("invalid_guideline", detail, 400)


def new_problems(
    others: list[tuple[str, models.Guideline]],
    guideline: models.Guideline,
    services: list[str],
) -> list[str]:
    """The lint's problems with `guideline` among `others` that `others` alone do not have."""
    before = set(lint_documents(others, services))
    after = lint_documents([*others, (guideline.id, guideline)], services)
    return [p for p in after if p not in before]


class GuidelineLibrary:
    def __init__(
        self, config: ServerConfig, storage: Storage, hub: EventHub, directory: Directory
    ) -> None:
        self.config = config
        self.storage = storage
        self.hub = hub
        self.directory = directory
        self.revision = 0
        self._rows: dict[str, GuidelineRow] = {}
        self._parsed: dict[str, models.Guideline] = {}
        self._lock = asyncio.Lock()

    # ------------------------------------------------------------ loading

    async def load(self) -> None:
        if self.config.seed_guidelines and not await self.storage.list_guidelines():
            await self._seed()
        await self.reload()

    async def _seed(self) -> None:
        """The shipped packs, once in the database's life (an admin may delete them all)."""
        if await self.storage.get_meta("guidelines_seeded") is not None:
            return
        folder = Path(self.config.guidelines_dir) if self.config.guidelines_dir else default_dir()
        if not folder.is_dir():
            log.warning("no guideline folder at %s; starting without guidelines", folder)
            return
        documents, problems = await asyncio.to_thread(read_folder, folder)
        for line in problems:
            log.warning("guideline not imported: %s", line)
        if not documents:
            return
        rows = [(g.id, g.language, source) for _, source, g in documents]
        now = self.config.clock()
        if await self.storage.seed_guidelines(rows, now):
            log.info("imported %d guideline(s) from %s", len(rows), folder)
            # Parsed already: the reload that follows need not parse them again.
            self._rows = {
                g.id: GuidelineRow(g.id, g.language, src, now, None) for _, src, g in documents
            }
            self._parsed = {g.id: g for _, _, g in documents}

    async def reload(self) -> None:
        """Read what the database holds now; unchanged documents are not parsed again."""
        revision = await self.storage.guidelines_revision()  # first: a later change shows
        rows = await self.storage.list_guidelines()
        parsed: dict[str, models.Guideline] = {}
        for row in rows:
            known = self._rows.get(row.id)
            if known is not None and known.source == row.source and row.id in self._parsed:
                parsed[row.id] = self._parsed[row.id]
                continue
            try:
                parsed[row.id] = parse_document(row.source)
            except GuidelineError as exc:
                log.warning("stored guideline %s cannot be read: %s", row.id, exc)
        self._rows = {row.id: row for row in rows}
        self._parsed = parsed
        self.revision = revision

    async def poll(self) -> None:
        """The command line writes only the database: notice its changes."""
        async with self._lock:
            if await self.storage.guidelines_revision() == self.revision:
                return
            await self.reload()
            self._publish()

    def _publish(self) -> None:
        staff = {
            u.id
            for u in self.directory.users.values()
            if u.role in ("host", "supervisor") and not u.disabled
        }
        self.hub.publish(staff, frames.GuidelinesEvent(seq=0, revision=self.revision))

    # ------------------------------------------------------------ reading

    def for_user(self, user: UserRow) -> models.GuidelineSet:
        mine = set(user.services)
        return models.GuidelineSet(
            revision=self.revision,
            guidelines=[
                _for_consoles(g)
                for _, g in sorted(self._parsed.items())
                if "*" in g.services or mine.intersection(g.services)
            ],
        )

    def infos(self) -> list[models.GuidelineInfo]:
        return [self._info(row) for row in sorted(self._rows.values(), key=lambda r: r.id)]

    def _info(self, row: GuidelineRow) -> models.GuidelineInfo:
        parsed = self._parsed.get(row.id)
        return models.GuidelineInfo(
            id=row.id,
            title=parsed.title if parsed else "(cannot be read)",
            language=row.language,
            topic=parsed.topic if parsed else "",
            updated_at=row.updated_at,
            updated_by=row.updated_by,
        )

    def source(self, guideline_id: str) -> models.GuidelineSource:
        row = self._rows.get(guideline_id)
        if row is None:
            raise not_found("guideline")
        return models.GuidelineSource(source=row.source)

    # ------------------------------------------------------------ changing

    def _parse(self, guideline_id: str, source: str) -> models.Guideline:
        try:
            guideline = parse_document(source)
        except GuidelineError as exc:
            raise invalid(str(exc)) from None
        if guideline.id != guideline_id:
            raise invalid(f"The document's id {guideline.id!r} is not {guideline_id!r}.")
        return guideline

    async def put(self, user: UserRow, guideline_id: str, source: str) -> models.GuidelineInfo:
        """Linted together with the stored documents of its language (so their figurative
        `not` phrases apply); only problems this document brings are reported."""
        guideline = self._parse(guideline_id, source)
        others = [
            (gid, g)
            for gid, g in self._parsed.items()
            if g.language == guideline.language and gid != guideline_id
        ]
        services = list(self.directory.services)
        problems = await asyncio.to_thread(new_problems, others, guideline, services)
        if problems:
            raise invalid("\n".join(problems))
        now = self.config.clock()
        async with self._lock:
            try:
                await self.storage.put_guidelines(
                    [(guideline_id, guideline.language, source)], now, user.id
                )
                await self.reload()
            except StorageError as exc:
                raise storage_failed() from exc
            self._publish()
        await write_audit(self.storage, now, user.id, f"guideline_put:{guideline_id}", None)
        return models.GuidelineInfo(
            id=guideline_id,
            title=guideline.title,
            language=guideline.language,
            topic=guideline.topic,
            updated_at=now,
            updated_by=user.username,
        )

    async def delete(self, user: UserRow, guideline_id: str) -> None:
        async with self._lock:
            try:
                if await self.storage.delete_guideline(guideline_id) is None:
                    raise not_found("guideline")
                await self.reload()
            except StorageError as exc:
                raise storage_failed() from exc
            self._publish()
        await write_audit(
            self.storage, self.config.clock(), user.id, f"guideline_delete:{guideline_id}", None
        )


def _for_consoles(guideline: models.Guideline) -> models.Guideline:
    """Without the lint's examples: consoles match with the patterns only, and the examples are
    about half of a broad pack."""
    triggers = msgspec.structs.replace(guideline.triggers, examples=[], counter_examples=[])
    return msgspec.structs.replace(guideline, triggers=triggers)
