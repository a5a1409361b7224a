-- Leased numbering (issue 8): blocks of a day's dossier sequence that the portal leased to
-- this office while the line was up; the desk draws from them offline, then from its reserve
-- range (office.numbering_from..numbering_to). The portal never issues a leased number to
-- anyone else, so a code drawn from a block cannot collide with an online dossier's.
create table code_lease (
    id              uuid primary key,
    agency_code     varchar(64) not null,
    lease_day       date not null,
    seq_from        integer not null,
    seq_to          integer not null,
    leased_at       timestamp(6) with time zone not null,
    constraint uq_code_lease unique (agency_code, lease_day, seq_from)
);
