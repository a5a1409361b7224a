-- Digitization: a PDF in the content-addressed store linked to one component of a dossier.
-- A link is never deleted: removal is a tombstone saying when, by whom and why, so a file a
-- dossier ever referenced stays in the store and in documents verify.
create table dossier_document (
    id                  uuid primary key,
    dossier_id          uuid not null references dossier (id),
    component_code      varchar(64) not null,
    file_name           varchar(255) not null,
    sha256              varchar(64) not null,
    pages               integer not null,
    bytes               bigint not null,
    digitized           boolean not null,
    reused              boolean not null,
    from_national_store boolean not null,
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(255) not null,
    removed_at          timestamp(6) with time zone,
    removed_by          varchar(255),
    removal_reason      varchar(2000)
);
create index ix_dossier_document_dossier on dossier_document (dossier_id, component_code);
create index ix_dossier_document_sha on dossier_document (sha256);
