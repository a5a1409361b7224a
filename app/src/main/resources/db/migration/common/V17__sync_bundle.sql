-- Hand-carried bundles (issue 8): what the desk exported while the line was down, so that an
-- acknowledgement brought back from the portal is recognised (by the file's SHA-256) and only
-- applied to the entries that bundle carried; and which acknowledgements were already imported.
create table sync_bundle (
    id              uuid primary key,
    sha256          varchar(64) not null,
    file_name       varchar(1000) not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(64) not null,
    action_count    integer not null,
    attachment_count integer not null,
    byte_count      bigint not null,
    constraint uq_sync_bundle_sha unique (sha256)
);

-- The opIds (outbox entry IDs) a bundle holds, in file order.
create table sync_bundle_op (
    bundle_id   uuid not null references sync_bundle (id),
    op_index    integer not null,
    op_id       uuid not null,
    primary key (bundle_id, op_index)
);
create index ix_sync_bundle_op_op on sync_bundle_op (op_id);

-- Acknowledgements imported: the same file again changes nothing.
create table sync_bundle_ack (
    ack_sha256   varchar(64) primary key,
    bundle_id    uuid not null references sync_bundle (id),
    imported_at  timestamp(6) with time zone not null,
    imported_by  varchar(64) not null,
    done_count      integer not null,
    rejected_count  integer not null,
    conflict_count  integer not null,
    waiting_count   integer not null,
    ignored_count   integer not null
);
