-- Office hours set by the province (giờ làm việc): morning and afternoon sessions around the
-- lunch break, and an optional Saturday-morning reception (receipt only, not working time).
alter table office add column morning_hours varchar(11) default '07:30-11:30' not null;
alter table office add column afternoon_hours varchar(11) default '13:30-17:00' not null;
alter table office add column saturday_reception varchar(11);
