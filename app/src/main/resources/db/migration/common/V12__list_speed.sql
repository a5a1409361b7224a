-- Speed of the dossier list and of the history import at a million dossiers (issue 7, HistoryBench).

-- Unused indexes cost every insert (the import writes a million rows through each):
-- the folded name search reads dossier_name_key, not dossier.applicant_search (whose index
-- took random inserts all over its B-tree); no query filters by status and due_at together
-- (the tabs read open_due_at).
drop index ix_dossier_applicant_search;
drop index ix_dossier_status_due;

-- The All tab and the name search list the newest dossiers first (received_at desc, code): an
-- index in exactly that order gives the first page by reading its first rows instead of sorting
-- every dossier.
drop index ix_dossier_received;
create index ix_dossier_received on dossier (received_at desc, code);

-- Today / Due soon / Overdue list by (open_due_at, code): the same, so the Overdue tab's first page
-- is its first index entries instead of every overdue dossier read and sorted.
drop index ix_dossier_open_due;
create index ix_dossier_open_due on dossier (open_due_at, code);
