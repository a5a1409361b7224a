-- Nothing to do on PostgreSQL (h2/V15 drops indexes H2 had created twice for foreign keys;
-- PostgreSQL creates no index for a foreign key, so the explicit ones are the only ones).
-- The version exists so that both vendors number their history 1..n without a gap.
select 1;
