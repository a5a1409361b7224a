-- Roles and accounts (issue 10, item 3): a lock after repeated wrong passwords, and the last
-- log-in the administrator's user screen shows.
alter table app_user add column locked_until timestamp(6) with time zone;
alter table app_user add column last_login_at timestamp(6) with time zone;

-- One permission table (vn.motcua.security.Permissions) now keeps the administrator to
-- accounts, catalogue, calendar and settings. Until now an administrator could also receive
-- and digitize dossiers, and on a single desk the first-run account is the clerk too: every
-- administrator keeps that work by holding the clerk role as well.
insert into app_user_role (user_id, role)
select r.user_id, 'CLERK' from app_user_role r
where r.role = 'ADMINISTRATOR'
  and not exists (select 1 from app_user_role c where c.user_id = r.user_id and c.role = 'CLERK');
