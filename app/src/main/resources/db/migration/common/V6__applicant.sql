-- Applicants (người nộp hồ sơ): people who brought a dossier to the counter, kept so that a
-- returning citizen is found by ID number or name and their details reused.
-- Text is NFC; search_key is the folded name (marks dropped, đ → d, lower case) so that
-- "dang thi" finds "Đặng Thị". id_number is text (leading zeros), unique when present;
-- id_kind is PERSONAL_ID_12 or OLD_ID_CARD_9 (old 9-digit ID cards, kept and shown as old).
create table applicant (
    id              uuid primary key,
    full_name       varchar(255) not null,
    search_key      varchar(255) not null,
    id_number       varchar(12),
    id_kind         varchar(16),
    birth_date      date,
    sex             varchar(8),
    address         varchar(500),
    phone           varchar(16),
    email           varchar(254),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint not null,
    constraint uq_applicant_id_number unique (id_number)
);
create index ix_applicant_search_key on applicant (search_key);
