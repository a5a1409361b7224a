-- Portal-owned data that reached the desk (issue 8, fault 32): what the clerk must be told
-- because the portal changed it, and where the catalogue pull stands.

-- A notice for the sync panel: a catalogue version taken or refused, fees or a due date the
-- portal changed on a dossier. Never deleted; a person marks it seen.
create table sync_notice (
    id            uuid primary key,
    dossier_id    uuid,                          -- null for the catalogue kinds
    dossier_code  varchar(64),
    kind          varchar(32) not null,          -- CATALOG_UPDATED | CATALOG_REFUSED | FEE_CHANGED | DUE_CHANGED
    detail        varchar(4000),
    old_value     varchar(4000),
    new_value     varchar(4000),
    created_at    timestamp(6) with time zone not null,
    seen_at       timestamp(6) with time zone,
    seen_by       varchar(64),
    version       bigint not null
);
create index ix_sync_notice_open on sync_notice (seen_at, created_at);

-- One row: the catalogue version last read from the portal (sent as If-None-Match) and the
-- last refusal, if the portal's catalogue could not be taken.
create table sync_catalog (
    id             integer primary key,
    etag           varchar(500),
    checked_at     timestamp(6) with time zone,
    imported_at    timestamp(6) with time zone,
    problem        varchar(4000),
    next_check_at  timestamp(6) with time zone, -- after a refusal the portal is asked again only from then
    version        bigint not null
);
insert into sync_catalog (id, version) values (1, 0);
