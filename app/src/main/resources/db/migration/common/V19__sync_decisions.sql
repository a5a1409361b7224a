-- What a person decided about a field both sides changed (KEEP_DESK | TAKE_PORTAL); the two
-- values stay in the row. Outbox entries a person set aside get state SET_ASIDE (no schema change).
alter table sync_conflict add column decision varchar(16);
