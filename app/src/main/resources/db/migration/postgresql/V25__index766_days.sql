-- Decision 766 index in ≤ 300 ms at a million dossiers (issue 9): PostgreSQL's counterpart of
-- h2/V25 (which says why); the same table, backfill and rules, kept by a plpgsql trigger.
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

-- One dossier row's counts, added with sign 1 (the new row) or -1 (the old one). INSERT … ON
-- CONFLICT makes concurrent desks add to the same day row instead of failing on its key.
create function index766_day_add(d dossier, sign integer) returns void language plpgsql as $$
begin
    if d.status not in (1, 3, 7, 8) then
        insert into index766_day as t (on_day, procedure_code, received, received_online, digitized, reused, fee_paid, fee_online)
        values ((d.received_at at time zone 'Asia/Ho_Chi_Minh')::date, d.procedure_code, sign,
                sign * (case when d.channel = 2 then 1 else 0 end), sign * mod(d.idx_facts, 2), sign * mod(d.idx_facts / 2, 2),
                sign * mod(d.idx_facts / 8, 2), sign * mod(d.idx_facts / 8, 2) * mod(d.idx_facts / 16, 2))
        on conflict (on_day, procedure_code) do update set received = t.received + excluded.received,
            received_online = t.received_online + excluded.received_online, digitized = t.digitized + excluded.digitized,
            reused = t.reused + excluded.reused, fee_paid = t.fee_paid + excluded.fee_paid,
            fee_online = t.fee_online + excluded.fee_online;
    end if;
    if d.finished_at is not null and d.status in (9, 10) then
        insert into index766_day as t (on_day, procedure_code, resolved, resolved_electronic)
        values ((d.finished_at at time zone 'Asia/Ho_Chi_Minh')::date, d.procedure_code, sign, sign * mod(d.idx_facts / 4, 2))
        on conflict (on_day, procedure_code) do update set resolved = t.resolved + excluded.resolved,
            resolved_electronic = t.resolved_electronic + excluded.resolved_electronic;
    end if;
end;
$$;

create function index766_day_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform index766_day_add(old, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform index766_day_add(new, 1);
    end if;
    return null;
end;
$$;

insert into index766_day (on_day, procedure_code, received, received_online, digitized, reused, fee_paid, fee_online,
        resolved, resolved_electronic)
select on_day, procedure_code, sum(received), sum(received_online), sum(digitized), sum(reused), sum(fee_paid), sum(fee_online),
        sum(resolved), sum(resolved_electronic)
from (
    select (received_at at time zone 'Asia/Ho_Chi_Minh')::date as on_day, procedure_code, 1 as received,
           case when channel = 2 then 1 else 0 end as received_online, mod(idx_facts, 2) as digitized,
           mod(idx_facts / 2, 2) as reused, mod(idx_facts / 8, 2) as fee_paid,
           mod(idx_facts / 8, 2) * mod(idx_facts / 16, 2) as fee_online, 0 as resolved, 0 as resolved_electronic
    from dossier where status not in (1, 3, 7, 8)
    union all
    select (finished_at at time zone 'Asia/Ho_Chi_Minh')::date, procedure_code, 0, 0, 0, 0, 0, 0, 1, mod(idx_facts / 4, 2)
    from dossier where finished_at is not null and status in (9, 10)
) x
group by on_day, procedure_code;

create trigger dossier_index766_day_row after insert or delete on dossier
    for each row execute function index766_day_follow();
-- most updates of a dossier (names, notes, sync marks) change none of the counted columns
create trigger dossier_index766_day_update after update of received_at, finished_at, status, channel, procedure_code, idx_facts
    on dossier for each row
    when ((old.received_at, old.finished_at, old.status, old.channel, old.procedure_code, old.idx_facts)
          is distinct from (new.received_at, new.finished_at, new.status, new.channel, new.procedure_code, new.idx_facts))
    execute function index766_day_follow();
