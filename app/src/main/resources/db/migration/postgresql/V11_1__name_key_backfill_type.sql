-- PostgreSQL only: applicant_search back to varchar(255) after V11's backfill (see V10_1).
alter table dossier alter column applicant_search type varchar(255);
