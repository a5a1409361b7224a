-- Procedure catalogue versions imported by the administrator (danh mục thủ tục hành chính).
-- Every version is kept: a dossier names the version it was received under. The row with the
-- highest seq is the catalogue in force; without any row the starter shipped with the
-- application is. document is the whole catalogue as canonical JSON (NFC); sha256 is of it.
create table catalog_version (
    id              uuid primary key,
    seq             integer not null unique,
    version         varchar(64) not null unique,
    imported_at     timestamp(6) with time zone not null,
    imported_by     varchar(64),
    source          varchar(255) not null,
    sha256          varchar(64) not null,
    document        text not null
);
