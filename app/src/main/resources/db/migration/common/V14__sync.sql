-- The sync engine (issue 8): outbox states and answers, what the desk knows of each dossier on
-- the portal, applied change IDs, conflicts, the pull cursor and line state, the runner lease
-- and the portal settings. Existing outbox rows survive the upgrade and still land once (fault 37).

alter table outbox_entry add column error_code varchar(64);
alter table outbox_entry add column http_status integer;
alter table outbox_entry add column response varchar(2000);
alter table outbox_entry add column done_at timestamp(6) with time zone;
alter table outbox_entry add column server_version bigint;
alter table outbox_entry add column last_attempt_at timestamp(6) with time zone;
-- the portal's Retry-After floor: "sync now" never sends sooner than this
alter table outbox_entry add column not_before timestamp(6) with time zone;

update outbox_entry set state = 'DONE', done_at = coalesce(sent_at, created_at) where state = 'SENT';
update outbox_entry set state = 'REJECTED' where state = 'NEEDS_ATTENTION';
update outbox_entry set next_attempt_at = created_at where next_attempt_at is null and state = 'PENDING';

-- What the desk knows of a dossier on the portal.
create table sync_dossier (
    dossier_id       uuid primary key,
    origin           varchar(16) not null,       -- desk | portal
    server_version   bigint,                     -- highest version the portal acknowledged or the feed showed
    applied_version  bigint,                     -- highest feed version applied to the desk
    base_snapshot    varchar(1000000),           -- the portal's snapshot at applied_version (field-level merge base)
    synced_at        timestamp(6) with time zone,
    incoming_at      timestamp(6) with time zone, -- a portal change the clerk has not seen yet
    refresh_needed   boolean not null,           -- skipped by a full resync while its actions waited: fetch it again
    version          bigint not null
);

-- Change IDs of the feed already applied: a repeated or overlapping page changes nothing (fault 30).
create table sync_applied_change (
    change_id   uuid primary key,
    seq         bigint not null,
    dossier_id  uuid,
    applied_at  timestamp(6) with time zone not null
);

-- Both sides changed something only a person can decide (faults 20, 21, 35); never deleted.
create table sync_conflict (
    id            uuid primary key,
    dossier_id    uuid not null,
    kind          varchar(32) not null,          -- FIELD | STATUS
    field         varchar(64),
    desk_value    varchar(4000),
    portal_value  varchar(4000),
    outbox_id     uuid,
    detected_at   timestamp(6) with time zone not null,
    resolved_at   timestamp(6) with time zone,
    resolved_by   varchar(64),
    version       bigint not null
);
create index ix_sync_conflict_dossier on sync_conflict (dossier_id, resolved_at);

-- One row: where the pull stands and how the line looks.
create table sync_feed (
    id                integer primary key,
    feed_cursor       varchar(2000),
    cursor_seq        bigint not null,
    last_pull_at      timestamp(6) with time zone,
    last_push_at      timestamp(6) with time zone,
    last_server_date  timestamp(6) with time zone,
    skew_millis       bigint,
    line_up           boolean,
    line_since        timestamp(6) with time zone,
    line_reason       varchar(2000),
    resyncs           integer not null,
    not_before        timestamp(6) with time zone, -- the portal's last Retry-After: no call at all before it
    version           bigint not null
);
insert into sync_feed (id, cursor_seq, resyncs, version) values (1, 0, 0, 0);

-- One sync runner per office database: the holder renews it while running; an expired one is taken over.
create table sync_lease (
    name        varchar(32) primary key,
    holder      varchar(128),
    expires_at  timestamp(6) with time zone,
    version     bigint not null
);
insert into sync_lease (name, version) values ('runner', 0);

-- The portal this office talks to (one row).
create table sync_config (
    id             integer primary key,
    portal_url     varchar(500) not null,
    client_id      varchar(200) not null,
    client_secret  varchar(500) not null,
    updated_at     timestamp(6) with time zone not null,
    updated_by     varchar(64),
    version        bigint not null
);
