"""Schema migrations, applied in order; `PRAGMA user_version` records how far a database is."""

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('host', 'supervisor', 'admin')),
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL
    );
    CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        languages TEXT NOT NULL,
        audience TEXT NOT NULL,
        timezone TEXT NOT NULL,
        opening_hours TEXT NOT NULL,
        max_per_host INTEGER NOT NULL,
        max_queue INTEGER NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE user_services (
        user_id INTEGER NOT NULL REFERENCES users(id),
        service_id INTEGER NOT NULL REFERENCES services(id),
        PRIMARY KEY (user_id, service_id)
    );
    CREATE TABLE sessions (
        token_hash BLOB PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at REAL NOT NULL,
        expires_at REAL NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        started_at REAL NOT NULL,
        ended_at REAL,
        paused INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX shifts_open ON shifts(user_id) WHERE ended_at IS NULL;
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        service_id INTEGER NOT NULL REFERENCES services(id),
        language TEXT NOT NULL,
        alias TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'active', 'ended')),
        host_id INTEGER REFERENCES users(id),
        visitor_token_hash BLOB NOT NULL UNIQUE,
        created_at REAL NOT NULL,
        queued_at REAL NOT NULL,
        taken_at REAL,
        ended_at REAL,
        ended_by TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0,
        host_read_seq INTEGER NOT NULL DEFAULT 0,
        visitor_read_seq INTEGER NOT NULL DEFAULT 0,
        visitor_active_at REAL NOT NULL,
        purged INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX conversations_open ON conversations(status) WHERE status != 'ended';
    CREATE INDEX conversations_unpurged ON conversations(ended_at) WHERE purged = 0;
    CREATE TABLE messages (
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        seq INTEGER NOT NULL,
        sender TEXT NOT NULL CHECK (sender IN ('visitor', 'host', 'system')),
        author_id INTEGER REFERENCES users(id),
        client_id TEXT,
        text TEXT NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (conversation_id, seq),
        UNIQUE (conversation_id, sender, client_id)
    ) WITHOUT ROWID;
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        actor_id INTEGER REFERENCES users(id),
        action TEXT NOT NULL,
        conversation_id TEXT,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_at ON audit(at);
    """,
    # 2: guideline packs, escalations, blocks, wrap-ups; risk, referral and a visitor session
    # on conversations; a wrap-up form on services.
    """
    CREATE TABLE guidelines (
        id TEXT PRIMARY KEY,
        language TEXT NOT NULL,
        source TEXT NOT NULL,
        updated_at REAL NOT NULL,
        updated_by INTEGER REFERENCES users(id)
    );
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        service_id INTEGER NOT NULL REFERENCES services(id),
        kind TEXT NOT NULL CHECK (kind IN ('supervision', 'acute')),
        status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'cancelled', 'closed')),
        raised_by INTEGER NOT NULL REFERENCES users(id),
        raised_at REAL NOT NULL,
        pressed_at REAL NOT NULL,
        acknowledged_by INTEGER REFERENCES users(id),
        acknowledged_at REAL,
        alerts INTEGER NOT NULL DEFAULT 1,
        alerted_at REAL NOT NULL,
        on_duty INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX escalations_live ON escalations(status)
        WHERE status IN ('open', 'acknowledged');
    CREATE TABLE blocks (
        session_hash BLOB PRIMARY KEY,
        reason TEXT NOT NULL,
        blocked_by INTEGER REFERENCES users(id),
        created_at REAL NOT NULL,
        expires_at REAL NOT NULL
    );
    CREATE TABLE wrapups (
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        author_id INTEGER NOT NULL REFERENCES users(id),
        service_id INTEGER NOT NULL REFERENCES services(id),
        ended_hour REAL NOT NULL,
        answers TEXT NOT NULL,
        risk TEXT NOT NULL,
        referred_to TEXT,
        comment TEXT,
        created_at REAL NOT NULL,
        PRIMARY KEY (conversation_id, author_id)
    );
    CREATE INDEX wrapups_hour ON wrapups(ended_hour);
    CREATE INDEX audit_conversation ON audit(conversation_id);
    CREATE INDEX conversations_ended ON conversations(ended_at) WHERE status = 'ended';
    ALTER TABLE conversations ADD COLUMN risk TEXT NOT NULL DEFAULT 'none';
    ALTER TABLE conversations ADD COLUMN acute_at REAL;
    ALTER TABLE conversations ADD COLUMN referred_from TEXT;
    ALTER TABLE conversations ADD COLUMN handover_note TEXT;
    ALTER TABLE conversations ADD COLUMN visitor_session_hash BLOB;
    ALTER TABLE services ADD COLUMN wrapup TEXT NOT NULL DEFAULT '';
    """,
    # 3: supervisors on the floor. Messages may come from a joined supervisor and may be private
    # (host and supervisors only): the table is rebuilt, as SQLite cannot change a CHECK.
    """
    CREATE TABLE messages_new (
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        seq INTEGER NOT NULL,
        sender TEXT NOT NULL CHECK (sender IN ('visitor', 'host', 'supervisor', 'system')),
        author_id INTEGER REFERENCES users(id),
        client_id TEXT,
        text TEXT NOT NULL,
        created_at REAL NOT NULL,
        private INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (conversation_id, seq),
        UNIQUE (conversation_id, sender, client_id)
    ) WITHOUT ROWID;
    INSERT INTO messages_new (conversation_id, seq, sender, author_id, client_id, text,
        created_at) SELECT conversation_id, seq, sender, author_id, client_id, text, created_at
        FROM messages;
    DROP TABLE messages;
    ALTER TABLE messages_new RENAME TO messages;
    CREATE TABLE supervision (
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        mode TEXT NOT NULL CHECK (mode IN ('reading', 'joined')),
        since REAL NOT NULL,
        PRIMARY KEY (conversation_id, user_id)
    );
    CREATE TABLE debriefs (
        user_id INTEGER PRIMARY KEY REFERENCES users(id),
        status TEXT NOT NULL CHECK (status IN ('requested', 'acknowledged')),
        requested_at REAL NOT NULL,
        acknowledged_by INTEGER REFERENCES users(id),
        acknowledged_at REAL
    );
    ALTER TABLE services ADD COLUMN announce_reading INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: warm transfer offers outlive a server restart (they last two minutes; a restart in
    # between used to drop them without a word to either host).
    """
    CREATE TABLE transfer_offers (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        service_id INTEGER NOT NULL REFERENCES services(id),
        from_id INTEGER NOT NULL REFERENCES users(id),
        to_id INTEGER NOT NULL REFERENCES users(id),
        transfer TEXT NOT NULL
    );
    """,
]
