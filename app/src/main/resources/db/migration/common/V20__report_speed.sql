-- On-time figures (issue 9) from indexed aggregate queries at a million dossiers.

-- The last unit a dossier was handed to, kept after it finishes (handler_unit is cleared then):
-- what the reports group by for "handling unit".
alter table dossier add column processing_unit varchar(255);
update dossier set processing_unit = (select s.receiver_unit from dossier_step s
    where s.dossier_id = dossier.id and s.receiver_unit is not null order by s.step_no desc fetch first 1 row only);

-- When the dossier's story ended for the reports (finished, or refused / withdrawn / stopped / result
-- ready without a finish, e.g. refused at the counter), null while open; and how long it lived:
-- 0 under 16 days, 1 under 64 days, 2 longer or still open (dossier.Lifespan keeps both).
alter table dossier add column closed_at timestamp(6) with time zone;
alter table dossier add column span_class integer default 2 not null;
update dossier set closed_at = coalesce(finished_at,
    case when status in (3, 7, 8, 9, 10) then coalesce(status_changed_at, received_at) end);
update dossier set span_class = case
    when closed_at is null then 2
    when closed_at < received_at + interval '16' day then 0
    when closed_at < received_at + interval '64' day then 1
    else 2 end;

-- The period's dossiers: one range of receipt instants, everything the classification and every
-- breakdown read kept in the index entry, so the rows themselves are read only for the few
-- dossiers still open at the period's end.
create index ix_dossier_report on dossier (received_at, closed_at, status, verdict, channel, procedure_code,
    procedure_field, processing_unit, received_by_name);

-- The dossiers open at an instant T (carried over into a period): per lifespan class, a range of
-- receipt instants just before T (the whole class only for the long-lived and still open).
create index ix_dossier_span on dossier (span_class, received_at, closed_at);
