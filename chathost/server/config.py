"""Server settings, with defaults a small centre can run with."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ServerConfig:
    db_path: str = "chathost.sqlite3"
    host: str = "127.0.0.1"
    port: int = 8080
    name: str = "ChatHost"
    # Bearer tokens expire after this long (a long shift plus margin).
    token_lifetime: float = 14 * 3600.0
    # A visitor who reloads or loses the connection gets the conversation back within this time.
    visitor_grace: float = 120.0
    # An active conversation whose visitor has written nothing for this long is ended.
    visitor_inactivity: float = 30 * 60.0
    # A host whose console has been disconnected this long has their conversations handed back
    # to the queue, so no visitor keeps writing to nobody.
    host_absence: float = 180.0
    # Transcripts are deleted this long after a conversation ends; 0 deletes them at the end.
    retention: float = 0.0
    # WebSocket ping interval; a peer that does not answer within half of it is dropped.
    heartbeat: float = 20.0
    # How often deadlines (grace, inactivity, retention) are checked.
    sweep_interval: float = 1.0
    # Where the visitor page's quick-exit button goes.
    quick_exit_url: str = "https://www.google.com/"
    # Events kept per staff user for resuming after a reconnect.
    stream_buffer: int = 5000
    # Anonymous conversation opens allowed per client address per minute (kept in memory only).
    visitor_opens_per_minute: int = 10
    # Behind a reverse proxy: rate limits key on the address the proxy puts in X-Forwarded-For.
    behind_proxy: bool = False
    # Guideline packs imported into an empty database at the first start (None: the shipped
    # packs); `seed_guidelines` False starts with none.
    guidelines_dir: str | None = None
    seed_guidelines: bool = True
    # An unanswered call for help alerts the service's supervisors again this often.
    help_realert: float = 60.0
    # How long a blocked visitor's browser session cannot open a new chat.
    block_hours: float = 24.0
    clock: Callable[[], float] = field(default=time.time)
