-- Decision 766 index at a million dossiers (issue 9, "Speed"): the document and fee facts the
-- index counts become one maintained bitmask on the dossier (vn.motcua.dossier.IndexFacts keeps
-- it in the same transaction as every document or fee change), so a period's shares are one
-- range scan over a covering index instead of ~8 correlated EXISTS lookups per dossier.
--   1 an active input paper was digitized   2 an active input paper was reused (or national store)
--   4 an active electronic result           8 a fee > 0 was paid (or paid and refunded)
--  16 such a fee was paid by transfer
-- One column, not five: adding a column rewrites the table on H2 (once, not five times).
alter table dossier add column idx_facts integer default 0 not null;

-- Offices upgrade too: every dossier with a document or a fee gets its facts (the same expression
-- as IndexFacts.EXPRESSION).
update dossier set idx_facts =
      case when exists (select 1 from dossier_document x where x.dossier_id = dossier.id and x.kind = 'INPUT'
          and x.removed_at is null and x.digitized = true) then 1 else 0 end
    + case when exists (select 1 from dossier_document x where x.dossier_id = dossier.id and x.kind = 'INPUT'
          and x.removed_at is null and (x.reused = true or x.from_national_store = true)) then 2 else 0 end
    + case when exists (select 1 from dossier_document x where x.dossier_id = dossier.id and x.kind = 'RESULT'
          and x.removed_at is null) then 4 else 0 end
    + case when exists (select 1 from dossier_fee f where f.dossier_id = dossier.id and f.amount > 0
          and f.state in ('PAID', 'REFUNDED')) then 8 else 0 end
    + case when exists (select 1 from dossier_fee f where f.dossier_id = dossier.id and f.amount > 0
          and f.state in ('PAID', 'REFUNDED') and f.method = 'TRANSFER') then 16 else 0 end
where id in (select x.dossier_id from dossier_document x union select f.dossier_id from dossier_fee f);

-- The received population (what ix_dossier_report lacks: the facts) and the resolved population.
create index ix_dossier_766 on dossier (received_at, status, channel, procedure_code, idx_facts);
create index ix_dossier_766_finished on dossier (finished_at, status, idx_facts);

-- The small sets the sync shares are counted from (their complement): open conflicts, portal
-- changes the clerk has not seen (outbox entries by state already have ix_outbox_entry_state).
create index ix_sync_conflict_open on sync_conflict (resolved_at, dossier_id);
create index ix_sync_dossier_incoming on sync_dossier (incoming_at, dossier_id);
