-- Decision 766 index in ≤ 300 ms at a million dossiers (issue 9): a year's received and resolved
-- shares were a range scan of ~250,000 index rows each; they now sum one row per day and procedure.
-- The dossier table's own trigger keeps the counts, in the writer's transaction, so no writer
-- (service, history import, sync, a hand-made UPDATE) can forget them. The rules, once in Java
-- (vn.motcua.reports.index766.DayRollup) and once in PostgreSQL's V25:
--   received*: a dossier counts on the day it was received (Vietnam time) unless never accepted,
--              refused, withdrawn or stopped (status 1, 3, 7, 8), with its channel and idx_facts;
--   resolved*: a dossier counts on the day it finished when it finished with a result (9, 10).
-- A row whose counts fell back to 0 stays (a later dossier of that day may use it again).
create table index766_day (
    on_day              date not null,
    procedure_code      varchar(32) not null,
    received            bigint default 0 not null,
    received_online     bigint default 0 not null,
    digitized           bigint default 0 not null,
    reused              bigint default 0 not null,
    fee_paid            bigint default 0 not null,
    fee_online          bigint default 0 not null,
    resolved            bigint default 0 not null,
    resolved_electronic bigint default 0 not null,
    primary key (on_day, procedure_code)
);

-- Offices upgrade with their history counted (one pass per population). The day is the local date
-- of the instant at +07: H2 casts a timestamp with time zone to a date in the JVM's zone, so the
-- text of the Vietnam-time instant is cut instead.
insert into index766_day (on_day, procedure_code, received, received_online, digitized, reused, fee_paid, fee_online,
        resolved, resolved_electronic)
select on_day, procedure_code, sum(received), sum(received_online), sum(digitized), sum(reused), sum(fee_paid), sum(fee_online),
        sum(resolved), sum(resolved_electronic)
from (
    select cast(substring(cast(received_at at time zone 'Asia/Ho_Chi_Minh' as varchar) from 1 for 10) as date) as on_day,
           procedure_code, 1 as received, case when channel = 2 then 1 else 0 end as received_online,
           mod(idx_facts, 2) as digitized, mod(idx_facts / 2, 2) as reused, mod(idx_facts / 8, 2) as fee_paid,
           mod(idx_facts / 8, 2) * mod(idx_facts / 16, 2) as fee_online, 0 as resolved, 0 as resolved_electronic
    from dossier where status not in (1, 3, 7, 8)
    union all
    select cast(substring(cast(finished_at at time zone 'Asia/Ho_Chi_Minh' as varchar) from 1 for 10) as date),
           procedure_code, 0, 0, 0, 0, 0, 0, 1, mod(idx_facts / 4, 2)
    from dossier where finished_at is not null and status in (9, 10)
) x
group by on_day, procedure_code;

create trigger dossier_index766_day after insert, update, delete on dossier
    for each row call 'vn.motcua.reports.index766.DayRollupTrigger';
