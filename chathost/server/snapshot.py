"""The snapshot a console loads after login or a resync: shift, queues, visible conversations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chathost.protocol import models
from chathost.server import views
from chathost.server.storage import UserRow

if TYPE_CHECKING:
    from chathost.server.floor import Floor


def snapshot(
    floor: Floor,
    user: UserRow,
    escalations: list[models.Escalation] | None = None,
    guidelines_revision: int = 0,
    staff: list[models.StaffMember] | None = None,
    transfers: list[models.Transfer] | None = None,
) -> models.Snapshot:
    """Queues of the user's services; conversations they hold or supervise; escalations they
    raised or supervise."""
    queues = []
    for slug in user.services:
        service = floor.directory.services.get(slug)
        if service is None:
            continue
        queues.append(
            models.ServiceQueue(
                service=slug,
                name=service.name,
                waiting=floor.queue_entries(service.id),
                max_per_host=service.max_per_host,
                mine=len(floor.held_by(user.id, service.id)),
            )
        )
    visible = [
        lv
        for lv in floor.live.values()
        if lv.row.status == "active"
        and (
            lv.row.host_id == user.id
            or user.id in lv.supervisors
            or floor.directory.is_supervisor_of(user, lv.row.service_id)
        )
    ]
    return models.Snapshot(
        user=views.user(user),
        shift=floor.shifts.state(user.id),
        position=models.StreamPosition(floor.hub.stream_id, floor.hub.position(user.id)),
        queues=queues,
        conversations=[floor.conversation_view(lv) for lv in visible],
        escalations=escalations or [],
        guidelines_revision=guidelines_revision,
        staff=staff or [],
        transfers=transfers or [],
    )
