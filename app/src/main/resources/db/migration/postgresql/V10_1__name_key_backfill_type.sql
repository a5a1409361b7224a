-- PostgreSQL only, around common/V11: V11's recursive query (the name-key backfill) starts from
-- dossier.applicant_search, varchar(255), and continues with substring(...), plain varchar;
-- PostgreSQL refuses a recursive query whose column changes type ("column 2 has type character
-- varying(255) in non-recursive term but type character varying overall"), H2 does not.
-- V11 is already applied on every H2 desk, so it stays byte for byte as it is (its checksum);
-- instead the column is unbounded here while V11 runs, and V11_1 bounds it again.
alter table dossier alter column applicant_search type varchar;
