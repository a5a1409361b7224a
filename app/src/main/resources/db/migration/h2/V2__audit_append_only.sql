-- The audit trail is append-only: the database itself refuses updates and deletes.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'vn.motcua.storage.AppendOnlyTrigger';
