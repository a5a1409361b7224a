-- The text layer of a stored scan, made in the background by OCR. Keyed by the scan's content
-- (the same PDF linked to two dossiers is recognized once). The searchable PDF is a second file
-- in the content-addressed store; the scan itself is never rewritten, so its SHA-256 — the one
-- uploaded and verified — stays what the clerk sealed.
create table document_text (
    source_sha256   varchar(64) primary key,
    state           varchar(16) not null,
    text_sha256     varchar(64),
    pages           integer not null,
    text_folded     varchar(1000000),
    engine          varchar(64),
    reason          varchar(2000),
    finished_at     timestamp(6) with time zone not null
);
