-- The audit trail is append-only: the database itself refuses updates and deletes
-- (PostgreSQL's counterpart of h2/V2, which calls vn.motcua.storage.AppendOnlyTrigger).
create function motcua_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Table % is append-only', tg_table_name using errcode = '42000';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function motcua_append_only();
-- TRUNCATE skips row triggers: refuse it with a statement trigger.
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function motcua_append_only();
