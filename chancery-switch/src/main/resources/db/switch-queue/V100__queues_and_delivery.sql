-- Queues, store-and-forward and delivery. Flyway history of this part: table queue_schema_history, location
-- db/switch-queue, so that it never collides with the drafting/numbering migrations in the same switch.db.
-- Times are epoch milliseconds (UTC); precedences are Precedence ordinals (0 = CRITIC ... 6 = ROUTINE).

-- Every accepted transmission, from acceptance until forever (the store answers retransmission requests).
-- state: QUEUED (waiting), SENT (on the channel with a channel sequence number), DELIVERED (filed by the receiver).
CREATE TABLE queue_message (
    seq             INTEGER PRIMARY KEY,
    transmission_id TEXT    NOT NULL UNIQUE,
    cable_id        TEXT    NOT NULL,
    section         INTEGER NOT NULL,
    precedence      INTEGER NOT NULL,
    classification  TEXT    NOT NULL,
    destination     TEXT    NOT NULL,
    addressees      TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    released_at     INTEGER NOT NULL,
    accepted_at     INTEGER NOT NULL,
    state           TEXT    NOT NULL,
    channel         TEXT,
    channel_seq     INTEGER,
    sent_at         INTEGER,
    delivered_at    INTEGER,
    UNIQUE (channel, channel_seq)
);
CREATE INDEX queue_message_pending ON queue_message (precedence, released_at) WHERE state <> 'DELIVERED';

-- Speed-of-service breaches: one per transmission and post ('' when the message breached while still queued).
CREATE TABLE queue_breach (
    id              INTEGER PRIMARY KEY,
    transmission_id TEXT    NOT NULL,
    post            TEXT    NOT NULL,
    precedence      INTEGER NOT NULL,
    stage           TEXT    NOT NULL,
    objective_ms    INTEGER NOT NULL,
    released_at     INTEGER NOT NULL,
    detected_at     INTEGER NOT NULL,
    UNIQUE (transmission_id, post)
);

-- Receiving side: the last channel sequence number filed, per sending channel.
CREATE TABLE delivery_channel (
    channel  TEXT    PRIMARY KEY,
    last_seq INTEGER NOT NULL
);

-- One row per (transmission, addressee): the unique key is the exactly-once guarantee's last line of defence.
CREATE TABLE delivery_inbox (
    id              INTEGER PRIMARY KEY,
    post            TEXT    NOT NULL,
    plad            TEXT,
    transmission_id TEXT    NOT NULL,
    cable_id        TEXT    NOT NULL,
    section         INTEGER NOT NULL,
    precedence      INTEGER NOT NULL,
    classification  TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    distribution    TEXT    NOT NULL,
    subject         TEXT,
    originator      TEXT,
    requires_ack    INTEGER NOT NULL,
    released_at     INTEGER NOT NULL,
    delivered_at    INTEGER NOT NULL,
    acked_by        TEXT,
    acked_at        INTEGER,
    escalated_at    INTEGER,
    UNIQUE (transmission_id, post)
);
CREATE INDEX delivery_inbox_post ON delivery_inbox (post, delivered_at);
CREATE INDEX delivery_inbox_plad ON delivery_inbox (plad, delivered_at);
CREATE INDEX delivery_inbox_unacked ON delivery_inbox (delivered_at) WHERE requires_ack = 1 AND acked_at IS NULL;

-- Reports back to the originator: DELIVERED, ACKNOWLEDGED, NON_DELIVERY.
CREATE TABLE delivery_report (
    id              INTEGER PRIMARY KEY,
    transmission_id TEXT    NOT NULL,
    cable_id        TEXT    NOT NULL,
    originator      TEXT,
    addressee       TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    detail          TEXT
);
CREATE INDEX delivery_report_cable ON delivery_report (cable_id);

-- Escalations of FLASH / NIACT IMMEDIATE copies not acknowledged in time.
CREATE TABLE delivery_escalation (
    id              INTEGER PRIMARY KEY,
    inbox_id        INTEGER NOT NULL UNIQUE,
    post            TEXT    NOT NULL,
    transmission_id TEXT    NOT NULL,
    at              INTEGER NOT NULL
);
