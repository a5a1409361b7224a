-- Digital signatures of a dossier's documents (reference §13): who signed what and when, as
-- read from the certificate, next to the stored signed PDF (its SHA-256 in the document store).
create table dossier_signature (
    id              uuid primary key,
    dossier_id      uuid not null references dossier (id),
    what            varchar(16) not null,
    document_sha256 varchar(64) not null,
    signer_name     varchar(255) not null,
    signer_subject  varchar(1000) not null,
    certificate_serial varchar(128) not null,
    signed_at       timestamp(6) with time zone not null,
    signed_by       varchar(255) not null
);
create index ix_dossier_signature_dossier on dossier_signature (dossier_id, signed_at);

-- The dossier list asks every few seconds "has anything moved?" (max seq of the status
-- events): an index answers that without reading the table.
create index ix_dossier_status_event_seq on dossier_status_event (seq);
