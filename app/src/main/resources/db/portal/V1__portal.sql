-- The sandbox portal's own schema (never the desk's: the desk's Flyway reads db/migration only).

create table portal_client (
    client_id varchar(100) primary key,
    agency_id varchar(100) not null,
    secret_hash varchar(300) not null,
    secret_sealed varchar(500) not null,
    created_at timestamp(6) with time zone not null
);

create table portal_dossier (
    uuid uuid primary key,
    agency_id varchar(100) not null,
    code varchar(100) not null,
    origin varchar(10) not null,
    version bigint not null,
    status integer not null,
    content clob not null,
    device_time varchar(14),
    received_server_time varchar(14) not null,
    created_seq bigint not null,
    constraint portal_dossier_code unique (code)
);

create table portal_event (
    uuid uuid primary key,
    dossier_uuid uuid not null,
    seq bigint not null,
    type varchar(100) not null,
    status integer not null,
    origin varchar(140) not null,
    version bigint not null,
    body clob not null
);
create index portal_event_dossier on portal_event (dossier_uuid, seq);

create table portal_file (
    dossier_uuid uuid not null,
    file_uuid uuid not null,
    content clob not null,
    removed boolean not null,
    reason varchar(2000),
    seq bigint not null,
    primary key (dossier_uuid, file_uuid)
);

create table portal_upload (
    uuid uuid primary key,
    sha256 varchar(64) not null,
    bytes bigint not null,
    content_type varchar(200),
    upload_offset bigint not null,
    complete boolean not null,
    expires_at timestamp(6) with time zone not null
);

create table portal_attachment (
    uuid uuid primary key,
    sha256 varchar(64) not null,
    bytes bigint not null
);

create table portal_idempotency (
    client_id varchar(100) not null,
    op_id varchar(100) not null,
    fingerprint varchar(64) not null,
    status integer not null,
    headers clob not null,
    body clob,
    primary key (client_id, op_id)
);

create table portal_change (
    seq bigint primary key,
    change_id uuid not null,
    agency_id varchar(100) not null,
    kind varchar(10) not null,
    dossier_uuid uuid not null,
    code varchar(100) not null,
    version bigint not null,
    origin varchar(140) not null,
    dossier clob not null,
    event clob
);
create index portal_change_agency on portal_change (agency_id, seq);

create table portal_code_block (
    agency_id varchar(100) not null,
    lease_day date not null,
    first_seq integer not null,
    last_seq integer not null,
    kind varchar(10) not null,
    primary key (agency_id, lease_day, first_seq)
);

create table portal_meta (
    name varchar(60) primary key,
    num bigint not null
);
insert into portal_meta (name, num) values ('last_seq', 0);
insert into portal_meta (name, num) values ('pruned_through', 0);
