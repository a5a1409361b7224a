-- Processing: where the dossier is (holder, step), when it finished and how (verdict), who took
-- the result, and a due column that only open, running dossiers carry, so that the list's
-- Today / Due soon / Overdue tabs are one index range each.
alter table dossier add column status_changed_at timestamp(6) with time zone;
alter table dossier add column handler_id uuid;
alter table dossier add column handler_name varchar(255);
alter table dossier add column handler_unit varchar(255);
alter table dossier add column finished_at timestamp(6) with time zone;
alter table dossier add column verdict varchar(16);
alter table dossier add column returned_at timestamp(6) with time zone;
alter table dossier add column returned_to varchar(255);
-- due_at of a dossier whose clock runs (accepted, in process, waiting to pay); null otherwise
alter table dossier add column open_due_at timestamp(6) with time zone;
update dossier set status_changed_at = created_at;
update dossier set open_due_at = due_at where status in (2, 4, 6);
create index ix_dossier_open_due on dossier (open_due_at);
create index ix_dossier_status_received on dossier (status, received_at);
create index ix_dossier_finished on dossier (finished_at);

-- The hand-over that moved a status event between people (giver -> receiver).
alter table dossier_status_event add column to_user_name varchar(255);

-- One row per hand-over (form 06): from whom to whom, when, the step's own deadline, and the
-- verdict once the receiver hands it on or the result is ready.
create table dossier_step (
    id              uuid primary key,
    dossier_id      uuid not null references dossier (id),
    step_no         integer not null,
    giver_id        uuid,
    giver_name      varchar(255) not null,
    receiver_id     uuid,
    receiver_name   varchar(255) not null,
    receiver_unit   varchar(255),
    handed_at       timestamp(6) with time zone not null,
    step_due_at     timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    verdict         varchar(16),
    note            varchar(2000),
    version         bigint not null,
    constraint uq_dossier_step unique (dossier_id, step_no)
);

-- Each supplement round (NoiDungBoSung, NgayBoSung, NgayTiepNhanBoSung, NgayHenTraTruoc, NgayHenTraMoi).
create table supplement_round (
    id              uuid primary key,
    dossier_id      uuid not null references dossier (id),
    round_no        integer not null,
    content         varchar(4000) not null,
    requested_at    timestamp(6) with time zone not null,
    requested_by    varchar(255) not null,
    resume_status   integer not null,
    received_at     timestamp(6) with time zone,
    received_by     varchar(255),
    old_due_at      timestamp(6) with time zone,
    new_due_at      timestamp(6) with time zone,
    version         bigint not null,
    constraint uq_supplement_round unique (dossier_id, round_no)
);

-- Extensions and apology letters (form 04): both dates kept, the letter numbered per year.
create table dossier_extension (
    id              uuid primary key,
    dossier_id      uuid not null references dossier (id),
    at              timestamp(6) with time zone not null,
    working_days    integer not null,
    reason          varchar(2000) not null,
    old_due_at      timestamp(6) with time zone,
    new_due_at      timestamp(6) with time zone,
    letter_number   varchar(64) not null,
    issued_by       varchar(255) not null
);
create index ix_dossier_extension_dossier on dossier_extension (dossier_id, at);

-- The citizen's rating at the counter (reference §14), one per dossier.
create table dossier_rating (
    dossier_id      uuid primary key references dossier (id),
    level           integer not null,
    reason          varchar(2000),
    rated_at        timestamp(6) with time zone not null
);

-- Search keys of the applicant's folded name: the name and each of its word suffixes
-- ("dang thi hong", "thi hong", "hong"), so that "hong" or "thi hong" finds "Đặng Thị Hồng"
-- with one index range instead of a scan of every dossier.
create table dossier_name_key (
    name_key        varchar(128) not null,
    dossier_id      uuid not null references dossier (id),
    primary key (name_key, dossier_id)
);
-- (standard SQL, H2 and PostgreSQL alike: the keys of dossiers already received)
insert into dossier_name_key (name_key, dossier_id)
with recursive suffixes (dossier_id, name_key) as (
    select id, applicant_search from dossier where applicant_search <> ''
    union all
    select dossier_id, substring(name_key from position(' ' in name_key) + 1)
    from suffixes where position(' ' in name_key) > 0
)
select distinct substring(name_key from 1 for 128), dossier_id from suffixes where name_key <> '';

-- Reference §5: two practices for a supplement's pause; a setting, default shift.
alter table office add column pause_policy varchar(32) default 'SHIFT_BY_PAUSED_TIME' not null;
create index ix_dossier_name_key_dossier on dossier_name_key (dossier_id);
