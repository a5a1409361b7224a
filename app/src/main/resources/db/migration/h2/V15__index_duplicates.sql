-- H2 only: two indexes duplicated others, and every imported or received dossier wrote them
-- (issue 7, `dossier import` speed). H2 gives each foreign key an index of its own on the key
-- column when the constraint is created before any index on it; it does not hand that job to
-- a wider index created later. So dossier_status_event had (dossier_id) for its foreign key
-- and ix_dossier_status_event_dossier (dossier_id, seq); dossier_name_key had (dossier_id) twice.
-- The foreign keys' indexes stay: they find a dossier's few events, which are then put in seq
-- order in memory. PostgreSQL creates no index for a foreign key, so it keeps the explicit ones.
drop index if exists ix_dossier_status_event_dossier;
drop index if exists ix_dossier_name_key_dossier;
