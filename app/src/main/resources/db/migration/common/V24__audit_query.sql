-- The audit trail a chair reads (issue 10, item 4): filtered by who and by what, newest first,
-- paged in the database. (at) and (subject_type, subject_id) are indexed since V1.
create index ix_audit_entry_actor on audit_entry (actor_name, seq);
create index ix_audit_entry_action on audit_entry (action, seq);
