-- Announced yearly calendar overlays imported by the administrator (lịch nghỉ công bố).
-- Every imported version is kept; for each year the newest import is in force and replaces
-- the overlay shipped with the application. Text is NFC with '\n' line ends; sha256 is of it.
-- "year" is quoted: it is a keyword in H2.
create table calendar_overlay (
    id              uuid primary key,
    "year"          integer not null,
    version         varchar(64) not null,
    text            varchar(200000) not null,
    sha256          varchar(64) not null,
    imported_at     timestamp(6) with time zone not null,
    imported_by     varchar(64)
);
create index ix_calendar_overlay_year on calendar_overlay ("year", imported_at);
