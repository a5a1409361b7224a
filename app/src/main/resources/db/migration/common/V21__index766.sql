-- Decision 766 index (issue 9): the shares of a period are aggregate queries that must follow an
-- index range, never read the whole table (EXPLAIN of every report query).

-- Satisfaction: the ratings given in the period (dossier_rating had only its dossier key, so the
-- period's ratings were found by reading every rating).
create index ix_dossier_rating_rated on dossier_rating (rated_at, dossier_id);
