-- Electronic results: a dossier document is either one of the procedure's input components
-- (INPUT) or the signed result paper scanned as the dossier's electronic result (RESULT,
-- component code KET_QUA). Decision 766 counts resolved dossiers with an electronic result.
alter table dossier_document add column kind varchar(16) default 'INPUT' not null;
create index ix_dossier_document_kind on dossier_document (kind, dossier_id);

-- Reuse: a returning applicant's earlier dossiers are found by their personal ID number.
create index ix_dossier_applicant_id_number on dossier (applicant_id_number);

-- Integrity check: one row per run of documents verify (by hand, from the CLI or the weekly
-- schedule), so the desk knows when the store was last re-hashed and what it found.
create table document_check_run (
    id          uuid primary key,
    started_at  timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone not null,
    checked     integer not null,
    missing     integer not null,
    altered     integer not null,
    run_trigger varchar(32) not null,
    run_by      varchar(255) not null
);
create index ix_document_check_run_started on document_check_run (started_at);
